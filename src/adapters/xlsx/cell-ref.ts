/** Cell references: "F21" ↔ 0-based row and column, without regular expressions (read for every cell). */

/** The 0-based column and row of a reference such as "F21" or "$F$21"; null when it is not one. */
export function parseRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  if (ref.charCodeAt(i) === 36) i++;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (col === 0) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsStart = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (i === digitsStart || row === 0) return null;
  return { row: row - 1, col: col - 1 };
}

/** The 0-based column of a column reference ("F" → 5). */
export function parseColumn(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + ((letters.charCodeAt(i) | 32) - 96);
  return col - 1;
}

/** 列の名前（5 → "F"）と A1 形式（核のものを使う）。 */
export { columnName as columnLetters, a1 as cellRef } from "../../core/snapshot";

/** A range such as "A1:F40" (a single cell is a range of one). */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b] = ref.split(":");
  const tl = a ? parseRef(a) : null;
  const br = b ? parseRef(b) : tl;
  if (!tl || !br) return null;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}
