import type ExcelJS from "exceljs";
import { sheetSnapshot } from "../../src/adapters/xlsx/snapshot";
import { withTextStyles } from "../../src/cli/pdf";
import { EXCEL, LIBREOFFICE } from "../../src/core/print/renderers";
import { DEFAULT_COLUMN_WIDTH, EXCEL_MAX_ROW_HEIGHT, fitRows } from "../../src/core/print/row-fit";

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
export function mergeStyled(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number, style: (c: ExcelJS.Cell) => void): ExcelJS.Cell {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) style(ws.getCell(r, c));
  if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
  return ws.getCell(top, left);
}

/**
 * 行の高さを、文字が Excel でも LibreOffice でも全部見える高さにする（核の見積もり：src/core/print/row-fit.ts）。
 * 表の行の文字の見た目（9 pt・見出しは太字・進捗度は 14 pt）は書いたセルから読む。
 */
export function fitSampleRows(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, tableTop: number): void {
  const sheet = withTextStyles(wb, sheetSnapshot(ws));
  const bottom = sheet.texts.length - 1;
  const right = Math.max(0, ...sheet.texts.map((r) => r.length - 1));
  const widthOf = (c: number): number => sheet.columnWidths?.[c] ?? DEFAULT_COLUMN_WIDTH;
  const fit = fitRows({ sheet, area: { top: 0, left: 0, bottom, right }, body: { top: tableTop - 1, bottom }, widthOf, renderers: [LIBREOFFICE, EXCEL], maxHeight: EXCEL_MAX_ROW_HEIGHT });
  for (const g of fit.grown) ws.getRow(g.row + 1).height = g.height;
}

/** 印刷の既定（A4 横・1 ページ幅）。 */
export function printSetup(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
