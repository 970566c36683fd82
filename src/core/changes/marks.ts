import type { Grid } from "../grid";
import type { ItemEvaluation, Mark, MarkBasis } from "../evaluate/types";
import { a1, cellKey } from "../snapshot";
import type { AddinState, CellWrite } from "../state";
import type { Warning } from "./types";

/** 手入力の行を状態に記録するときの印（記号と一致しない文字）。 */
const NOT_OURS = "\u2063";

/** 項目の最終的な記号と出どころ。 */
export interface MarkDecision {
  mark: string | null;
  basis: MarkBasis;
  markCell: string | null;
}

function lastWritten(state: AddinState | null, key: string, line: number | null): string | undefined {
  const full = state?.marks[key];
  if (full === undefined) return undefined;
  return line === null ? full.trim() : (full.split("\n")[line] ?? "").trim();
}

/**
 * 記号を決めてセルへの書き込みを作る。担当者が手で入れた記号（前回アドインが書いたものと違う記号）は、
 * 上書きを頼まれない限り残す。数式のセルには書かない。
 */
export function planMarks(
  grid: Grid,
  items: ItemEvaluation[],
  state: AddinState | null,
  overwrite: boolean,
  warnings: Warning[],
): { decisions: MarkDecision[]; writes: CellWrite[]; written: Record<string, string> } {
  const sheet = grid.sheet.name;
  const cellTexts = new Map<string, { row: number; col: number; lines: string[]; manual: Set<number> }>();
  const decisions = items.map((ev): MarkDecision => {
    const cell = ev.item.mark;
    if (!cell) return { mark: ev.computedMark, basis: ev.computedBasis, markCell: null };
    const key = cellKey({ sheet, row: cell.row, col: cell.col });
    const current = ev.item.currentMark;
    const formula = grid.hasFormula(cell.row, cell.col);
    // 手入力とみなすのは、空でなく、前回アドインが書いたものとも今回の計算とも違う記号だけ
    // （記録が失われても、アドインの書いた記号を手入力と取り違えない）
    const manual =
      formula || (current !== "" && current !== lastWritten(state, key, cell.line) && current !== (ev.computedMark ?? "") && !overwrite);
    if (formula) warnings.push({ sheet, cell: a1(cell.row, cell.col), message: "進捗度のセルに数式があるため、書き換えません。" });
    const entry = cellTexts.get(key) ?? {
      row: cell.row,
      col: cell.col,
      lines: grid.ownText(cell.row, cell.col).split("\n"),
      manual: new Set<number>(),
    };
    cellTexts.set(key, entry);
    if (manual) {
      entry.manual.add(cell.line ?? -1);
      return { mark: current, basis: "manual", markCell: a1(cell.row, cell.col) };
    }
    const mark: Mark | null = ev.computedMark;
    if (cell.line === null) entry.lines = [mark ?? ""];
    else {
      while (entry.lines.length <= cell.line) entry.lines.push("");
      entry.lines[cell.line] = mark ?? "";
    }
    return { mark, basis: ev.computedBasis, markCell: a1(cell.row, cell.col) };
  });
  const writes: CellWrite[] = [];
  const written: Record<string, string> = {};
  for (const [key, entry] of cellTexts) {
    const before = grid.ownText(entry.row, entry.col);
    const after = entry.lines.join("\n").replace(/\n+$/, "");
    if (after !== before.replace(/\n+$/, "") && !grid.hasFormula(entry.row, entry.col)) {
      writes.push({ sheet, row: entry.row, col: entry.col, before, after, purpose: "mark" });
    }
    if (entry.manual.has(-1)) continue;
    const ours = entry.lines.map((l, i) => (entry.manual.has(i) ? NOT_OURS : l)).join("\n");
    if (after) written[key] = ours;
  }
  return { decisions, writes, written };
}
