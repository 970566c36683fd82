import type ExcelJS from "exceljs";

const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
export const FONT: Partial<ExcelJS.Font> = { name: "ＭＳ ゴシック", size: 9 };

/** 表のセル：罫線・折り返し・上詰め。 */
export function styleBody(cell: ExcelJS.Cell, align: "left" | "center" = "left"): void {
  cell.border = BORDER;
  cell.font = FONT;
  cell.alignment = { wrapText: true, vertical: align === "center" ? "middle" : "top", horizontal: align };
}

export function styleHeader(cell: ExcelJS.Cell): void {
  styleBody(cell, "center");
  cell.fill = HEADER_FILL;
  cell.font = { ...FONT, bold: true };
}

/** 範囲を結合し、範囲のすべてのセルに罫線を引く。 */
export function mergeStyled(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  style: (c: ExcelJS.Cell) => void,
): ExcelJS.Cell {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) style(ws.getCell(r, c));
  if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
  return ws.getCell(top, left);
}

/** 印刷の既定（A4 横・1 ページ幅）。 */
export function printSetup(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
