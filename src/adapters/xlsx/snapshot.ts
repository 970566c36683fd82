import type ExcelJS from "exceljs";
import type { MergeRange, SheetSnapshot, WorkbookSnapshot } from "../../core/snapshot";
import { parseA1 } from "../../core/snapshot";
import { decodeState, STATE_SHEET } from "../../core/state";
import { readCell } from "./cell-value";

function mergesOf(ws: ExcelJS.Worksheet): MergeRange[] {
  const ranges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  const out: MergeRange[] = [];
  for (const range of ranges) {
    const [a, b] = range.split(":");
    const tl = a ? parseA1(a) : null;
    const br = b ? parseA1(b) : null;
    if (tl && br) out.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
  }
  return out;
}

/** ワークシート 1 枚をスナップショットにする（A1 から使用範囲の右下まで）。 */
export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const cols = ws.actualColumnCount === 0 ? 0 : ws.columnCount;
  const values: SheetSnapshot["values"] = [];
  const texts: string[][] = [];
  const formats: string[][] = [];
  const formulas: boolean[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const v: SheetSnapshot["values"][number] = [];
    const t: string[] = [];
    const f: string[] = [];
    const fm: boolean[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      const read = cell.isMerged && cell.master !== cell ? { value: null, text: "", formula: false } : readCell(cell);
      v.push(read.value);
      t.push(read.text);
      f.push(cell.numFmt ?? "General");
      fm.push(read.formula);
    }
    values.push(v);
    texts.push(t);
    formats.push(f);
    formulas.push(fm);
  }
  const rowHeights = Array.from({ length: rows }, (_, r) => ws.getRow(r + 1).height ?? null);
  const columnWidths = Array.from({ length: cols }, (_, c) => ws.getColumn(c + 1).width ?? null);
  const isProtected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
  return { name: ws.name, origin: { row: 0, col: 0 }, values, texts, formats, formulas, merges: mergesOf(ws), rowHeights, columnWidths, protected: isProtected };
}

/** 状態シート（非表示）の A 列を上から読み、状態に戻す（リッチテキストにされていても文字だけを読む）。 */
function readState(wb: ExcelJS.Workbook): Pick<WorkbookSnapshot, "state" | "stateProblem"> {
  const ws = wb.getWorksheet(STATE_SHEET);
  if (!ws) return { state: null, stateProblem: null };
  const cells: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) cells.push(readCell(ws.getCell(r, 1)).text);
  const decoded = decodeState(cells);
  if (decoded.kind === "ok") return { state: decoded.state, stateProblem: null };
  return { state: null, stateProblem: decoded.kind === "damaged" ? decoded.reason : null };
}

export function workbookSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets = wb.worksheets.filter((ws) => ws.name !== STATE_SHEET).map(sheetSnapshot);
  return { sheets, ...readState(wb) };
}
