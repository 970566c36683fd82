import type { Grid } from "../grid";
import type { ItemEvaluation } from "../evaluate/types";
import { formatRate } from "../evaluate/format";
import { a1 } from "../snapshot";
import type { CellWrite } from "../state";
import { applyInsertions, EXCEL_CELL_LIMIT, type Insertion } from "./annotate";
import type { Warning } from "./types";

function cellWrite(grid: Grid, row: number, col: number, after: string, warnings: Warning[]): CellWrite | null {
  const sheet = grid.sheet.name;
  const before = grid.ownText(row, col);
  if (after === before) return null;
  if (grid.hasFormula(row, col)) {
    warnings.push({ sheet, cell: a1(row, col), message: "数式のセルのため、進捗率を書き込みません。" });
    return null;
  }
  if (typeof grid.value(row, col) !== "string" && before !== "") {
    warnings.push({ sheet, cell: a1(row, col), message: "文字でない値のセルのため、進捗率を書き込みません。" });
    return null;
  }
  if (after.length > EXCEL_CELL_LIMIT) {
    warnings.push({
      sheet,
      cell: a1(row, col),
      message: `進捗率を書き込むとセルの上限（${EXCEL_CELL_LIMIT}字）を超えるため、書き込みません。`,
    });
    return null;
  }
  return { sheet, row, col, before, after, purpose: "rate" };
}

/**
 * 進捗状況の文の中、実績の直後に（進捗…％）を差し込む（あれば置き換える）。
 * 予定しか書かれていない目標（実績 0 を「予定」の文から読んだもの）には書かない：予定に進捗率はなく、
 * 「…開催予定（進捗0.0％）」は予定そのものが 0％ のように読めるため。その率は作業ウィンドウ・注記・評価集計にだけ出し、
 * 前の版が書いた注記がその位置に残っていれば取り除く。
 */
export function planInlineRates(grid: Grid, items: ItemEvaluation[], warnings: Warning[]): CellWrite[] {
  const byCell = new Map<string, { row: number; col: number; insertions: Insertion[] }>();
  for (const ev of items) {
    for (const t of ev.targets) {
      if (t.progressPercent === null || !t.actual) continue;
      const at = ev.item.progress.locate(t.actual.insertAt);
      if (!at) continue;
      const key = `${at.row}:${at.col}`;
      const entry = byCell.get(key) ?? { row: at.row, col: at.col, insertions: [] };
      entry.insertions.push({ offset: at.offset, rate: t.actual.via === "planned" ? null : formatRate(t.progressPercent) });
      byCell.set(key, entry);
    }
  }
  const writes: CellWrite[] = [];
  for (const entry of byCell.values()) {
    const after = applyInsertions(grid.ownText(entry.row, entry.col), entry.insertions);
    const w = cellWrite(grid, entry.row, entry.col, after, warnings);
    if (w) writes.push(w);
  }
  return writes;
}

/** 「進捗率」の列があるときは、その列の項目の行に書く。 */
export function planColumnRates(grid: Grid, items: ItemEvaluation[], rateCol: number, warnings: Warning[]): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const ev of items) {
    if (ev.item.row === null) continue;
    const rated = ev.targets.filter((t) => t.progressPercent !== null);
    if (rated.length === 0) continue;
    const lines = rated.map(
      (t) => `${rated.length > 1 ? t.spec.label + t.spec.name + " " : ""}${formatRate(t.progressPercent as number)}％`,
    );
    const a = grid.anchor(ev.item.row, rateCol);
    const w = cellWrite(grid, a.row, a.col, lines.join("\n"), warnings);
    if (w) writes.push(w);
  }
  return writes;
}
