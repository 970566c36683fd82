import type { ChangeSet } from "../../core/changes/types";
import { EvaluationError } from "../../core/errors";
import type { SummarySheet } from "../../core/print";
import { cellKey } from "../../core/snapshot";
import { encodeState, isEmptyState, STATE_SHEET, type AddinState, type FlagWrite } from "../../core/state";
import { cellStyle, setCellStyle, writeCellText } from "./cell-write";
import { flaggedStyle, originalFormat, prefixed, restoredStyle, type XlsxOriginalFormat } from "./flag-style";
import { applyPrint, restorePrint } from "./print";
import { stateSheetXml, TEXT_XF } from "./state-sheet";
import { summaryWorksheet } from "./summary-import";
import type { EditedSheet, PackageWriter } from "./writer";

/** The original format of a flagged cell, with its note as written when the add-in replaced it. */
interface FlagOriginal extends XlsxOriginalFormat {
  /** whether the add-in wrote a note on this cell (only then is the note put back) */
  noteTouched: boolean;
  comment: string | null;
}

type FlagRecord = { fill: Partial<FlagOriginal>; note: string | null };

/**
 * The cell's original format and note, recorded when the add-in first flags it. The note is taken when
 * the add-in first writes a reason there (a record without it, or an older record, keeps what it has).
 */
function recordOriginal(w: PackageWriter, sheet: EditedSheet, flag: FlagWrite, state: AddinState, current: number | null): FlagRecord {
  const key = cellKey(flag);
  const recorded = state.originals[key] as FlagRecord | undefined;
  const record: FlagRecord = recorded ?? {
    fill: { ...originalFormat(w.styles(), current), noteTouched: false, comment: null },
    note: null,
  };
  if (flag.note !== null && (!recorded || (record.fill.kind === "xlsx-xf" && !record.fill.noteTouched))) {
    const before = w.notesOf(sheet).note(flag.row, flag.col);
    record.fill = { ...record.fill, noteTouched: true, comment: before?.xml ?? null };
    record.note = before?.text ?? null;
  }
  state.originals[key] = record;
  return record;
}

/** Puts back the note the cell had before the add-in wrote a reason there (only then). */
function putBackNote(w: PackageWriter, sheet: EditedSheet, flag: FlagWrite, record: FlagRecord | undefined): void {
  const fill = record?.fill ?? null;
  const legacy = fill?.kind !== "xlsx-xf";
  if (fill?.noteTouched || (legacy && record?.note))
    w.notesOf(sheet).putBack(flag.row, flag.col, fill?.comment ?? null, record?.note ?? null);
}

/**
 * Flags a cell (the flag's fill and border; the reason added after the clerk's note, or as the add-in's note)
 * or takes the flag off (the recorded fill, border and note put back exactly).
 */
function applyFlag(w: PackageWriter, flag: FlagWrite, state: AddinState): void {
  const sheet = w.sheet(flag.sheet);
  if (!sheet) return;
  const styles = w.styles();
  const current = cellStyle(sheet.editor, flag.row, flag.col);
  const key = cellKey(flag);
  if (!flag.on) {
    const record = state.originals[key] as FlagRecord | undefined;
    setCellStyle(sheet.editor, flag.row, flag.col, restoredStyle(styles, current, record?.fill ?? null, styles.prefix));
    putBackNote(w, sheet, flag, record);
    delete state.originals[key];
    return;
  }
  const record = recordOriginal(w, sheet, flag, state, current);
  if (flag.note !== null)
    w.notesOf(sheet).setReason(flag.row, flag.col, flag.note, { xml: record.fill.comment ?? null, text: record.note });
  else putBackNote(w, sheet, flag, record);
  setCellStyle(sheet.editor, flag.row, flag.col, flaggedStyle(styles, current, w.look, styles.prefix));
}

/** The summary sheet the add-in made before (read from the package's current state), to know what it may replace. */
async function putSummary(w: PackageWriter, summary: SummarySheet, previousSummary: string | null): Promise<void> {
  const xml = await summaryWorksheet(summary, w.styles(), w.sst());
  if (!w.book.sheet(summary.name)) return w.addSheet(summary.name, xml, "visible");
  if (previousSummary !== summary.name) {
    throw new EvaluationError(
      "internal",
      "xlsx",
      `「${summary.name}」は担当者のシートのため、評価集計で置き換えません。`,
      "評価集計のシートの名前を確かめてから、もう一度実行してください。",
    );
  }
  w.replaceSheet(summary.name, xml);
}

/**
 * Writes the state into the very hidden state sheet, one chunk a cell, as text. An empty state (the first
 * evaluation undone) removes the sheet: the workbook has the sheets it had before.
 */
function writeState(w: PackageWriter, state: AddinState): string[] {
  if (isEmptyState(state)) {
    w.removeSheet(STATE_SHEET);
    return [];
  }
  const encoded = encodeState(state);
  const styles = w.styles();
  const xml = stateSheetXml(encoded.cells, styles.addCellXf(prefixed(TEXT_XF, styles.prefix)));
  if (w.book.sheet(STATE_SHEET)) w.replaceSheet(STATE_SHEET, xml);
  else w.addSheet(STATE_SHEET, xml, "veryHidden");
  return encoded.dropped.includes("undo") ? ["記録が大きすぎるため、今回の「元に戻す」の記録は保存していません。"] : [];
}

/**
 * Applies the change set to the package: values as text, flags (fill, border, note), print
 * settings, the summary sheet and the state. Nothing else in the package changes.
 */
export async function applyChanges(w: PackageWriter, changes: ChangeSet, previousSummary: string | null): Promise<string[]> {
  const state = changes.state;
  if (state && changes.restorePrint.length > 0) restorePrint(w, changes.restorePrint, state);
  if (changes.print) applyPrint(w, changes.print, state);
  for (const write of changes.writes) {
    const sheet = w.sheet(write.sheet);
    if (sheet) writeCellText(sheet.editor, w.sst(), write.row, write.col, write.after);
  }
  if (state) for (const flag of changes.flags) applyFlag(w, flag, state);
  if (changes.writes.length > 0) w.workbook.requestRecalculation();
  w.flushSheets();
  for (const name of changes.removeSheets) w.removeSheet(name);
  if (changes.print?.summary) await putSummary(w, changes.print.summary, previousSummary);
  const notes = state ? writeState(w, state) : [];
  w.flushShared();
  return [...w.notes, ...notes];
}
