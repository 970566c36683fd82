import { fail, ok, type Result } from "../result";
import { Grid } from "../grid";
import { a1, cellKey, type WorkbookSnapshot } from "../snapshot";
import { restoreBefore, type CellWrite, type FlagWrite, type UndoRecord } from "../state";
import { emptyChanges, type ChangeSet } from "./types";

/** 元に戻す変更と、戻さずに知らせること。 */
export interface UndoPlan {
  changes: ChangeSet;
  /** 戻さなかったもの（担当者が後から変えた塗りなど）の説明 */
  notes: string[];
}

function restoreWrites(snapshot: WorkbookSnapshot, undo: UndoRecord): { writes: CellWrite[]; conflicts: string[] } {
  const grids = new Map(snapshot.sheets.map((s) => [s.name, new Grid(s)]));
  const conflicts: string[] = [];
  const writes: CellWrite[] = [];
  for (const u of undo.writes) {
    const grid = grids.get(u.sheet);
    const now = grid ? grid.ownText(u.row, u.col) : null;
    const restored = now === null ? { ok: false as const } : restoreBefore(u, now);
    if (!restored.ok || now === null) conflicts.push(`${u.sheet}!${a1(u.row, u.col)}`);
    else writes.push({ sheet: u.sheet, row: u.row, col: u.col, before: now, after: restored.before ?? "", purpose: u.purpose });
  }
  return { writes, conflicts };
}

/** 強調を外す。塗りが読めて、アドインの後に担当者が塗り替えていれば、そのセルは外さずに知らせる。 */
function restoreFlags(snapshot: WorkbookSnapshot, undo: UndoRecord, flagColor: string): { flags: FlagWrite[]; notes: string[] } {
  const fills = snapshot.flagFills;
  const flags: FlagWrite[] = [];
  const repainted: string[] = [];
  for (const f of undo.flags.filter((x) => x.on)) {
    const key = cellKey(f);
    const now = fills?.[key];
    if (fills && key in fills && (now ?? "").toUpperCase() !== flagColor.toUpperCase()) repainted.push(key);
    else flags.push({ ...f, on: false, note: null });
  }
  const notes =
    repainted.length > 0
      ? [
          `評価の後に塗りが変えられたセルは、塗りを戻していません：${repainted.slice(0, 10).join("、")}${repainted.length > 10 ? " ほか" : ""}。`,
        ]
      : [];
  return { flags, notes };
}

/**
 * 直前の評価で書き換えたセルを元に戻す変更の一式を作る。担当者がその後にセルを書き換えていれば、
 * 何も戻さずに理由を返す。空だったセルは空に戻し、アドインが加えたシートを取り除き、印刷設定を戻す。
 */
export function planUndo(snapshot: WorkbookSnapshot, flagColor: string): Result<UndoPlan> {
  const state = snapshot.state;
  const undo = state?.undo;
  if (snapshot.stateProblem)
    return fail(`アドインの記録が壊れているため、元に戻せません（${snapshot.stateProblem}）。記号と（進捗…％）は手で直してください。`);
  if (!state || !undo) return fail("元に戻せる評価の記録がありません（まだ評価していないか、すでに元に戻しています）。");
  const { writes, conflicts } = restoreWrites(snapshot, undo);
  if (conflicts.length > 0) {
    return fail(
      `評価の後に書き換えられたセルがあるため、元に戻しません：${conflicts.slice(0, 10).join("、")}${conflicts.length > 10 ? " ほか" : ""}。これらのセルを確かめてから、必要なら手で戻してください。`,
    );
  }
  const { flags, notes } = restoreFlags(snapshot, undo, flagColor);
  const summarySheet = undo.addedSheets.includes(state.summarySheet ?? "") ? null : state.summarySheet;
  const next = {
    ...state,
    marks: undo.previous.marks,
    flagged: undo.previous.flagged,
    choices: undo.previous.choices ?? state.choices,
    summarySheet,
    undo: null,
  };
  return ok({
    changes: { ...emptyChanges(), writes, flags, state: next, restorePrint: undo.printSheets, removeSheets: undo.addedSheets },
    notes,
  });
}
