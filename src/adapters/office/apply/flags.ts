import { FLAG_LOOK } from "../../../core/changes/flag-look";
import { a1, cellKey } from "../../../core/snapshot";
import type { AddinState, FlagWrite } from "../../../core/state";
import type { QueuedOp } from "../batches";
import { jsonStringBytes, OPERATION_OVERHEAD } from "../budget";
import type { Capabilities } from "../requirements";
import { paintFlag, restoreFill } from "./flag-format";
import type { Prepared } from "./prepare";

/** アドインが付けた注記の印（担当者の注記と見分け、元に戻すときに外す）。 */
export const NOTE_MARK = "【評価アシスタント】";

/** 注記の中身：担当者の注記があれば、その後ろに理由を足す。 */
export function noteContent(clerkNote: string | null, reason: string): string {
  return clerkNote ? `${clerkNote}\n\n${NOTE_MARK}${reason}` : `${NOTE_MARK}${reason}`;
}

function noteOps(ctx: Excel.RequestContext, flag: FlagWrite, state: AddinState, prepared: Prepared): QueuedOp | null {
  const key = cellKey(flag);
  const original = state.originals[key]?.note ?? null;
  const now = prepared.notes.get(key);
  const wanted = flag.on && flag.note !== null ? noteContent(original, flag.note) : original;
  if (now === undefined || now === wanted) return null;
  const address = a1(flag.row, flag.col);
  return {
    bytes: OPERATION_OVERHEAD * 2 + jsonStringBytes(wanted ?? ""),
    queue: () => {
      const notes = ctx.workbook.worksheets.getItem(flag.sheet).notes;
      if (wanted === null) notes.getItem(address).delete();
      else if (now === null) notes.add(address, wanted);
      else notes.getItem(address).content = wanted;
    },
  };
}

/**
 * 強調を付ける・外す操作。付けるときは元の書式（塗り・模様・罫線）と担当者の注記を状態に残し、
 * 外すときはそれに戻す。理由は注記に（ExcelApi 1.18 の Note。なければ注記は付けない）。
 */
export function flagOps(
  ctx: Excel.RequestContext,
  flags: FlagWrite[],
  state: AddinState | null,
  prepared: Prepared,
  caps: Capabilities,
): QueuedOp[] {
  if (!state) return [];
  const ops: QueuedOp[] = [];
  for (const flag of flags) {
    const key = cellKey(flag);
    if (flag.on && !state.originals[key])
      state.originals[key] = { fill: prepared.fills.get(key) ?? null, note: prepared.notes.get(key) ?? null };
    const original = state.originals[key];
    const note = caps.notes ? noteOps(ctx, flag, state, prepared) : null;
    ops.push({
      bytes: OPERATION_OVERHEAD * 4,
      queue: () => {
        const range = ctx.workbook.worksheets.getItem(flag.sheet).getRange(a1(flag.row, flag.col));
        if (flag.on) paintFlag(range, FLAG_LOOK);
        else restoreFill(range, original?.fill);
      },
    });
    if (note) ops.push(note);
    if (!flag.on) delete state.originals[key];
  }
  return ops;
}

/** 注記を付けられない Excel で、理由をどこで読めるかの知らせ。 */
export const NO_NOTES_NOTE =
  "この Excel では注記を付けられないため（ExcelApi 1.18 未満）、未達の理由はセルに書いていません。理由は作業ウィンドウの結果と「評価集計」シートで読めます。強調した行は塗りに加えて進捗度の記号（△・×）と（進捗…％）で分かります。";
