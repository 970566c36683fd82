import { EvaluationError } from "../../../core/errors";
import { CHUNK_CHARS, encodeState, STATE_SHEET, type AddinState } from "../../../core/state";
import type { QueuedOp } from "../batches";
import { jsonStringBytes, OPERATION_OVERHEAD, PAYLOAD_BUDGET } from "../budget";
import type { WorkbookOutline } from "../read/outline";

/** 1 回の書き込みで送る断片の数（断片は 3 万字までの ASCII。JSON で増えても予算の半分に収める）。 */
const CHUNKS_PER_WRITE = Math.max(1, Math.floor(PAYLOAD_BUDGET / 2 / (CHUNK_CHARS * 2)));

/** 記録がまったく空か（元に戻して最初の状態になった）：そのときは状態のシートを消す。 */
export function isEmptyState(state: AddinState): boolean {
  return (
    Object.keys(state.marks).length === 0 &&
    Object.keys(state.flagged).length === 0 &&
    Object.keys(state.originals).length === 0 &&
    Object.keys(state.printOriginals).length === 0 &&
    state.choices.length === 0 &&
    state.summarySheet === null &&
    state.undo === null
  );
}

/** 状態のシートを作るか消すか（ブックの構成の変更：ほかの書き込みより先に積む）。 */
export function stateSheetOps(ctx: Excel.RequestContext, state: AddinState | null, outline: WorkbookOutline): QueuedOp[] {
  if (!state) return [];
  const exists = outline.state !== null;
  if (isEmptyState(state))
    return exists ? [{ bytes: OPERATION_OVERHEAD, queue: () => ctx.workbook.worksheets.getItem(STATE_SHEET).delete() }] : [];
  if (exists) return [];
  return [
    {
      bytes: OPERATION_OVERHEAD * 2,
      queue: () => {
        ctx.workbook.worksheets.add(STATE_SHEET).visibility = "VeryHidden";
      },
    },
  ];
}

/**
 * 状態を書く操作（ほかの書き込みの後）。A 列に文字の書式（@）を付けてから、英字で始まる ASCII の断片を書く：
 * Excel も LibreOffice も数・日付・数式に読み替えない。前の記録が長ければ、残りの行を消す。
 */
export function stateOps(ctx: Excel.RequestContext, state: AddinState | null, outline: WorkbookOutline, notes: string[]): QueuedOp[] {
  if (!state || isEmptyState(state)) return [];
  const encoded = encodeState(state);
  if (encoded.dropped.includes("undo")) notes.push("記録が大きすぎるため、今回の「元に戻す」の記録は保存していません。");
  const cells = encoded.cells;
  const ops: QueuedOp[] = [];
  for (let start = 0; start < cells.length; start += CHUNKS_PER_WRITE) {
    const part = cells.slice(start, start + CHUNKS_PER_WRITE);
    ops.push({
      bytes: OPERATION_OVERHEAD * 2 + part.reduce((n, c) => n + jsonStringBytes(c) + 8, 0),
      queue: () => {
        const range = ctx.workbook.worksheets.getItem(STATE_SHEET).getRange(`A${start + 1}:A${start + part.length}`);
        range.numberFormat = part.map(() => ["@"]);
        range.values = part.map((c) => [c]);
      },
    });
  }
  const old = outline.state?.used ? outline.state.used.top + outline.state.used.rows : 0;
  if (old > cells.length)
    ops.push({
      bytes: OPERATION_OVERHEAD,
      queue: () =>
        ctx.workbook.worksheets
          .getItem(STATE_SHEET)
          .getRange(`A${cells.length + 1}:A${old}`)
          .clear(),
    });
  return ops;
}

/** ブックの構成が保護されていて、シートを足したり消したりできないなら、何も書かずに知らせる。 */
export function assertStructureWritable(outline: WorkbookOutline, changesSheets: boolean): void {
  if (!changesSheets || !outline.structureProtected) return;
  throw new EvaluationError(
    "protected",
    "office",
    "ブックの構成が保護されているため、アドインの記録のシート（または評価集計のシート）を追加・削除できません。何も書き込んでいません。",
    "校閲 > ブックの保護 を外してから、もう一度実行してください（パスワードが分からなければ、ブックを管理している方に頼んでください）。",
  );
}
