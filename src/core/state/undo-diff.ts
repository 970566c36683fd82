import type { CellWrite, UndoWrite } from "./types";
import { fnv1a } from "./hash";

/** 書き込み 1 つを、元に戻すための小さな記録にする（共通の先頭と末尾を省く）。 */
export function toUndoWrite(w: CellWrite): UndoWrite {
  const before = w.before ?? "";
  const after = w.after;
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return {
    sheet: w.sheet,
    row: w.row,
    col: w.col,
    purpose: w.purpose,
    keep: [head, tail],
    removed: before.slice(head, before.length - tail),
    afterHash: fnv1a(after),
    wasEmpty: w.before === null || w.before === "",
  };
}

/**
 * 今のセルの文から書く前の文を組み立てる。アドインが書いた後に書き換えられていれば null
 * （上書きせずに知らせるため）。書く前が空のセルなら、戻す値も null（空）。
 */
export function restoreBefore(u: UndoWrite, current: string): { ok: true; before: string | null } | { ok: false } {
  if (fnv1a(current) !== u.afterHash) return { ok: false };
  if (u.wasEmpty) return { ok: true, before: null };
  const [head, tail] = u.keep;
  if (head + tail > current.length) return { ok: false };
  return { ok: true, before: current.slice(0, head) + u.removed + current.slice(current.length - tail) };
}
