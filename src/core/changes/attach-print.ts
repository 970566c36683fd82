import type { PrintChanges } from "../print/types";
import { SUMMARY_SHEET } from "../print/types";
import type { WorkbookSnapshot } from "../snapshot";
import { emptyState, type AddinState } from "../state";
import type { ChangeSet } from "./types";

/**
 * 評価集計のシートの名前。前にアドインが作ったものがあればそれ、なければ「評価集計」、
 * 担当者の同名のシートがあれば別の名前（担当者のシートは上書きしない）。
 */
export function summarySheetName(snapshot: WorkbookSnapshot): string {
  const own = snapshot.state?.summarySheet;
  const names = new Set(snapshot.sheets.map((s) => s.name));
  if (own && names.has(own)) return own;
  if (!names.has(SUMMARY_SHEET)) return SUMMARY_SHEET;
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${SUMMARY_SHEET}（評価アシスタント）` : `${SUMMARY_SHEET}（評価アシスタント${i}）`;
    if (!names.has(candidate)) return candidate;
  }
}

function undoFor(state: AddinState): NonNullable<AddinState["undo"]> {
  return (
    state.undo ?? { writes: [], flags: [], previous: { marks: state.marks, flagged: state.flagged }, addedSheets: [], printSheets: [] }
  );
}

/**
 * 変更の一式に印刷の変更を加え、元に戻すための記録（加えたシート・印刷設定を変えたシート）を付ける。
 */
export function attachPrint(changes: ChangeSet, print: PrintChanges, snapshot: WorkbookSnapshot): ChangeSet {
  const state: AddinState = changes.state ?? snapshot.state ?? emptyState();
  const undo = undoFor(state);
  const summary = print.summary ? { ...print.summary, name: summarySheetName(snapshot) } : null;
  const exists = summary !== null && snapshot.sheets.some((s) => s.name === summary.name);
  const addedSheets = summary && !exists ? [...undo.addedSheets, summary.name] : undo.addedSheets;
  const printSheets = [...new Set([...undo.printSheets, ...print.plans.map((p) => p.sheet)])];
  const next: AddinState = { ...state, summarySheet: summary?.name ?? state.summarySheet, undo: { ...undo, addedSheets, printSheets } };
  // 前回と同じ記録なら書き直さない（2 回目の実行は何も変えない）
  const unchanged = changes.state === null && JSON.stringify(next) === JSON.stringify(snapshot.state);
  return { ...changes, print: { ...print, summary }, state: unchanged ? null : next };
}
