import { fail, ok, type Result } from "../result";
import { Grid } from "../grid";
import { a1, type WorkbookSnapshot } from "../snapshot";
import type { CellWrite, FlagWrite } from "../state";
import type { ChangeSet } from "./types";

/**
 * 直前の評価で書き換えたセルを元に戻す変更の一式を作る。
 * 担当者がその後にセルを書き換えていれば、上書きせずに理由を返す。
 */
export function planUndo(snapshot: WorkbookSnapshot): Result<ChangeSet> {
  const state = snapshot.state;
  const undo = state?.undo;
  if (!state || !undo) return fail("元に戻せる評価の記録がありません（まだ評価していないか、すでに元に戻しています）。");
  const grids = new Map(snapshot.sheets.map((s) => [s.name, new Grid(s)]));
  const conflicts: string[] = [];
  const writes: CellWrite[] = [];
  for (const w of undo.writes) {
    const grid = grids.get(w.sheet);
    const now = grid ? grid.ownText(w.row, w.col) : null;
    if (now !== w.after) conflicts.push(`${w.sheet}!${a1(w.row, w.col)}`);
    else writes.push({ ...w, before: w.after, after: w.before });
  }
  if (conflicts.length > 0) {
    return fail(`評価の後に書き換えられたセルがあるため、元に戻しません：${conflicts.slice(0, 10).join("、")}${conflicts.length > 10 ? " ほか" : ""}。これらのセルを確かめてから、必要なら手で戻してください。`);
  }
  const flags: FlagWrite[] = undo.flags.filter((f) => f.on).map((f) => ({ ...f, on: false, note: null }));
  return ok({ writes, flags, state: { ...state, marks: undo.previous.marks, flagged: undo.previous.flagged, undo: null } });
}
