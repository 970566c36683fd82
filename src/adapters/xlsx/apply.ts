import type ExcelJS from "exceljs";
import type { ChangeSet } from "../../core/changes/types";
import { cellKey } from "../../core/snapshot";
import { chunkState, STATE_SHEET, type AddinState, type FlagWrite } from "../../core/state";

/** 強調の塗り（薄い黄）。白黒印刷でも読めるよう、理由は注記にも書く。 */
export const FLAG_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFE699" } };

function noteText(note: ExcelJS.Cell["note"]): string | null {
  if (!note) return null;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** 注記を付ける・外す（ExcelJS には外す API がないので内部の _comment を消す）。 */
function setNote(cell: ExcelJS.Cell, note: string | null): void {
  if (note !== null) cell.note = note;
  else (cell as unknown as { _comment?: unknown })._comment = undefined;
}

function applyFlag(ws: ExcelJS.Worksheet, flag: FlagWrite, state: AddinState): void {
  const cell = ws.getCell(flag.row + 1, flag.col + 1);
  const key = cellKey(flag);
  if (flag.on) {
    if (!state.originals[key]) state.originals[key] = { fill: cell.style.fill ? JSON.parse(JSON.stringify(cell.style.fill)) : null, note: noteText(cell.note) };
    cell.style = { ...cell.style, fill: FLAG_FILL };
    if (flag.note !== null) setNote(cell, flag.note);
    return;
  }
  const original = state.originals[key];
  const style = { ...cell.style };
  if (original?.fill) style.fill = original.fill as ExcelJS.Fill;
  else delete style.fill;
  cell.style = style;
  setNote(cell, original?.note ?? null);
  delete state.originals[key];
}

function writeState(wb: ExcelJS.Workbook, state: AddinState): void {
  const existing = wb.getWorksheet(STATE_SHEET);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  chunkState(state).forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
}

/**
 * 変更の一式をブックに当てる。値は文字列として書く（「=」で始まっても数式にはならない）。
 * 書式・結合・列幅・行の高さ・印刷設定・ほかのシートには触れない。
 */
export function applyChanges(wb: ExcelJS.Workbook, changes: ChangeSet): void {
  const state = changes.state;
  for (const w of changes.writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (ws) ws.getCell(w.row + 1, w.col + 1).value = w.after;
  }
  if (!state) return;
  for (const flag of changes.flags) {
    const ws = wb.getWorksheet(flag.sheet);
    if (ws) applyFlag(ws, flag, state);
  }
  writeState(wb, state);
}
