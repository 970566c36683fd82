import type { HeaderCell, HeaderKind } from "./headers";

/** 表の列の割り当て（シート上の絶対列番号）。 */
export interface TableColumns {
  no: number | null;
  goal: number;
  target: number;
  action: number;
  progress: number;
  mark: number | null;
  rate: number | null;
  remarks: number | null;
}

export function findHeader(cells: HeaderCell[], kind: HeaderKind): HeaderCell | undefined {
  return cells.find((cell) => cell.kind === kind);
}

/**
 * 進捗状況と進捗度の列。「進捗状況・進捗度」が 2 列にまたがる結合なら左が文、右が記号。
 * 別々の見出しならそれぞれ。1 列だけなら、見出しのない右隣の列を記号の列とみなす。
 */
export function progressColumns(
  cells: HeaderCell[],
  nextFreeColumn: (col: number) => number | null,
): { progress: number; mark: number | null } | null {
  const text = findHeader(cells, "progressText");
  const mark = findHeader(cells, "mark");
  const combined = findHeader(cells, "progress");
  if (text) return { progress: text.col, mark: mark?.col ?? (combined && combined.col !== text.col ? combined.right : null) };
  if (!combined) return null;
  if (mark) return { progress: combined.col, mark: mark.col };
  if (combined.right > combined.col) return { progress: combined.col, mark: combined.right };
  return { progress: combined.col, mark: nextFreeColumn(combined.col) };
}
