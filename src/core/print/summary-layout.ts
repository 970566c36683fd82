import { cellHeight } from "./cell-height";
import { MIN_BODY_POINTS } from "./plan";
import type { Renderer } from "./renderers";
import { CELL_PADDING, GRID, INDENT_POINTS, SUMMARY_FONT, SUMMARY_STYLES } from "./summary-style";
import type { SummaryCell, SummaryRow, SummarySheet } from "./types";

/** 高さを決める前の行。minHeight は空けるだけの行（区切り）の高さ。 */
export interface DraftRow {
  cells: SummaryCell[];
  minHeight?: number;
}

/** Excel が行の高さを px に合わせるので、0.75 pt の倍数に切り上げる。 */
const snapUp = (points: number): number => Math.ceil(points / 0.75 - 1e-9) * 0.75;

/** セルの文字に要る高さ（pt）：どの描き方でも切れず、罫線のあるセルは上下に余白をとる。 */
function cellNeeds(cell: SummaryCell, renderers: Renderer[]): number {
  const style = SUMMARY_STYLES[cell.style];
  if (!style || cell.text === "") return 0;
  const text = { size: style.size, font: SUMMARY_FONT, bold: style.bold, wrap: style.wrap };
  const padding = style.border === "all" ? 2 * CELL_PADDING : style.border === "bottom" ? CELL_PADDING : 0;
  return Math.max(
    ...renderers.map((r) => {
      const width = r.columnPoints(GRID.width, 11) * cell.span - style.indent * INDENT_POINTS;
      return cellHeight(r, cell.text, text, width) + padding;
    }),
  );
}

/** 評価集計の文字（9 pt）を縮めてよい下限：印刷して 8 pt を少し上回る（8.2 pt）まで。 */
const SMALLEST_SCALE = (MIN_BODY_POINTS + 0.2) / 9;

/**
 * 行の高さを決め、1 ページに入るかを見る：本文 9 pt が 8 pt 未満にならない縮小（SMALLEST_SCALE）までで、
 * A4 横の余白の内側の高さに入れば fits。
 */
export function layoutRows(
  drafts: DraftRow[],
  renderers: Renderer[],
  margins: SummarySheet["margins"],
): { rows: SummaryRow[]; fits: boolean } {
  const rows = drafts.map((d): SummaryRow => ({
    height: snapUp(Math.max(d.minHeight ?? 0, ...d.cells.map((cell) => cellNeeds(cell, renderers)))),
    cells: d.cells,
  }));
  const total = rows.reduce((sum, r) => sum + r.height, 0);
  const page = 595 - 72 * (margins.top + margins.bottom);
  return { rows, fits: total <= page / SMALLEST_SCALE };
}
