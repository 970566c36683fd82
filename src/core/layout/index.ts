import type { Grid } from "../grid";
import { fail, ok, type Result } from "../result";
import { detectBlock } from "./block";
import { collectHeaders, describeHeaders, findLegendRow, type LayoutMiss, type SheetLayout } from "./detect";
import { detectList } from "./list";

export type { SheetLayout, GoalRegion, LayoutMiss } from "./detect";
export type { TableColumns } from "./columns";

/** 表の最後の行：評価基準の注記の前、なければ内容のある最後の行。 */
function lastContentRow(grid: Grid, legendRow: number | null): number {
  if (legendRow !== null) return legendRow - 1;
  for (let r = grid.bottom; r >= grid.top; r--) {
    for (let c = grid.left; c <= grid.right; c++) if (grid.ownText(r, c).trim()) return r;
  }
  return grid.top;
}

/**
 * シートの 重点目標一覧表 の形（一覧形式・調書形式）を見つける。
 * 見つからなければ、どの見出しを探し、何が見つかったかを返す。
 */
export function detectLayout(grid: Grid): Result<SheetLayout, LayoutMiss> {
  const rows = collectHeaders(grid);
  const firstRow = Math.min(...rows.keys(), grid.bottom);
  const legendRow = findLegendRow(grid, firstRow);
  const lastRow = lastContentRow(grid, legendRow);
  const found = detectList(grid, rows, lastRow) ?? detectBlock(grid, rows, lastRow);
  if (found && found.goals.length > 0) return ok({ ...found, legendRow, lastRow });
  return fail({
    sheet: grid.sheet.name,
    searched: "「重点目標」「期限・数値目標等」「具体的な重点取組項目」「進捗状況・進捗度」（または「進捗状況」「進捗度」）の見出し",
    found: describeHeaders(grid, rows),
  });
}
