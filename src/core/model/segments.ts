import { itemMarkerAt } from "../text/markers";
import type { CellLine } from "./source-text";

/** 項目番号（①）で区切った行のまとまり。key が null なら番号より前の続き行。 */
export interface Segment {
  key: number | null;
  label: string | null;
  lines: CellLine[];
}

/** 行の並びを行頭の ①②… で区切る。 */
export function splitByItemMarkers(lines: CellLine[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const line of lines) {
    const marker = itemMarkerAt(line.text);
    if (marker || !current) {
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
