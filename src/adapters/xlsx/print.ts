import type { PrintChanges } from "../../core/print";
import type { AddinState } from "../../core/state";
import { setColumnWidths } from "./column-widths";
import { applyPlan, growRow, recordPrint, restorePlan, type XlsxPrintOriginal } from "./print-settings";
import type { PackageWriter } from "./writer";

function isXlsxRecord(value: unknown): value is XlsxPrintOriginal {
  return !!value && typeof value === "object" && (value as { kind?: unknown }).kind === "xlsx-print";
}

/** Print settings, grown row heights and (for the PDF copy) column widths; the settings before are kept in the state. */
export function applyPrint(w: PackageWriter, changes: PrintChanges, state: AddinState | null): void {
  for (const plan of changes.plans) {
    const sheet = w.sheet(plan.sheet);
    if (!sheet) continue;
    if (state && !(plan.sheet in state.printOriginals))
      state.printOriginals[plan.sheet] = recordPrint(sheet.editor, w.workbook, plan.sheet);
    w.notes.push(...applyPlan(sheet.editor, w.workbook, plan));
  }
  for (const h of changes.rowHeights) {
    const sheet = w.sheet(h.sheet);
    if (!sheet) continue;
    const record = state?.printOriginals[h.sheet];
    growRow(sheet.editor, h.row, h.height, sheet.editor.defaultRowHeight(), isXlsxRecord(record) ? record : null);
  }
  const bySheet = new Map<string, { col: number; width: number }[]>();
  for (const c of changes.columnWidths) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [name, widths] of bySheet) {
    const sheet = w.sheet(name);
    if (sheet) setColumnWidths(sheet.editor, widths);
  }
}

/** Puts back the print settings of the sheets (undo); settings recorded by an older version are left with a note. */
export function restorePrint(w: PackageWriter, sheets: string[], state: AddinState): void {
  for (const name of sheets) {
    const original = state.printOriginals[name];
    const sheet = w.sheet(name);
    if (!sheet || original === undefined) continue;
    if (isXlsxRecord(original)) restorePlan(sheet.editor, w.workbook, name, original);
    else w.notes.push(`「${name}」の印刷設定は古い版で記録されたため、元に戻していません。ページ レイアウトで確かめてください。`);
    delete state.printOriginals[name];
  }
}
