import type { ChangeSet } from "../../../core/changes/types";
import type { AddinState } from "../../../core/state";
import type { QueuedOp } from "../batches";
import { jsonValueBytes, OPERATION_OVERHEAD } from "../budget";
import { applyPlan, fitRow, MANUAL_PRINT_STEPS, planBytes } from "../print";
import { isOfficePrintOriginal, restorePrintOriginal, type OfficePrintOriginal } from "../print-originals";
import { writeSummary } from "../summary-sheet";
import type { Prepared } from "./prepare";

/** 行の自動調整（ExcelApi 1.2）は、評価に要る ExcelApi 1.13 に含まれる。 */
const AUTOFIT_ROWS = true;

function growRows(ctx: Excel.RequestContext, changes: ChangeSet, state: AddinState | null, prepared: Prepared): QueuedOp[] {
  const ops: QueuedOp[] = [];
  for (const h of changes.print?.rowHeights ?? []) {
    const now = prepared.heights.get(h.sheet)?.get(h.row);
    if (now === undefined || now >= h.height) continue;
    const original = state?.printOriginals[h.sheet];
    if (isOfficePrintOriginal(original) && !(String(h.row) in original.rowHeights)) original.rowHeights[String(h.row)] = now;
    ops.push({ bytes: OPERATION_OVERHEAD, queue: () => fitRow(ctx, h, AUTOFIT_ROWS) });
  }
  return ops;
}

/**
 * 印刷の操作：評価集計のシート、A4 横・横 1 ページ・見出しの繰り返し・改ページ・フッター、文が見えるように行を広げる
 * （狭めない）、元に戻すときは残しておいた設定に戻す。変える前の設定は状態に残す（状態を書く前に呼ぶこと）。
 */
export function printOps(
  ctx: Excel.RequestContext,
  changes: ChangeSet,
  state: AddinState | null,
  prepared: Prepared,
  sheetNames: string[],
  notes: string[],
): QueuedOp[] {
  const ops: QueuedOp[] = [];
  const print = changes.print;
  if (print?.summary) {
    const summary = print.summary;
    ops.push({ bytes: 4000 + jsonValueBytes(summary.rows), queue: () => writeSummary(ctx, summary, sheetNames) });
  }
  for (const plan of print?.plans ?? []) {
    const fresh = prepared.print.get(plan.sheet);
    if (state && fresh && !isOfficePrintOriginal(state.printOriginals[plan.sheet])) state.printOriginals[plan.sheet] = fresh;
    ops.push({ bytes: planBytes(plan), queue: () => applyPlan(ctx, plan) });
  }
  ops.push(...growRows(ctx, changes, state, prepared));
  for (const sheet of changes.restorePrint) {
    const original = state?.printOriginals[sheet];
    if (!state || original === undefined) continue;
    if (isOfficePrintOriginal(original)) {
      const names = prepared.printNames.get(sheet) ?? { area: false, titles: false };
      ops.push({
        bytes: 3000 + original.breaks.length * 200,
        queue: () => restorePrintOriginal(ctx, sheet, original as OfficePrintOriginal, names),
      });
    } else
      notes.push(
        `シート「${sheet}」の印刷設定はコマンドラインで変えたもので、Excel からは元に戻せません。ページ レイアウト タブで戻してください。`,
      );
    delete state.printOriginals[sheet];
  }
  return ops;
}

/** 印刷の操作が Excel に断られたときの知らせ（評価の結果と記録はもう書いてある）。 */
export function printFailedNote(e: unknown): string {
  const why = e instanceof Error ? e.message : String(e);
  return `印刷設定の途中で Excel が受け付けませんでした（${why}）。評価の結果と記録は書き込みました。印刷設定は ページ レイアウト タブで確かめ、足りなければ手で設定してください。\n${MANUAL_PRINT_STEPS.split("\n").slice(1).join("\n")}`;
}
