import type { SheetEditor } from "./sheet-edit";
import { attr } from "./sheet-scan";
import { setAttribute } from "./xml";

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

type Attrs = [string | null, string | null];

function* runRows(runs: HeightRun[]): Generator<[number, Attrs]> {
  for (const [first, count, ht, custom] of runs) for (let r = first; r < first + count; r++) yield [r, [ht, custom]];
}

function toRuns(rows: Map<number, Attrs>): HeightRun[] {
  const runs: HeightRun[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const [ht, custom] = rows.get(row) as Attrs;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row && last[2] === ht && last[3] === custom) last[1]++;
    else runs.push([row, 1, ht, custom]);
  }
  return runs;
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
  const recorded = new Map<number, Attrs>(record ? runRows(record.heights ?? []) : []);
  const legacy = record?.rows ?? {};
  let added = false;
  for (const { row, height } of heights) {
    const tag = editor.rowTag(row);
    const ht = attr(tag, "ht");
    if ((ht !== null ? Number(ht) : defaultHeight) >= height) continue;
    if (record && !recorded.has(row) && !(String(row) in legacy)) {
      recorded.set(row, [ht, attr(tag, "customHeight")]);
      added = true;
    }
    editor.setRowTag(row, setAttribute(setAttribute(tag, "ht", String(height)), "customHeight", "1"));
  }
  if (record && added) record.heights = toRuns(recorded);
}

/** Puts back the rows' height attributes as recorded (and the start tags an earlier version recorded). */
export function restoreRows(editor: SheetEditor, record: RowRecord): void {
  for (const [row, tag] of Object.entries(record.rows ?? {}))
    editor.setRowTag(Number(row), tag ?? `<${editor.prefix}row r="${Number(row) + 1}">`);
  for (const [row, [ht, custom]] of runRows(record.heights ?? []))
    editor.setRowTag(row, setAttribute(setAttribute(editor.rowTag(row), "ht", ht), "customHeight", custom));
}
