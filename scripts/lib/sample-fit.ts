import type ExcelJS from "exceljs";
import { EXCEL, LIBREOFFICE } from "../../src/core/print/renderers";
import { DEFAULT_COLUMN_WIDTH, EXCEL_MAX_ROW_HEIGHT, fitRows } from "../../src/core/print/row-fit";
import { parseA1, type CellTextStyle, type MergeRange, type SheetSnapshot } from "../../src/core/snapshot";

/** 書いたセルの文字の見た目（フォントも配置も決めていないセルは null：既定とみなす）。 */
function excelTextStyle(cell: ExcelJS.Cell, text: string): CellTextStyle | null {
  if (text === "" && !cell.font) return null;
  return {
    size: cell.font?.size ?? 11,
    font: cell.font?.name ?? null,
    bold: cell.font?.bold === true,
    wrap: cell.alignment?.wrapText === true,
  };
}

/** ExcelJS で書いたシートの、行の高さの見積もりに要るところ（文字・結合・列幅・文字の見た目）。 */
function snapshotOf(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const texts: string[][] = [];
  const textStyles: SheetSnapshot["textStyles"] = [];
  for (let r = 1; r <= rows; r++) {
    const row: string[] = [];
    const styles: NonNullable<SheetSnapshot["textStyles"]>[number] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      const text = cell.isMerged && cell.master !== cell ? "" : cell.text;
      row.push(text);
      styles.push(excelTextStyle(cell, text));
    }
    texts.push(row);
    textStyles.push(styles);
  }
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).flatMap((range): MergeRange[] => {
    const [a, b] = range.split(":").map((x) => parseA1(x));
    return a && b ? [{ top: a.row, left: a.col, bottom: b.row, right: b.col }] : [];
  });
  const columnWidths = Array.from({ length: cols }, (_, c) => ws.getColumn(c + 1).width ?? null);
  return { name: ws.name, origin: { row: 0, col: 0 }, values: texts, texts, formats: [], merges, columnWidths, textStyles };
}

/**
 * 見本の行の高さを、文字が Excel でも LibreOffice でも全部見える高さにする（核の見積もり：src/core/print/row-fit.ts）。
 * 表の行の文字の見た目（9 pt・見出しは太字・進捗度は 14 pt）は書いたセルから読む。
 */
export function fitSampleRows(ws: ExcelJS.Worksheet, tableTop: number): void {
  const sheet = snapshotOf(ws);
  const bottom = sheet.texts.length - 1;
  const right = Math.max(0, ...sheet.texts.map((r) => r.length - 1));
  const widthOf = (c: number): number => sheet.columnWidths?.[c] ?? DEFAULT_COLUMN_WIDTH;
  const fit = fitRows({
    sheet,
    area: { top: 0, left: 0, bottom, right },
    body: { top: tableTop - 1, bottom },
    widthOf,
    renderers: [LIBREOFFICE, EXCEL],
    maxHeight: EXCEL_MAX_ROW_HEIGHT,
  });
  for (const g of fit.grown) ws.getRow(g.row + 1).height = g.height;
}
