import type { SheetSnapshot } from "../snapshot";

/** A4 横の印刷できる幅と高さ（pt）：余白を引いたもの。 */
export const PRINTABLE = { width: 842 - 2 * 50, height: 595 - 2 * 54 - 30 };

/** 列幅の単位（文字数）を pt に。 */
const POINTS_PER_WIDTH_UNIT = 5.6;
const LINE_POINTS = 12.75;

/** 表の幅（pt）。列幅が分からなければ 1 列 20 文字として見積もる。 */
export function tableWidthPoints(sheet: SheetSnapshot, left: number, right: number): number {
  let total = 0;
  for (let c = left; c <= right; c++) total += (sheet.columnWidths?.[c] ?? 20) * POINTS_PER_WIDTH_UNIT;
  return total;
}

/** 行の高さ（pt）。分かっていればそれを、なければ行の中の改行の数から見積もる。 */
export function rowHeightPoints(sheet: SheetSnapshot, row: number): number {
  const known = sheet.rowHeights?.[row];
  if (typeof known === "number" && known > 0) return known;
  const cells = sheet.texts[row - sheet.origin.row] ?? [];
  const lines = Math.max(1, ...cells.map((t) => (t ? t.split("\n").length : 1)));
  return lines * LINE_POINTS + 2;
}
