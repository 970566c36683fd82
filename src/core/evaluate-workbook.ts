import { planFlags } from "./changes/flags";
import { planMarks, type MarkDecision } from "./changes/marks";
import { planColumnRates, planInlineRates } from "./changes/rates";
import { emptyChanges, type ChangeSet, type Warning } from "./changes/types";
import { EvaluationError } from "./errors";
import { formatIsoDate } from "./evaluate/dates";
import { evaluateSheet, type SheetEvaluation } from "./evaluate/sheet";
import type { EvaluationSettings } from "./evaluate/settings";
import type { LayoutMiss } from "./layout";
import { readSettingsSheet, SETTINGS_SHEET } from "./settings-sheet";
import { SUMMARY_SHEET } from "./print/types";
import { a1, type WorkbookSnapshot } from "./snapshot";
import { STATE_SHEET, emptyState, toUndoWrite, type AddinState, type CellWrite, type FlagWrite } from "./state";

/** シートの評価と、項目ごとの最終的な記号。 */
export interface EvaluatedSheet {
  evaluation: SheetEvaluation;
  /** goals[i].items[j] に対応する記号の決定 */
  decisions: MarkDecision[][];
}

/** ブック全体の評価結果。 */
export interface WorkbookEvaluation {
  asOf: string;
  sheets: EvaluatedSheet[];
  changes: ChangeSet;
  warnings: Warning[];
  settings: EvaluationSettings;
}

function noLayoutError(misses: LayoutMiss[]): EvaluationError {
  const where = misses
    .map((m) => `シート「${m.sheet}」${m.found.length ? `（見つかった見出し：${m.found.join("、")}）` : "（見出しなし）"}`)
    .join("\n");
  return new EvaluationError(
    "layout-not-found",
    "core",
    `重点目標一覧表が見つかりません。${misses[0]?.searched ?? ""}を、次のシートで探しました：\n${where || "（シートがありません）"}`,
    "表の見出しの文言を確かめてください。見出しがあるのに見つからないときは、結合や改行を見直してください。",
  );
}

function nextState(
  previous: AddinState | null,
  marks: Record<string, string>,
  flagged: Record<string, string | null>,
  writes: CellWrite[],
  flags: FlagWrite[],
): AddinState | null {
  if (writes.length === 0 && flags.length === 0) return null;
  const base = previous ?? emptyState();
  const undo = {
    writes: writes.map(toUndoWrite),
    flags,
    previous: { marks: base.marks, flagged: base.flagged },
    addedSheets: [],
    printSheets: [],
  };
  return { ...base, marks, flagged, undo };
}

/**
 * ブックを評価し、書き込む変更の一式を作る（純粋・同期）。
 * 表のないシート・状態シート・設定シートは読み飛ばす。表が 1 つもなければ layout-not-found。
 */
export function evaluateWorkbook(snapshot: WorkbookSnapshot, base: EvaluationSettings): WorkbookEvaluation {
  const warnings: Warning[] = [];
  const settingsSheet = snapshot.sheets.find((s) => s.name === SETTINGS_SHEET);
  const settings = settingsSheet ? readSettingsSheet(settingsSheet, base, warnings) : base;
  const state = snapshot.state;
  if (snapshot.stateProblem) {
    warnings.push({
      sheet: STATE_SHEET,
      cell: null,
      message: `アドインの記録が壊れているため使えません（${snapshot.stateProblem}）。前回アドインが付けた記号と今回の計算が違う項目は、手入力とみなして残します。上書きしてよければ「手入力の進捗度を上書き」を選んでください。元に戻す記録もありません。`,
    });
  }
  const sheets: EvaluatedSheet[] = [];
  const misses: LayoutMiss[] = [];
  const writes: CellWrite[] = [];
  const flags: FlagWrite[] = [];
  const marks: Record<string, string> = {};
  const flagged: Record<string, string | null> = {};
  for (const sheet of snapshot.sheets) {
    if (sheet.name === STATE_SHEET || sheet.name === SETTINGS_SHEET || sheet.name === SUMMARY_SHEET || sheet.name === state?.summarySheet)
      continue;
    const outcome = evaluateSheet(sheet, settings);
    if (!outcome.ok) {
      misses.push(outcome.miss);
      continue;
    }
    const ev = outcome.value;
    for (const e of ev.grid.errorCells(20)) {
      warnings.push({
        sheet: sheet.name,
        cell: a1(e.row, e.col),
        message: `エラー値 ${e.text} のため、このセルは空として読みました。数式を確かめてください。`,
      });
    }
    const items = ev.goals.flatMap((g) => g.items.map((item) => ({ ev: item, cols: g.goal.region.columns })));
    const planned = planMarks(
      ev.grid,
      items.map((i) => i.ev),
      state,
      settings.overwriteManual,
      warnings,
    );
    Object.assign(marks, planned.written);
    writes.push(...planned.writes);
    const rateCol = ev.goals[0]?.goal.region.columns.rate ?? null;
    const useColumn = settings.rateMode === "column" || (settings.rateMode === "auto" && rateCol !== null);
    const itemEvs = items.map((i) => i.ev);
    writes.push(
      ...(useColumn && rateCol !== null
        ? planColumnRates(ev.grid, itemEvs, rateCol, warnings)
        : planInlineRates(ev.grid, itemEvs, warnings)),
    );
    const f = planFlags(ev.grid, items, state, warnings);
    writes.push(...f.remarks);
    flags.push(...f.flags);
    Object.assign(flagged, f.flagged);
    let k = 0;
    const decisions = ev.goals.map((g) => g.items.map(() => planned.decisions[k++] as MarkDecision));
    sheets.push({ evaluation: ev, decisions });
  }
  if (sheets.length === 0) throw noLayoutError(misses);
  const first = sheets[0]?.evaluation;
  const asOf = first ? formatIsoDate(first.asOf) : "";
  return {
    asOf,
    sheets,
    changes: { ...emptyChanges(), writes, flags, state: nextState(state, marks, flagged, writes, flags) },
    warnings,
    settings,
  };
}
