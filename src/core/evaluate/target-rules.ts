import type { Actual } from "../actuals/match";
import type { TargetSpec } from "../targets/target";
import { expectedPercent } from "./dates";
import type { CalendarDate } from "./dates";
import { formatExpected, formatRate, roundHalfUp1, withUnit } from "./format";
import type { Thresholds } from "./settings";
import type { TargetEvaluation } from "./types";

export interface EvaluationContext {
  fiscalYear: number;
  asOf: CalendarDate;
  thresholds: Thresholds;
}

function unknown(spec: TargetSpec): TargetEvaluation {
  return { spec, actual: null, progressPercent: null, expectedPercent: null, ratio: null, status: "unknown", reason: "進捗状況に実績の数値が見つかりません（要確認）" };
}

function statusOf(rate: number, ratio: number, t: Thresholds): TargetEvaluation["status"] {
  if (rate >= 100 - t.tolerance) return "met";
  return ratio >= t.onTrackRatio - t.tolerance ? "on-track" : "behind";
}

function stayUnder(spec: TargetSpec, actual: Actual, target: number, t: Thresholds): TargetEvaluation {
  const unit = actual.unit;
  if (actual.value === 0) {
    const ratio = target === 0 ? 1 : Number.POSITIVE_INFINITY;
    return { spec, actual, progressPercent: null, expectedPercent: 100, ratio, status: "met", reason: `実績 ${withUnit(0, unit)}（目標 ${withUnit(target, unit)}以下を達成）` };
  }
  const rate = (target / actual.value) * 100;
  const ratio = rate / 100;
  const reason = `目標 ${withUnit(target, unit)} ÷ 実績 ${withUnit(actual.value, unit)} = ${formatRate(rate)}％（以下が目標、期待進捗 100％）`;
  return { spec, actual, progressPercent: roundHalfUp1(rate), expectedPercent: 100, ratio, status: statusOf(rate, ratio, t), reason };
}

/** 数値目標 1 つを評価する（layout.md §4）。 */
export function evaluateTarget(spec: TargetSpec, actual: Actual | null, ctx: EvaluationContext): TargetEvaluation {
  const q = spec.quantity;
  if (!q) return unknown(spec);
  if (!actual) return unknown(spec);
  if (q.comparator === "<=") return stayUnder(spec, actual, q.value, ctx.thresholds);
  const expected = spec.kind === "level" ? 100 : expectedPercent(ctx.fiscalYear, ctx.asOf, spec.deadline);
  if (q.value <= 0) {
    return { spec, actual, progressPercent: null, expectedPercent: expected, ratio: 1, status: "met", reason: `実績 ${withUnit(actual.value, q.unit)}（目標 0）` };
  }
  const rate = (actual.value / q.value) * 100;
  const ratio = expected > 0 ? rate / expected : rate > 0 ? Number.POSITIVE_INFINITY : 1;
  const why = actual.via === "cancelled" ? "（中止・見送り・未実施）" : actual.via === "planned" ? "（予定のみ）" : "";
  const reason = `${withUnit(actual.value, q.unit)}${why} ÷ ${withUnit(q.value, q.unit)} = ${formatRate(rate)}％（期待進捗 ${formatExpected(expected)}％）`;
  return { spec, actual, progressPercent: roundHalfUp1(rate), expectedPercent: roundHalfUp1(expected), ratio, status: statusOf(rate, ratio, ctx.thresholds), reason };
}
