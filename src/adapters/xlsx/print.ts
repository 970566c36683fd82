import type { PrintChanges } from "../../core/print";
import type { AddinState } from "../../core/state";
import { setColumnWidths } from "./column-widths";
import { applyPlan, recordPrint, restorePlan, type XlsxPrintOriginal } from "./print-settings";
import { growRows } from "./row-heights";
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
  for (const [name, heights] of bySheet(changes.rowHeights)) {
    const sheet = w.sheet(name);
    const record = state?.printOriginals[name];
    if (sheet) growRows(sheet.editor, heights, sheet.editor.defaultRowHeight(), isXlsxRecord(record) ? record : null);
  }
  for (const [name, widths] of bySheet(changes.columnWidths)) {
    const sheet = w.sheet(name);
    if (sheet) setColumnWidths(sheet.editor, widths);
  }
}

function bySheet<T extends { sheet: string }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.sheet);
    if (group) group.push(item);
    else groups.set(item.sheet, [item]);
  }
  return groups;
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
