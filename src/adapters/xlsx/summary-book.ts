import type ExcelJS from "exceljs";
import type { SummarySheet } from "../../core/print";
import type { SummaryStyle } from "../../core/print/types";
import { STATE_SHEET } from "../../core/state";

const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

/** 見た目をセルに当てる。罫線は、結合する範囲の端のセルに引く（edges は範囲のどの端か）。 */
function applyStyle(cell: ExcelJS.Cell, style: SummaryStyle, font: string, edges: { left: boolean; right: boolean }): void {
  cell.font = { name: font, size: style.size, bold: style.bold, color: { argb: argb(style.color) } };
  cell.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap, indent: style.indent };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  const line: Partial<ExcelJS.Border> = { style: style.border === "bottom" ? "medium" : "thin", color: { argb: argb(style.borderColor) } };
  if (style.border === "all")
    cell.border = { top: line, bottom: line, ...(edges.left ? { left: line } : {}), ...(edges.right ? { right: line } : {}) };
  if (style.border === "bottom") cell.border = { bottom: line };
}

/**
 * 評価集計のシートを ExcelJS のブックに作る（同じ名前のシートがあれば作り直す：名前はアドインのものだけが来る）。
 * 値は文字として書き（数も「@」の書式で文字のまま）、結合・塗り・罫線・字下げ・行の高さ・列幅と、
 * A4 横・横 1 ページ・縦 1 ページ（onePage のとき）の印刷設定を当てる。
 */
export function writeSummary(wb: ExcelJS.Workbook, summary: SummarySheet): void {
  const existing = wb.getWorksheet(summary.name);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(summary.name, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: summary.onePage ? 1 : 0,
      horizontalCentered: true,
      margins: summary.margins,
    },
  });
  ws.columns = summary.columnWidths.map((width) => ({ width }));
  summary.rows.forEach((row, i) => {
    ws.getRow(i + 1).height = row.height;
    for (const c of row.cells) {
      const style = summary.styles[c.style];
      if (!style) continue;
      const first = ws.getCell(i + 1, c.col + 1);
      first.numFmt = "@";
      first.value = c.text;
      // 結合してから見た目を当てる（結合は左上の見た目を写すので、右端の罫線が消えないように）
      if (c.span > 1) ws.mergeCells(i + 1, c.col + 1, i + 1, c.col + c.span);
      for (let k = 0; k < c.span; k++)
        applyStyle(ws.getCell(i + 1, c.col + 1 + k), style, summary.font, { left: k === 0, right: k === c.span - 1 });
    }
  });
  // 状態シートより前（表示のシートの最後）に置く
  const state = wb.getWorksheet(STATE_SHEET);
  if (state) (ws as unknown as { orderNo: number }).orderNo = (state as unknown as { orderNo: number }).orderNo - 0.5;
}
