import { splitByItemMarkers, segmentRow, type Segment } from "./segments";
import type { CellLine } from "./source-text";

/** 組み立て途中の項目。 */
export interface ItemDraft {
  key: number | null;
  label: string;
  firstRow: number | null;
  action: CellLine[];
  progress: CellLine[];
  targets: CellLine[];
}

type Column = "action" | "progress" | "targets";

/** 行 row を含む項目（row 以前に始まる最後の項目）。 */
function itemAtRow(items: ItemDraft[], row: number): ItemDraft | undefined {
  let found: ItemDraft | undefined;
  for (const item of items) if (item.firstRow !== null && item.firstRow <= row) found = item;
  return found ?? items[0];
}

function keyedItems(columns: [Column, Segment[], boolean][]): ItemDraft[] {
  const byKey = new Map<number, ItemDraft>();
  for (const [column, segments, startsItems] of columns) {
    for (const seg of segments) {
      if (seg.key === null) continue;
      let item = byKey.get(seg.key);
      if (!item) {
        item = { key: seg.key, label: seg.label ?? String(seg.key), firstRow: null, action: [], progress: [], targets: [] };
        byKey.set(seg.key, item);
      }
      const row = segmentRow(seg);
      if (startsItems && (item.firstRow === null || row < item.firstRow)) item.firstRow = row;
      item[column].push(...seg.lines);
    }
  }
  const items = [...byKey.values()].sort((a, b) => (a.key ?? 0) - (b.key ?? 0));
  for (const [column, segments] of columns) {
    for (const seg of segments) {
      if (seg.key !== null) continue;
      itemAtRow(items, segmentRow(seg))?.[column].push(...seg.lines);
    }
  }
  return items;
}

function rowItems(action: CellLine[], progress: CellLine[]): ItemDraft[] {
  const rows = [...new Set([...action, ...progress].map((l) => l.row))].sort((a, b) => a - b);
  const items: ItemDraft[] = rows.map((row, i) => ({
    key: null,
    label: String(i + 1),
    firstRow: row,
    action: [],
    progress: [],
    targets: [],
  }));
  for (const line of action) itemAtRow(items, line.row)?.action.push(line);
  for (const line of progress) itemAtRow(items, line.row)?.progress.push(line);
  return items;
}

/** 番号のない目標欄を項目に割り振る：行数が項目数と同じなら順に、そうでなければ最初の項目へ。 */
function assignUnkeyedTargets(items: ItemDraft[], lines: CellLine[]): void {
  if (lines.length === items.length) lines.forEach((line, i) => items[i]?.targets.push(line));
  else items[0]?.targets.push(...lines);
}

/**
 * 取組・進捗状況・目標の行から項目を組み立てる。
 * ①②… があれば番号で、なければ行ごとに 1 項目とする。
 * targetsInRows: 一覧形式のように目標欄が項目と同じ行にあるか。
 */
export function buildItems(action: CellLine[], progress: CellLine[], targets: CellLine[], targetsInRows: boolean): ItemDraft[] {
  const actionSegs = splitByItemMarkers(action);
  const progressSegs = splitByItemMarkers(progress);
  // 一覧形式：取組・進捗状況の ① が始まる行は、目標の欄でも新しい項目（番号のない数値のセルを前の項目に付けない）
  const startRows = new Set(targetsInRows ? [...actionSegs, ...progressSegs].filter((s) => s.key !== null).map(segmentRow) : []);
  const targetSegs = splitByItemMarkers(targets, startRows);
  const keyed = [...actionSegs, ...progressSegs, ...(targetsInRows ? targetSegs : [])].some((s) => s.key !== null);
  if (keyed) {
    const targetKeyed = targetSegs.some((s) => s.key !== null);
    const items = keyedItems([
      ["action", actionSegs, true],
      ["progress", progressSegs, true],
      ["targets", targetKeyed || targetsInRows ? targetSegs : [], targetsInRows],
    ]);
    if (!targetKeyed && !targetsInRows) assignUnkeyedTargets(items, targets);
    return items;
  }
  const items = rowItems(action, progress);
  if (targetsInRows) for (const line of targets) itemAtRow(items, line.row)?.targets.push(line);
  else if (targetSegs.some((s) => s.key !== null)) for (const seg of targetSegs) items[(seg.key ?? 1) - 1]?.targets.push(...seg.lines);
  else assignUnkeyedTargets(items, targets);
  return items;
}
