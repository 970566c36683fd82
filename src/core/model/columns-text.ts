import type { Grid } from "../grid";
import { cellLines, type CellLine } from "./source-text";

/** 列 col の行 [from, to] にあるセル（結合は左上 1 回だけ）の空でない行。 */
export function columnLines(grid: Grid, col: number, from: number, to: number, skip: Set<number>): CellLine[] {
  const seen = new Set<string>();
  const out: CellLine[] = [];
  for (let r = from; r <= to; r++) {
    if (skip.has(r)) continue;
    const a = grid.anchor(r, col);
    const key = `${a.row}:${a.col}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = grid.ownText(a.row, a.col);
    if (!text.trim()) continue;
    for (const line of cellLines(a.row, a.col, text)) if (line.text.trim()) out.push(line);
  }
  return out;
}

/** 列の文をつないだもの（重点目標の文など）。 */
export function columnText(grid: Grid, col: number, from: number, to: number, skip: Set<number>): string {
  return columnLines(grid, col, from, to, skip)
    .map((l) => l.text.trim())
    .join("");
}
