import type { Grid } from "../grid";
import type { HeaderCell } from "./headers";
import { columnsFrom, has, type GoalRegion, type SheetLayout } from "./detect";
import { compactText } from "../text/normalize";

/** 目標番号らしいセル（1、２、7、目標1）を目標見出しの左で探す。 */
function findNumberCell(grid: Grid, from: number, to: number, goalCol: number): { row: number; col: number } | null {
  for (let c = grid.left; c < goalCol; c++) {
    for (let r = from; r <= to; r++) {
      const a = grid.anchor(r, c);
      if (a.col >= goalCol) continue;
      const t = compactText(grid.text(r, c))
        .replace(/^目標/, "")
        .replace(/[.．。]$/, "");
      if (/^[0-9]{1,3}$/.test(t)) return a;
    }
  }
  return null;
}

/**
 * 調書形式（目標ごとに「重点目標｜期限・数値目標等」の見出しと
 * 「具体的な重点取組項目｜進捗状況・進捗度」の見出しが並ぶ塊）を読む。
 */
export function detectBlock(
  grid: Grid,
  rows: Map<number, HeaderCell[]>,
  lastRow: number,
): Omit<SheetLayout, "legendRow" | "lastRow"> | null {
  const sorted = [...rows.keys()].sort((a, b) => a - b);
  const goalHeaders = sorted.filter((r) => has(rows.get(r) ?? [], "goal", "target") && !has(rows.get(r) ?? [], "action"));
  const itemHeaders = sorted.filter((r) => has(rows.get(r) ?? [], "action", "progress") && !has(rows.get(r) ?? [], "goal"));
  if (goalHeaders.length === 0 || itemHeaders.length === 0) return null;
  const goals: GoalRegion[] = [];
  const headerRows = new Set<number>();
  goalHeaders.forEach((g, i) => {
    const nextGoal = goalHeaders[i + 1] ?? lastRow + 1;
    const item = itemHeaders.find((r) => r > g && r < nextGoal);
    if (item === undefined) return;
    const goalCells = rows.get(g) ?? [];
    const itemCells = rows.get(item) ?? [];
    const columns = columnsFrom(grid, [...itemCells, ...goalCells]);
    if (!columns) return;
    const gBottom = Math.max(...goalCells.map((c) => c.bottom));
    const iBottom = Math.max(...itemCells.map((c) => c.bottom));
    for (let r = g; r <= gBottom; r++) headerRows.add(r);
    for (let r = item; r <= iBottom; r++) headerRows.add(r);
    const end = Math.min(nextGoal - 1, lastRow);
    goals.push({
      noCell: findNumberCell(grid, g, end, columns.goal),
      titleRows: [gBottom + 1, item - 1],
      targetRows: [gBottom + 1, item - 1],
      itemRows: [iBottom + 1, end],
      columns,
    });
  });
  if (goals.length === 0) return null;
  return { kind: "block", goals, firstHeaderRow: goalHeaders[0] ?? 0, headerRows };
}
