import type { SheetEditor } from "./sheet-edit";
import { attr } from "./sheet-scan";

/**
 * Rows whose height the add-in grew, kept for undo as runs of consecutive rows that had the same height
 * attributes before: [first row, number of rows, ht, customHeight] (null: the row had no such attribute).
 * A sheet of 50,000 grown rows of the default height is one run, not 50,000 start tags.
 */
export type HeightRun = [number, number, string | null, string | null];

/** What the record of a sheet's print settings holds about its rows. */
export interface RowRecord {
  /** start tags of grown rows, as an earlier version recorded them (null: the sheet had no such row) */
  rows?: Record<string, string | null>;
  heights?: HeightRun[];
}

/** Whether a run covers the row (runs sorted by their first row and not overlapping). */
function covered(runs: HeightRun[], row: number): boolean {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const [first, count] = runs[mid] as HeightRun;
    if (row < first) hi = mid - 1;
    else if (row >= first + count) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Adds a row to the runs, joining the run it continues (rows given in ascending order join; others start a run). */
function addToRuns(runs: HeightRun[], row: number, ht: string | null, custom: string | null): void {
  const last = runs[runs.length - 1];
  if (last && last[0] + last[1] === row && last[2] === ht && last[3] === custom) last[1]++;
  else runs.push([row, 1, ht, custom]);
}

/** Two sets of runs as one, sorted by first row, with runs that meet and match joined. */
function mergeRuns(a: HeightRun[], b: HeightRun[]): HeightRun[] {
  const merged: HeightRun[] = [];
  for (const [first, count, ht, custom] of [...a, ...b].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && last[0] + last[1] === first && last[2] === ht && last[3] === custom) last[1] += count;
    else merged.push([first, count, ht, custom]);
  }
  return merged;
}

/**
 * Grows rows to their heights (never shrinks one: a row already as tall stays as written), recording each
 * row's height attributes before the add-in first changed them.
 */
export function growRows(
  editor: SheetEditor,
  heights: { row: number; height: number }[],
  defaultHeight: number,
  record: RowRecord | null,
): void {
  const before = record?.heights ?? [];
  const legacy = record?.rows ?? {};
  const added: HeightRun[] = [];
  const texts = new Map<number, string>();
  for (const { row, height } of [...heights].sort((a, b) => a.row - b.row)) {
    const tag = editor.rowTag(row);
    const ht = attr(tag, "ht");
    if ((ht !== null ? Number(ht) : defaultHeight) >= height) continue;
    if (record && !covered(before, row) && !covered(added, row) && !(String(row) in legacy))
      addToRuns(added, row, ht, attr(tag, "customHeight"));
    let text = texts.get(height);
    if (text === undefined) texts.set(height, (text = String(height)));
    editor.setRowHeight(row, text, "1");
  }
  if (record && added.length > 0) record.heights = mergeRuns(before, added);
}

/** Puts back the rows' height attributes as recorded (and the start tags an earlier version recorded). */
export function restoreRows(editor: SheetEditor, record: RowRecord): void {
  for (const [row, tag] of Object.entries(record.rows ?? {}))
    editor.setRowTag(Number(row), tag ?? `<${editor.prefix}row r="${Number(row) + 1}">`);
  for (const [first, count, ht, custom] of record.heights ?? [])
    for (let row = first; row < first + count; row++) editor.setRowHeight(row, ht, custom);
}
