import type { ChangeSet } from "../../../core/changes/types";
import { EvaluationError } from "../../../core/errors";
import { STATE_SHEET, type AddinState } from "../../../core/state";
import { OPERATION_OVERHEAD } from "../budget";
import { syncInBatches, type QueuedOp } from "../batches";
import type { WorkbookOutline } from "../read/outline";
import type { Capabilities } from "../requirements";
import { isEditModeError } from "../retry";
import { cellOps, verifier } from "./cells";
import { flagOps, NO_NOTES_NOTE } from "./flags";
import { prepare } from "./prepare";
import { printFailedNote, printOps } from "./print-ops";
import { assertStructureWritable, isEmptyState, stateOps, stateSheetOps } from "./state-sheet";

function changesSheets(changes: ChangeSet, state: AddinState | null, outline: WorkbookOutline): boolean {
  const stateSheet = state !== null && (outline.state === null) !== isEmptyState(state);
  return stateSheet || changes.removeSheets.length > 0 || Boolean(changes.print?.summary);
}

function assertStateSheetWritable(outline: WorkbookOutline, state: AddinState | null): void {
  if (!state || !outline.state?.protected) return;
  throw new EvaluationError(
    "protected",
    "office",
    `アドインの記録のシート「${STATE_SHEET}」が保護されているため、書き込めません。何も書き込んでいません。`,
    "ブックを管理している方に、このシートの保護を外すよう頼んでください。",
  );
}

/**
 * 変更の一式を当てる。保護を確かめてから、書く前に元の書式と設定を 1 回読み（要るときだけ）、
 * シートの削除・記録のシート → セル → 強調と注記 → 状態の記録 の順に、予算ごとの同期で書く（ふつうは 1 回）。
 * 印刷（評価集計・印刷設定・行の高さ）はその後に別に送る：Excel に断られても評価の結果と記録は残し、知らせる。
 * ' を付けて書いたセルは最後の同期で読み返して確かめる。
 */
export async function applyWorkbookChanges(
  ctx: Excel.RequestContext,
  changes: ChangeSet,
  outline: WorkbookOutline,
  caps: Capabilities,
): Promise<string[]> {
  const state: AddinState | null = changes.state ? structuredClone(changes.state) : null;
  assertStructureWritable(outline, changesSheets(changes, state, outline));
  assertStateSheetWritable(outline, state);
  const prepared = await prepare(ctx, changes, state, caps);
  const notes: string[] = [];
  const sheetNames = [...outline.sheets.map((s) => s.name), ...(outline.state ? [STATE_SHEET] : [])];
  // 強調と印刷の操作を先に組み立てる：元の書式・設定を状態に残し、戻したものを状態から外すため
  const flags = flagOps(ctx, changes.flags, state, prepared, caps);
  const print = printOps(
    ctx,
    changes,
    state,
    prepared,
    sheetNames.filter((n) => !changes.removeSheets.includes(n)),
    notes,
  );
  assertStructureWritable(outline, changesSheets(changes, state, outline));
  const main: QueuedOp[] = [
    ...changes.removeSheets
      .filter((name) => sheetNames.includes(name))
      .map((name) => ({ bytes: OPERATION_OVERHEAD, queue: () => ctx.workbook.worksheets.getItem(name).delete() })),
    ...stateSheetOps(ctx, state, outline),
    ...cellOps(ctx, changes.writes),
    ...flags,
    ...stateOps(ctx, state, outline, notes),
  ];
  if (!caps.notes && changes.flags.some((f) => f.on && f.note !== null)) notes.push(NO_NOTES_NOTE);
  const verify = verifier(ctx, changes.writes);
  if (main.length > 0) await syncInBatches(ctx, main, verify.queue);
  if (print.length > 0) {
    try {
      await syncInBatches(ctx, print);
    } catch (e) {
      // Excel が断ったとき（code のある RichApi.Error）だけ知らせて続ける。それ以外（編集中・プログラムの誤り）は投げ直す
      if (isEditModeError(e) || typeof (e as { code?: unknown } | null)?.code !== "string") throw e;
      notes.push(printFailedNote(e));
    }
  }
  return [...notes, ...verify.problems()];
}
