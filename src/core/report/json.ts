import type { WorkbookEvaluation, EvaluatedSheet } from "../evaluate-workbook";
import type { CandidateView } from "../actuals/match";
import { progressCellOf, progressHash, type ClerkChoice } from "../evaluate/choices";
import { formatIsoDate } from "../evaluate/dates";
import type { ItemEvaluation, TargetEvaluation } from "../evaluate/types";
import type { MarkDecision } from "../changes/marks";

/** JSON の実績。via：figures 文の数 / cancelled 中止・未実施 / planned 予定だけ / clerk 担当者の実績（source：candidate 候補から・typed 打ち込み）。 */
export interface ActualJson {
  value: number;
  unit: string;
  evidence: string;
  via?: "figures" | "cancelled" | "planned" | "clerk";
  source?: "candidate" | "typed";
  /** 足した部分・並べた頻度の値（1 つの数なら出さない） */
  parts?: number[];
}

/** cli.md の JSON 文書の 1 目標値（項目は足してよいが、消したり名前を変えたりしない）。 */
export interface TargetJson {
  label: string;
  text: string;
  kind: "cumulative" | "level" | "text";
  target: { value: number; unit: string; comparator: ">=" | "<=" } | null;
  actual: ActualJson | null;
  progressPercent: number | null;
  expectedPercent: number | null;
  status: string;
  reason: string;
  /** 担当者の確認が要るか（この版から。古い文書にはない） */
  needsReview?: boolean;
  /** 実績の候補（要確認の目標と、複数の数から決めた目標）：数・単位・前後の語 */
  candidates?: CandidateView[];
  /** 文からの判断の根拠の語（文の目標だけ） */
  words?: string[];
  /** 値が決まらない目標（基準のない前年度比など）の理由。決まっていれば null */
  unresolved?: string | null;
}

/** cli.md の JSON 文書の 1 項目。 */
export interface ItemJson {
  label: string;
  mark: string | null;
  basis: string;
  needsReview: boolean;
  flagged: boolean;
  markCell: string | null;
  suggestedMark: string | null;
  /** 担当者の実績（ClerkChoice）を当てるための、進捗状況の最初のセル（A1） */
  progressCell?: string | null;
  /** 同じく、進捗状況の文の要約値（progressHash） */
  progressHash?: string;
  targets: TargetJson[];
}

function actualJson(t: TargetEvaluation): ActualJson | null {
  const a = t.actual;
  if (!a) return null;
  return {
    value: a.value,
    unit: a.unit,
    evidence: a.evidence,
    via: a.via,
    ...(a.source ? { source: a.source } : {}),
    ...(a.parts ? { parts: a.parts } : {}),
  };
}

function targetJson(t: TargetEvaluation): TargetJson {
  const q = t.spec.quantity;
  return {
    label: t.spec.label,
    text: t.spec.text,
    kind: t.spec.kind,
    target: q ? { value: q.value, unit: q.unit, comparator: q.comparator } : null,
    actual: actualJson(t),
    progressPercent: t.progressPercent,
    expectedPercent: t.expectedPercent,
    status: t.status,
    reason: t.reason,
    needsReview: t.needsReview,
    candidates: t.candidates,
    words: t.words,
    unresolved: t.spec.unresolved,
  };
}

function itemJson(ev: ItemEvaluation, d: MarkDecision): ItemJson {
  return {
    label: ev.item.label,
    mark: d.mark === "" ? null : d.mark,
    basis: d.basis,
    needsReview: ev.needsReview || (d.basis === "manual" && d.mark !== ev.computedMark),
    flagged: ev.flagged,
    markCell: d.markCell,
    suggestedMark: ev.computedMark,
    progressCell: progressCellOf(ev.item),
    progressHash: progressHash(ev.item.progress.text),
    targets: ev.targets.map(targetJson),
  };
}

function sheetJson(s: EvaluatedSheet) {
  const e = s.evaluation;
  return {
    name: e.model.name,
    department: e.model.meta.department,
    report: e.report,
    fiscalYear: e.fiscalYear,
    asOf: formatIsoDate(e.asOf),
    layout: e.model.layout.kind,
    goals: e.goals.map((g, gi) => ({
      no: g.goal.no,
      title: g.goal.title,
      items: g.items.map((item, ii) => itemJson(item, s.decisions[gi]?.[ii] ?? { mark: null, basis: "none", markCell: null })),
    })),
  };
}

/** 使われなかった担当者の実績：文・目標が変わった項目のものと、もう見つからない項目のもの。 */
export function staleChoices(result: WorkbookEvaluation): ClerkChoice[] {
  const choices = result.settings.choices ?? [];
  if (choices.length === 0) return [];
  const items = result.sheets.flatMap((s) =>
    s.evaluation.goals.flatMap((g) => g.items.map((ev) => ({ sheet: s.evaluation.model.name, ev }))),
  );
  const stale = items.flatMap((i) => i.ev.staleChoices);
  const seen = new Set(items.map((i) => `${i.sheet}!${progressCellOf(i.ev.item) ?? ""}`));
  return [...stale, ...choices.filter((c) => !seen.has(`${c.sheet}!${c.progressCell}`))];
}

/** cli.md の JSON 文書（項目は足してよいが、消したり名前を変えたりしない）。staleChoices は使わなかった担当者の実績。 */
export function toJsonDocument(result: WorkbookEvaluation): {
  asOf: string;
  sheets: ReturnType<typeof sheetJson>[];
  warnings: WorkbookEvaluation["warnings"];
  changes: { cells: number; flags: number };
  staleChoices?: ClerkChoice[];
} {
  return {
    asOf: result.asOf,
    sheets: result.sheets.map(sheetJson),
    warnings: result.warnings,
    changes: { cells: result.changes.writes.length, flags: result.changes.flags.length },
    staleChoices: staleChoices(result),
  };
}
