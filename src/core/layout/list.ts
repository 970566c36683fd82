import type { Grid } from "../grid";
import type { HeaderCell } from "./headers";
import type { TableColumns } from "./columns";
import { columnsFrom, has, type GoalRegion, type SheetLayout } from "./detect";
import { compactText } from "../text/normalize";

/** 見出し行の直下にある「進捗状況｜進捗度」のような副見出し行。 */
function subHeaderCells(rows: Map<number, HeaderCell[]>, headerRow: number, bottom: number): HeaderCell[] {
  const out: HeaderCell[] = [];
  for (let r = headerRow + 1; r <= bottom + 1; r++) out.push(...(rows.get(r) ?? []));
  return out;
}

function isGoalNumber(text: string): boolean {
  return /^[0-9０-９]{1,3}$/.test(compactText(text).replace(/[.．。]$/, ""));
}

/** 一覧形式の目標の区切り：重点目標の列に新しいセルが始まる行。 */
function goalStarts(grid: Grid, cols: TableColumns, from: number, to: number, skip: Set<number>): number[] {
  const starts: number[] = [];
  for (let r = from; r <= to; r++) {
    if (skip.has(r)) continue;
    const goalAnchor = grid.anchor(r, cols.goal);
    const startsGoal = goalAnchor.row === r && grid.text(r, cols.goal).trim() !== "";
    const noAnchor = cols.no === null ? null : grid.anchor(r, cols.no);
    const startsNo = noAnchor !== null && noAnchor.row === r && cols.no !== null && isGoalNumber(grid.text(r, cols.no));
    if (startsGoal || startsNo) starts.push(r);
  }
  return starts;
}

/** 一覧形式（見出し 1 行、項目ごとに 1 行、目標のセルは縦に結合）を読む。 */
export function detectList(
  grid: Grid,
  rows: Map<number, HeaderCell[]>,
  lastRow: number,
): Omit<SheetLayout, "legendRow" | "lastRow"> | null {
  const headerRowNos = [...rows.keys()].filter((r) => has(rows.get(r) ?? [], "goal", "target", "action", "progress"));
  const first = headerRowNos[0];
  if (first === undefined) return null;
  const cells = rows.get(first) ?? [];
  const bottom = Math.max(...cells.map((c) => c.bottom));
  const columns = columnsFrom(grid, cells, subHeaderCells(rows, first, bottom));
  if (!columns) return null;
  if (columns.no === null && columns.goal > grid.left) columns.no = columns.goal - 1;
  const headerRows = new Set<number>();
  for (const r of headerRowNos) {
    const b = Math.max(...(rows.get(r) ?? []).map((c) => c.bottom));
    for (let x = r; x <= b; x++) headerRows.add(x);
  }
  for (const r of rows.keys()) if (r > first && r <= bottom + 1 && (rows.get(r) ?? []).length > 0) headerRows.add(r);
  const dataFrom = firstDataRow(first, headerRows);
  const starts = goalStarts(grid, columns, dataFrom, lastRow, headerRows);
  const goals: GoalRegion[] = starts.map((start, i) => {
    const end = (starts[i + 1] ?? lastRow + 1) - 1;
    const noCell = columns.no === null ? null : grid.anchor(start, columns.no);
    return { noCell, titleRows: [start, end], targetRows: [start, end], itemRows: [start, end], columns };
  });
  return { kind: "list", goals, firstHeaderRow: first, headerRows };
}

function firstDataRow(first: number, headerRows: Set<number>): number {
  let r = first;
  while (headerRows.has(r)) r++;
  return r;
}
