import type { Grid } from "../grid";
import type { GoalRegion, SheetLayout } from "../layout";
import type { SheetMeta } from "../layout/meta";
import { compactText } from "../text/normalize";
import { columnLines, columnText } from "./columns-text";
import { buildItems, type ItemDraft } from "./items";
import { SourceText, type CellLine } from "./source-text";
import type { GoalModel, ItemModel, MarkCell, SheetModel } from "./types";

function goalNumber(grid: Grid, region: GoalRegion): number | null {
  if (!region.noCell) return null;
  const t = compactText(grid.text(region.noCell.row, region.noCell.col))
    .replace(/^目標/, "")
    .replace(/[.．。]$/, "");
  return /^[0-9]{1,3}$/.test(t) ? Number(t) : null;
}

/** 改行で分けた記号の何行目か（セル内の位置から数える）。 */
function lineIndexIn(grid: Grid, line: CellLine): number {
  const text = grid.ownText(line.row, line.col);
  return text.slice(0, line.start).split("\n").length - 1;
}

function markCells(grid: Grid, drafts: ItemDraft[], markCol: number | null): (MarkCell | null)[] {
  if (markCol === null) return drafts.map(() => null);
  const anchors = drafts.map((d) => (d.firstRow === null ? null : grid.anchor(d.firstRow, markCol)));
  return anchors.map((a, i) => {
    if (!a) return null;
    const sharing = drafts.filter((_, j) => anchors[j]?.row === a.row && anchors[j]?.col === a.col);
    if (sharing.length === 1) return { row: a.row, col: a.col, line: null, sharedBy: 1 };
    const draft = drafts[i];
    const first = draft?.progress[0];
    const sameCell = sharing.every((d) => d.progress[0] && first && d.progress[0].row === first.row && d.progress[0].col === first.col);
    const line = sameCell && first ? lineIndexIn(grid, first) : sharing.indexOf(draft as ItemDraft);
    return { row: a.row, col: a.col, line, sharedBy: sharing.length };
  });
}

function currentMark(grid: Grid, mark: MarkCell | null): string {
  if (!mark) return "";
  const text = grid.ownText(mark.row, mark.col);
  if (mark.line === null) return text.trim();
  return (text.split("\n")[mark.line] ?? "").trim();
}

function buildGoal(grid: Grid, layout: SheetLayout, region: GoalRegion): GoalModel {
  const { columns: cols, itemRows, targetRows, titleRows } = region;
  const skip = layout.headerRows;
  const action = columnLines(grid, cols.action, itemRows[0], itemRows[1], skip);
  const progress = columnLines(grid, cols.progress, itemRows[0], itemRows[1], skip);
  const targets = columnLines(grid, cols.target, targetRows[0], targetRows[1], skip);
  const drafts = buildItems(action, progress, targets, layout.kind === "list");
  const marks = markCells(grid, drafts, cols.mark);
  const items: ItemModel[] = drafts.map((d, i) => {
    const mark = marks[i] ?? null;
    return {
      label: d.label,
      no: d.key,
      row: d.firstRow,
      action: new SourceText(d.action),
      targets: new SourceText(d.targets),
      progress: new SourceText(d.progress),
      mark,
      currentMark: currentMark(grid, mark),
    };
  });
  return { no: goalNumber(grid, region), title: columnText(grid, cols.goal, titleRows[0], titleRows[1], skip), items, region };
}

/** シートの形からモデル（目標 → 項目）を組み立てる。 */
export function buildSheetModel(grid: Grid, layout: SheetLayout, meta: SheetMeta): SheetModel {
  return { name: grid.sheet.name, meta, layout, goals: layout.goals.map((g) => buildGoal(grid, layout, g)) };
}
