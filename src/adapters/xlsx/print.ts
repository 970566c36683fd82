import type ExcelJS from "exceljs";
import type { PrintChanges, PrintPlan } from "../../core/print";
import { writeSummary } from "./summary-book";
import { a1 } from "../../core/snapshot";
import type { AddinState } from "../../core/state";

function applyPlan(ws: ExcelJS.Worksheet, plan: PrintPlan): void {
  const { area } = plan;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: plan.orientation,
    fitToPage: true,
    fitToWidth: plan.fitToWidth,
    fitToHeight: 0,
    horizontalCentered: true,
    printArea: `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`,
    printTitlesRow: plan.titleRows ? `${plan.titleRows[0] + 1}:${plan.titleRows[1] + 1}` : undefined,
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${plan.centerFooter}` };
  const rowBreaks = (ws as unknown as { rowBreaks: unknown[] }).rowBreaks;
  rowBreaks.length = 0;
  for (const r of plan.breaksBefore) if (r > 0) ws.getRow(r).addPageBreak();
}

/** 印刷設定を変える前の設定（元に戻すため、状態に残す）。 */
interface XlsxPrintOriginal {
  pageSetup: unknown;
  headerFooter: unknown;
  rowBreaks: unknown;
}

function snapshotPrint(ws: ExcelJS.Worksheet): XlsxPrintOriginal {
  const copy = (v: unknown): unknown => JSON.parse(JSON.stringify(v ?? null));
  return { pageSetup: copy(ws.pageSetup), headerFooter: copy(ws.headerFooter), rowBreaks: copy((ws as unknown as { rowBreaks: unknown[] }).rowBreaks) };
}

/** 印刷の設定と評価集計のシートと行の高さをブックに書く。変える前の印刷設定は state に残す。 */
export function applyPrint(wb: ExcelJS.Workbook, changes: PrintChanges, state: AddinState | null): void {
  for (const plan of changes.plans) {
    const ws = wb.getWorksheet(plan.sheet);
    if (!ws) continue;
    if (state && !(plan.sheet in state.printOriginals)) state.printOriginals[plan.sheet] = snapshotPrint(ws);
    applyPlan(ws, plan);
  }
  for (const h of changes.rowHeights) {
    const row = wb.getWorksheet(h.sheet)?.getRow(h.row + 1);
    if (row && (row.height ?? 0) < h.height) row.height = h.height;
  }
  for (const w of changes.columnWidths) {
    const column = wb.getWorksheet(w.sheet)?.getColumn(w.col + 1);
    if (column) column.width = w.width;
  }
  if (changes.summary) writeSummary(wb, changes.summary);
}

/** 印刷設定を変える前に戻す（元に戻すとき）。 */
export function restorePrint(wb: ExcelJS.Workbook, sheets: string[], state: AddinState): void {
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    const original = state.printOriginals[name] as XlsxPrintOriginal | undefined;
    if (!ws || !original) continue;
    ws.pageSetup = original.pageSetup as ExcelJS.PageSetup;
    ws.headerFooter = original.headerFooter as ExcelJS.HeaderFooter;
    const breaks = (ws as unknown as { rowBreaks: unknown[] }).rowBreaks;
    breaks.length = 0;
    breaks.push(...((original.rowBreaks as unknown[] | null) ?? []));
    delete state.printOriginals[name];
  }
}
