import { itemMarkerAt } from "../text/markers";
import type { CellLine } from "./source-text";

/** 項目番号（①）で区切った行のまとまり。key が null なら番号より前の続き行。 */
export interface Segment {
  key: number | null;
  label: string | null;
  lines: CellLine[];
}

/**
 * 行の並びを行頭の ①②… で区切る。startRows（一覧形式で項目が始まる行）を渡すと、番号のない行でも
 * その行から新しい区切りにする（数値だけが入った目標のセルを前の項目の続きにしないため）。
 */
export function splitByItemMarkers(lines: CellLine[], startRows: ReadonlySet<number> = new Set()): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const line of lines) {
    const marker = itemMarkerAt(line.text);
    const newRow = current !== null && startRows.has(line.row) && segmentRow(current) !== line.row;
    if (marker || !current || newRow) {
      current = { key: marker?.no ?? null, label: marker?.label ?? null, lines: [] };
      segments.push(current);
    }
    current.lines.push(line);
  }
  return segments;
}

/** 先頭行のある行番号。 */
export function segmentRow(segment: Segment): number {
  return segment.lines[0]?.row ?? -1;
}
