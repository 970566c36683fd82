import type { WorkbookEvaluation, EvaluatedSheet } from "../evaluate-workbook";
import { formatIsoDate } from "../evaluate/dates";
import type { ItemEvaluation, TargetEvaluation } from "../evaluate/types";
import type { MarkDecision } from "../changes/marks";

/** cli.md の JSON 文書の 1 目標値。 */
export interface TargetJson {
  label: string;
  text: string;
  kind: "cumulative" | "level" | "text";
  target: { value: number; unit: string; comparator: ">=" | "<=" } | null;
  actual: { value: number; unit: string; evidence: string } | null;
  progressPercent: number | null;
  expectedPercent: number | null;
  status: string;
  reason: string;
}

function targetJson(t: TargetEvaluation): TargetJson {
  const q = t.spec.quantity;
  return {
    label: t.spec.label,
    text: t.spec.text,
    kind: t.spec.kind,
    target: q ? { value: q.value, unit: q.unit, comparator: q.comparator } : null,
    actual: t.actual ? { value: t.actual.value, unit: t.actual.unit, evidence: t.actual.evidence } : null,
    progressPercent: t.progressPercent,
    expectedPercent: t.expectedPercent,
    status: t.status,
    reason: t.reason,
  };
}

function itemJson(ev: ItemEvaluation, d: MarkDecision) {
  return {
    label: ev.item.label,
    mark: d.mark === "" ? null : d.mark,
    basis: d.basis,
    needsReview: ev.needsReview || d.basis === "manual" && d.mark !== ev.computedMark,
    flagged: ev.flagged,
    markCell: d.markCell,
    suggestedMark: ev.computedMark,
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

/** cli.md の JSON 文書（項目は足してよいが、消したり名前を変えたりしない）。 */
export function toJsonDocument(result: WorkbookEvaluation) {
  return {
    asOf: result.asOf,
    sheets: result.sheets.map(sheetJson),
    warnings: result.warnings,
    changes: { cells: result.changes.writes.length, flags: result.changes.flags.length },
  };
}
