import type ExcelJS from "exceljs";
import type { SummarySheet } from "../../core/print";
import { STATE_SHEET } from "../../core/state";

const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };

/** 評価集計のシートを ExcelJS のブックに作る（同じ名前のシートがあれば作り直す：名前はアドインのものだけが来る）。 */
export function writeSummary(wb: ExcelJS.Workbook, summary: SummarySheet): void {
  const existing = wb.getWorksheet(summary.name);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(summary.name, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1, horizontalCentered: true },
  });
  ws.columns = summary.columnWidths.map((width) => ({ width }));
  const width = summary.columnWidths.length;
  summary.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    const single = row.length === 1;
    row.forEach((v, j) => {
      const cell = r.getCell(j + 1);
      cell.value = v;
      cell.font = { name: "ＭＳ ゴシック", size: i === 0 ? 14 : 10, bold: i === 0 || summary.headerRows.includes(i) };
      cell.alignment = { wrapText: !single, vertical: "top" };
      if (summary.tableRows.includes(i)) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    });
    if (single) ws.mergeCells(i + 1, 1, i + 1, width);
    const lines = Math.max(1, ...row.map((v, j) => (single ? 1 : Math.ceil((v.length * 2) / Math.max(4, summary.columnWidths[j] ?? 8)))));
    r.height = (i === 0 ? 20 : 14) * lines;
  });
  // 状態シートより前（表示のシートの最後）に置く
  const state = wb.getWorksheet(STATE_SHEET);
  if (state) (ws as unknown as { orderNo: number }).orderNo = (state as unknown as { orderNo: number }).orderNo - 0.5;
}

