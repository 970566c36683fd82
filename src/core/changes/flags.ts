import type { Grid } from "../grid";
import type { ItemEvaluation } from "../evaluate/types";
import type { TableColumns } from "../layout";
import { cellKey, parseA1 } from "../snapshot";
import type { AddinState, CellWrite, FlagWrite } from "../state";
import { planRemarks } from "./remarks";
import type { Warning } from "./types";

/** 強調するセル：項目の行の 取組・進捗状況・進捗度・進捗率 の各セル（結合は左上）。注記は進捗度のセルに。 */
function flagCells(grid: Grid, ev: ItemEvaluation, cols: TableColumns): { row: number; col: number; note: boolean }[] {
  const row = ev.item.row;
  if (row === null) return [];
  const noteCol = cols.mark ?? cols.progress;
  const seen = new Set<string>();
  const out: { row: number; col: number; note: boolean }[] = [];
  for (const col of [cols.action, cols.progress, cols.mark, cols.rate]) {
    if (col === null) continue;
    const a = grid.anchor(row, col);
    const key = `${a.row}:${a.col}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...a, note: col === noteCol });
  }
  return out;
}

/**
 * 未達の項目の行を強調する書き込みと、前回強調して今回は外すセルの書き込みを作る。
 * 前回と同じ強調は書き直さない（2 回目の実行は何も変えない）。備考の列があれば、理由を備考にも書く（remarks）。
 */
export function planFlags(
  grid: Grid,
  items: { ev: ItemEvaluation; cols: TableColumns }[],
  state: AddinState | null,
  warnings: Warning[],
): { flags: FlagWrite[]; flagged: Record<string, string | null>; remarks: CellWrite[] } {
  const sheet = grid.sheet.name;
  const flagged: Record<string, string | null> = {};
  const wanted = new Map<string, FlagWrite>();
  for (const { ev, cols } of items) {
    if (!ev.flagged) continue;
    for (const cell of flagCells(grid, ev, cols)) {
      const key = cellKey({ sheet, ...cell });
      const note = cell.note ? ev.flagReason : null;
      const previous = wanted.get(key);
      const merged = previous?.note && note ? `${previous.note}\n${note}` : (note ?? previous?.note ?? null);
      wanted.set(key, { sheet, row: cell.row, col: cell.col, on: true, note: merged });
      flagged[key] = merged;
    }
  }
  const flags: FlagWrite[] = [];
  for (const [key, write] of wanted) if (state?.flagged[key] !== write.note || !(key in (state?.flagged ?? {}))) flags.push(write);
  const prefix = `${sheet}!`;
  for (const key of Object.keys(state?.flagged ?? {})) {
    if (!key.startsWith(prefix) || wanted.has(key)) continue;
    const cell = parseA1(key.slice(prefix.length));
    if (cell) flags.push({ sheet, row: cell.row, col: cell.col, on: false, note: null });
  }
  return { flags, flagged, remarks: planRemarks(grid, items, warnings) };
}
