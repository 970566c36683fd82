import type ExcelJS from "exceljs";
import type { ChangeSet } from "../../core/changes/types";
import { cellKey } from "../../core/snapshot";
import { FLAG_COLOR } from "../../core/changes/flag-look";
import { encodeState, STATE_SHEET, type AddinState, type FlagWrite } from "../../core/state";

/** 強調の塗り（薄い黄）。白黒印刷でも読めるよう、理由は注記にも書く。 */
export const FLAG_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${FLAG_COLOR.slice(1)}` } };

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

/** 状態を非表示の状態シートに書く。文字として書き、数や日付に読み替えられないようにする。 */
function writeState(wb: ExcelJS.Workbook, state: AddinState): string[] {
  const existing = wb.getWorksheet(STATE_SHEET);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  const encoded = encodeState(state);
  encoded.cells.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.numFmt = "@";
    cell.value = text;
  });
  return encoded.dropped.includes("undo") ? ["記録が大きすぎるため、今回の「元に戻す」の記録は保存していません。"] : [];
}

/**
 * 変更の一式をブックに当てる。値は文字列として書く（「=」で始まっても数式にはならない）。
 * 書式・結合・列幅・行の高さ・印刷設定・ほかのシートには触れない。
 */
export function applyChanges(wb: ExcelJS.Workbook, changes: ChangeSet): string[] {
  const state = changes.state;
  for (const w of changes.writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (ws) ws.getCell(w.row + 1, w.col + 1).value = w.after === "" ? null : w.after;
  }
  for (const name of changes.removeSheets) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  if (!state) return [];
  for (const flag of changes.flags) {
    const ws = wb.getWorksheet(flag.sheet);
    if (ws) applyFlag(ws, flag, state);
  }
  return writeState(wb, state);
}
