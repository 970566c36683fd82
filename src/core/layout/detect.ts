import type { Grid } from "../grid";
import { a1 } from "../snapshot";
import { compactText } from "../text/normalize";
import { classifyHeader, type HeaderCell } from "./headers";
import { findHeader, progressColumns, type TableColumns } from "./columns";

/** 目標 1 つ分の範囲。行はシート上の絶対行（0 始まり）。 */
export interface GoalRegion {
  /** 番号のセル（結合の左上）。なければ null */
  noCell: { row: number; col: number } | null;
  /** 重点目標の文が入る行 */
  titleRows: [number, number];
  /** 期限・数値目標等が入る行 */
  targetRows: [number, number];
  /** 項目（取組・進捗状況・進捗度）が入る行 */
  itemRows: [number, number];
  columns: TableColumns;
}

/** シートの表の形。block = 調書形式、list = 一覧形式。 */
export interface SheetLayout {
  kind: "block" | "list";
  goals: GoalRegion[];
  firstHeaderRow: number;
  /** 表の終わり（評価基準の注記の前の行） */
  lastRow: number;
  /** 評価基準の注記の行（なければ null） */
  legendRow: number | null;
  /** 見出し・繰り返し見出しの行（読み飛ばす） */
  headerRows: Set<number>;
}

/** 見つからなかったときの説明（どの見出しをどこで探したか）。 */
export interface LayoutMiss {
  sheet: string;
  searched: string;
  found: string[];
}

export function collectHeaders(grid: Grid): Map<number, HeaderCell[]> {
  const byRow = new Map<number, HeaderCell[]>();
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const raw = grid.ownText(r, c);
      if (!raw) continue;
      const kind = classifyHeader(raw);
      if (!kind) continue;
      const m = grid.merge(r, c);
      const cell: HeaderCell = { kind, row: r, col: c, right: m?.right ?? c, bottom: m?.bottom ?? r };
      const list = byRow.get(r) ?? [];
      list.push(cell);
      byRow.set(r, list);
    }
  }
  return byRow;
}

export function findLegendRow(grid: Grid, from: number): number | null {
  for (let r = from; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const t = compactText(grid.ownText(r, c));
      if (t.startsWith("※") && t.includes("評価基準")) return r;
      if (t.startsWith("評価基準")) return r;
    }
  }
  return null;
}

export function has(cells: HeaderCell[], ...kinds: HeaderCell["kind"][]): boolean {
  return kinds.every((k) => cells.some((c) => c.kind === k || (k === "progress" && c.kind === "progressText")));
}

export function describeHeaders(grid: Grid, rows: Map<number, HeaderCell[]>): string[] {
  const found: string[] = [];
  for (const cells of rows.values()) for (const c of cells) found.push(`${a1(c.row, c.col)}「${compactText(grid.ownText(c.row, c.col))}」`);
  return found.slice(0, 8);
}

/** 見出しセルの並びから列を決める。 */
export function columnsFrom(grid: Grid, cells: HeaderCell[], extra: HeaderCell[] = []): TableColumns | null {
  const all = [...cells, ...extra];
  const goal = findHeader(all, "goal");
  const target = findHeader(all, "target");
  const action = findHeader(all, "action");
  const taken = new Set(all.flatMap((c) => range(c.col, c.right)));
  const nextFree = (col: number): number | null => {
    const right = grid.rightOf(cells[0]?.row ?? grid.top, col) + 1;
    return right <= grid.right && !taken.has(right) ? right : null;
  };
  const progress = progressColumns(all, nextFree);
  if (!goal || !target || !action || !progress) return null;
  return {
    no: findHeader(all, "no")?.col ?? null,
    goal: goal.col,
    target: target.col,
    action: action.col,
    progress: progress.progress,
    mark: progress.mark,
    rate: findHeader(all, "rate")?.col ?? null,
    remarks: findHeader(all, "remarks")?.col ?? null,
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
