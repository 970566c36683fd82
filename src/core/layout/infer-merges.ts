import type { MergeRange, SheetSnapshot } from "../snapshot";
import { classifyHeader } from "./headers";

function textAt(sheet: SheetSnapshot, r: number, c: number): string {
  return sheet.texts[r]?.[c] ?? "";
}

/** 列 c の、行 from から 50 行のうちに何か書かれているか。 */
function columnUsedBelow(sheet: SheetSnapshot, from: number, c: number): boolean {
  for (let r = from; r < Math.min(sheet.texts.length, from + 50); r++) if (textAt(sheet, r, c).trim()) return true;
  return false;
}

/**
 * 結合範囲が読めない Excel（ExcelApi 1.13 未満）のために、見出しの結合を推定する。
 * 見出しのセルの右の空いたセルは、その下に何か書かれている限り同じ見出しの続きとみなす
 * （「進捗状況・進捗度」が文の列と記号の列にまたがる形）。
 */
export function inferHeaderMerges(sheet: SheetSnapshot): SheetSnapshot {
  const merges: MergeRange[] = [];
  sheet.texts.forEach((row, r) => {
    const headers = row.map((t, c) => (t && t.length < 60 && classifyHeader(t) ? c : -1)).filter((c) => c >= 0);
    if (headers.length < 2) return;
    for (const c of headers) {
      let right = c;
      while (right + 1 < row.length && !textAt(sheet, r, right + 1).trim() && columnUsedBelow(sheet, r + 1, right + 1)) right++;
      if (right > c)
        merges.push({
          top: r + sheet.origin.row,
          left: c + sheet.origin.col,
          bottom: r + sheet.origin.row,
          right: right + sheet.origin.col,
        });
    }
  });
  return { ...sheet, merges, mergesInferred: true };
}
