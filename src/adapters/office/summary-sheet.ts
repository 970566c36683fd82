import type { SummarySheet } from "../../core/print";
import { EXCEL } from "../../core/print/renderers";
import type { SummaryStyle } from "../../core/print/types";
import { a1, columnName } from "../../core/snapshot";
import { textInput } from "./text-input";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** 見た目を範囲（結合したセル）に当てる。 */
function applyStyle(range: Excel.Range, style: SummaryStyle, font: string): void {
  const format = range.format;
  format.font.name = font;
  format.font.size = style.size;
  format.font.bold = style.bold;
  format.font.color = style.color;
  if (style.fill) format.fill.color = style.fill;
  format.horizontalAlignment = HORIZONTAL[style.horizontal];
  format.verticalAlignment = VERTICAL[style.vertical];
  format.wrapText = style.wrap;
  if (style.indent > 0) format.indentLevel = style.indent;
  const edges = style.border === "all" ? EDGES : style.border === "bottom" ? (["EdgeBottom"] as const) : [];
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = style.border === "bottom" ? "Medium" : "Thin";
    border.color = style.borderColor;
  }
}

/**
 * 評価集計のシートを作る（同じ名前のシートがあれば作り直す：名前はアドインのものだけが来る）。同期はしない。
 * 値は文字として書き（数や数式に読まれうる文字は ' を付ける：text-input.ts）、結合・塗り・罫線・字下げ・行の高さ・列幅と、
 * A4 横・横 1 ページ・縦 1 ページ（onePage のとき）の印刷設定を当てる（ExcelApi 1.9）。
 */
export function writeSummary(ctx: Excel.RequestContext, summary: SummarySheet, sheetNames: string[]): void {
  if (sheetNames.includes(summary.name)) ctx.workbook.worksheets.getItem(summary.name).delete();
  const ws = ctx.workbook.worksheets.add(summary.name);
  ws.showGridlines = false;
  summary.columnWidths.forEach((w, i) => (ws.getRange(`${columnName(i)}:${columnName(i)}`).format.columnWidth = EXCEL.columnPoints(w, 11)));
  const last = columnName(summary.columnWidths.length - 1);
  summary.rows.forEach((row, r) => {
    ws.getRange(`A${r + 1}:${last}${r + 1}`).format.rowHeight = row.height;
    for (const c of row.cells) {
      const style = summary.styles[c.style];
      if (!style) continue;
      const range = ws.getRange(`${a1(r, c.col)}:${a1(r, c.col + c.span - 1)}`);
      if (c.span > 1) range.merge(false);
      const first = ws.getRange(a1(r, c.col));
      first.values = [[textInput(c.text)]];
      applyStyle(range, style, summary.font);
    }
  });
  const page = ws.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: summary.onePage ? 1 : 0 };
  page.centerHorizontally = true;
  const m = summary.margins;
  page.leftMargin = m.left * 72;
  page.rightMargin = m.right * 72;
  page.topMargin = m.top * 72;
  page.bottomMargin = m.bottom * 72;
  page.headerMargin = m.header * 72;
  page.footerMargin = m.footer * 72;
}
