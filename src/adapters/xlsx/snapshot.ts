import { a1, cellKey, type WorkbookSnapshot } from "../../core/snapshot";
import { decodeState, STATE_SHEET, type AddinState } from "../../core/state";
import type { Book } from "./book";
import { fillColorOf } from "./flag-style";
import { readCellAt, readSheet, type ReadContext } from "./sheet-read";
import { attr, scanSheetData, worksheetChildren } from "./sheet-scan";
import { defaultFontSize, textStyleReader } from "./text-styles";

function context(book: Book): ReadContext {
  const styles = book.styles();
  return {
    sst: book.sst(),
    styles,
    date1904: book.info.date1904,
    textStyle: textStyleReader(styles),
    defaultFontSize: defaultFontSize(styles),
  };
}

/** Column A of the state sheet, top to bottom (text only, whatever form the cells were saved in). */
function stateCells(book: Book): string[] | null {
  const entry = book.sheet(STATE_SHEET);
  const xml = entry ? book.sheetXml(entry) : null;
  if (!xml) return null;
  const sheetData = worksheetChildren(xml).children.find((c) => c.tag.local === "sheetData");
  const cells: string[] = [];
  if (!sheetData || sheetData.tag.kind !== "open") return cells;
  const ctx = context(book);
  scanSheetData(xml, sheetData, null, (span) => {
    if (span.col === 0) cells[span.row] = readCellAt(xml, span, ctx).text;
  });
  return Array.from(cells, (c) => c ?? "");
}

/** The add-in's state in the package (only the state sheet is read). */
export function readState(book: Book): Pick<WorkbookSnapshot, "state" | "stateProblem"> {
  const cells = stateCells(book);
  if (cells === null) return { state: null, stateProblem: null };
  const decoded = decodeState(cells);
  if (decoded.kind === "ok") return { state: decoded.state, stateProblem: null };
  return { state: null, stateProblem: decoded.kind === "damaged" ? decoded.reason : null };
}

/** The fills of the cells the add-in flagged ("シート!A1" → #RRGGBB), so that undo can tell a repainted cell. */
function flagFills(book: Book, state: AddinState | null): Record<string, string | null> | undefined {
  if (!state) return undefined;
  const keys = new Set([...Object.keys(state.flagged), ...(state.undo?.flags ?? []).map((f) => cellKey(f))]);
  if (keys.size === 0) return undefined;
  const wanted = new Map<string, Set<string>>();
  for (const key of keys) {
    const at = key.lastIndexOf("!");
    const sheet = key.slice(0, at);
    const set = wanted.get(sheet) ?? new Set<string>();
    set.add(key.slice(at + 1));
    wanted.set(sheet, set);
  }
  const fills: Record<string, string | null> = {};
  const styles = book.styles();
  for (const [sheet, refs] of wanted) {
    const entry = book.sheet(sheet);
    const xml = entry ? book.sheetXml(entry) : null;
    const sheetData = xml ? worksheetChildren(xml).children.find((c) => c.tag.local === "sheetData") : undefined;
    if (!xml || !sheetData || sheetData.tag.kind !== "open") continue;
    for (const ref of refs) fills[`${sheet}!${ref}`] = null;
    scanSheetData(xml, sheetData, null, (span) => {
      const ref = a1(span.row, span.col);
      if (!refs.has(ref)) return;
      const s = Number(attr(xml.slice(span.start, span.tagEnd), "s") ?? 0);
      fills[`${sheet}!${ref}`] = styles ? fillColorOf(styles, s) : null;
    });
  }
  return fills;
}

/** The workbook as the core reads it: every worksheet but the add-in's state sheet, and the state. */
export function workbookSnapshot(book: Book): WorkbookSnapshot {
  const ctx = context(book);
  const sheets = [];
  for (const entry of book.info.sheets) {
    if (entry.name === STATE_SHEET) continue;
    const xml = book.sheetXml(entry);
    if (xml !== null) sheets.push(readSheet(entry.name, xml, ctx));
  }
  const state = readState(book);
  const fills = flagFills(book, state.state);
  return { sheets, ...state, ...(fills ? { flagFills: fills } : {}) };
}
