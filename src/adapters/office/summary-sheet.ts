import type { SummarySheet } from "../../core/print";
import { a1 } from "../../core/snapshot";

/** 評価集計のシートを作る（同じ名前のシートがあれば作り直す：名前はアドインのものだけが来る）。同期はしない。 */
export function writeSummary(ctx: Excel.RequestContext, summary: SummarySheet, sheetNames: string[]): void {
  if (sheetNames.includes(summary.name)) ctx.workbook.worksheets.getItem(summary.name).delete();
  const ws = ctx.workbook.worksheets.add(summary.name);
  const width = summary.columnWidths.length;
  const values = summary.rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
  ws.getRange(`A1:${a1(values.length - 1, width - 1)}`).values = values;
  summary.columnWidths.forEach((w, i) => (ws.getRange(`${a1(0, i)}`).format.columnWidth = w * 6));
  for (const r of summary.headerRows) ws.getRange(`A${r + 1}:${a1(r, width - 1)}`).format.font.bold = true;
  ws.getRange("A1").format.font.size = 14;
  ws.pageLayout.orientation = "Landscape";
  ws.pageLayout.paperSize = "A4";
  ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
}

