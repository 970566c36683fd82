import type { MergeRange } from "../../core/snapshot";
import { parseA1 } from "../../core/snapshot";

/**
 * "'Sheet 1'!A1:B2,Sheet1!C3" → 範囲の並び（シート名は落とす）。cells が true なら 1 セルの範囲も返す
 * （数式のセルの一覧）。false なら 2 セル以上の範囲だけ（結合の一覧）。
 */
export function parseAreas(address: string, cells = false): MergeRange[] {
  const out: MergeRange[] = [];
  for (const part of address.split(/,\s*(?=(?:[^']*'[^']*')*[^']*$)/)) {
    const local = part.includes("!") ? part.slice(part.lastIndexOf("!") + 1) : part;
    const [a, b] = local.split(":");
    const tl = a ? parseA1(a) : null;
    const br = b ? parseA1(b) : tl;
    if (!tl || !br) continue;
    if (cells || br.row > tl.row || br.col > tl.col) out.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
  }
  return out;
}

/** 列の番号（0 始まり）の英字。 */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0 始まりの左上と行数・列数から "A1:B2"（1 セルなら "A1"）。 */
export function boxAddress(top: number, left: number, rows: number, cols: number): string {
  const tl = `${columnLetters(left)}${top + 1}`;
  return rows === 1 && cols === 1 ? tl : `${tl}:${columnLetters(left + cols - 1)}${top + rows}`;
}

/** セルの集まりを、同じ列で縦に続くもの（gap 行までの空きは埋める）の長方形にまとめる。 */
export function columnRuns(cells: { row: number; col: number }[], gap = 0): MergeRange[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col) ?? [];
    rows.push(c.row);
    byCol.set(c.col, rows);
  }
  const out: MergeRange[] = [];
  for (const [col, rows] of byCol) {
    rows.sort((x, y) => x - y);
    let top = rows[0] as number;
    let bottom = top;
    for (const r of rows.slice(1)) {
      if (r <= bottom + 1 + gap) bottom = r;
      else {
        out.push({ top, left: col, bottom, right: col });
        top = r;
        bottom = r;
      }
    }
    out.push({ top, left: col, bottom, right: col });
  }
  return out;
}
