import { inferHeaderMerges } from "../../../core/layout/infer-merges";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../core/snapshot";
import { decodeState, STATE_SHEET } from "../../../core/state";
import { readBands, type BandSheet, type SheetCells } from "./bands";
import { readFlagFills } from "./fills";
import { readOutline, type SheetOutline, type WorkbookOutline } from "./outline";
import { displayKey, readNumberTexts, type CellDisplay, type NumberCell } from "./texts";

/** 読み取りの結果：スナップショット、書くときに要るブックのあらまし、利用者に知らせること。 */
export interface OfficeRead {
  snapshot: WorkbookSnapshot;
  outline: WorkbookOutline;
  notes: string[];
}

/** 1 セルの応答の最初の見込み（日本語の文 100 字ほど）。状態のシートは 1 セル 3 万字の ASCII の JSON。 */
const FIRST_GUESS = { data: 300, state: 70000 };

function numberCells(name: string, cells: SheetCells, top: number, left: number): NumberCell[] {
  const out: NumberCell[] = [];
  cells.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "number" || typeof v === "boolean") out.push({ sheet: name, row: top + r, col: left + c });
    }),
  );
  return out;
}

function absolute<T>(length: number, at: (i: number) => T | undefined): (T | null)[] {
  return Array.from({ length }, (_, i) => at(i) ?? null);
}

function sheetSnapshot(o: SheetOutline, cells: SheetCells | undefined, displays: Map<string, CellDisplay>): SheetSnapshot {
  const base = { name: o.name, protected: o.protected };
  if (!o.used || !cells) return { ...base, origin: { row: 0, col: 0 }, values: [], texts: [], formats: [], merges: [] };
  const { top, left } = o.used;
  const display = (r: number, c: number): CellDisplay | undefined => displays.get(displayKey(o.name, top + r, left + c));
  const values: CellValue[][] = cells.values.map((row) => row.map((v) => (v === "" || v === undefined ? null : (v as CellValue))));
  const snap: SheetSnapshot = {
    ...base,
    origin: { row: top, col: left },
    values,
    texts: values.map((row, r) => row.map((v, c) => (typeof v === "string" ? v : v === null ? "" : (display(r, c)?.text ?? String(v))))),
    formats: values.map((row, r) => row.map((_, c) => display(r, c)?.format ?? "General")),
    formulas: cells.formulas ?? undefined,
    merges: cells.mergesUnread ? [] : cells.merges,
    rowHeights: absolute(top + o.used.rows, (i) => cells.rowHeights.get(i)),
    columnWidths: cells.columnWidths ? absolute(left + o.used.cols, (i) => cells.columnWidths?.[i - left]) : undefined,
  };
  return cells.mergesUnread ? inferHeaderMerges(snap) : snap;
}

/**
 * ブックを読む。どの大きさでも 1 回の要求・応答が予算（4 MB）に収まるように読む：
 * あらまし 2 回、値を帯ごとに（小さなブックは全部で 1 回）、数のセルの表示文字列 1 回、
 * 直前に強調したセルの塗り 1 回（元に戻す記録があるときだけ）。
 */
export async function readWorkbook(ctx: Excel.RequestContext): Promise<OfficeRead> {
  const outline = await readOutline(ctx);
  const bandSheets: BandSheet[] = [];
  if (outline.state?.used)
    bandSheets.push({ name: STATE_SHEET, used: { ...outline.state.used, left: 0, cols: 1 }, full: false, bytesPerCell: FIRST_GUESS.state });
  for (const s of outline.sheets) if (s.used) bandSheets.push({ name: s.name, used: s.used, full: true, bytesPerCell: FIRST_GUESS.data });
  const cells = await readBands(ctx, bandSheets);
  const numbers = outline.sheets.flatMap((s) =>
    s.used ? numberCells(s.name, cells.get(s.name) as SheetCells, s.used.top, s.used.left) : [],
  );
  const displays = numbers.length > 0 ? await readNumberTexts(ctx, numbers) : new Map<string, CellDisplay>();
  const stateCells = (cells.get(STATE_SHEET)?.values ?? []).map((row) => String(row[0] ?? ""));
  const decoded = decodeState(stateCells);
  const state = decoded.kind === "ok" ? decoded.state : null;
  const flagFills = state?.undo ? await readFlagFills(ctx, state.undo) : undefined;
  const sheets = outline.sheets.map((o) => sheetSnapshot(o, cells.get(o.name), displays));
  const notes: string[] = [];
  for (const o of outline.sheets) {
    if (cells.get(o.name)?.mergesUnread)
      notes.push(`シート「${o.name}」は結合セルが多すぎて Excel が一度に返さないため（512 を超える）、表の形から結合を推定しました。`);
  }
  return {
    snapshot: { sheets, state, stateProblem: decoded.kind === "damaged" ? decoded.reason : null, ...(flagFills ? { flagFills } : {}) },
    outline,
    notes,
  };
}
