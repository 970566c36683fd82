import type { Actual } from "../actuals/match";
import type { TargetSpec } from "../targets/target";
import type { ClerkChoice } from "./choices";
import { expectedPercent } from "./dates";
import type { CalendarDate } from "./dates";
import { formatExpected, formatRate, roundHalfUp1, withUnit } from "./format";
import type { Thresholds } from "./settings";
import type { TargetEvaluation } from "./types";

/** 評価の前提：年度・基準日・しきい値、（あれば）シートの名前と担当者が選んだ実績。 */
export interface EvaluationContext {
  fiscalYear: number;
  asOf: CalendarDate;
  thresholds: Thresholds;
  /** シートの名前（担当者の実績を項目に当てるため） */
  sheet?: string;
  /** 担当者が要確認の目標に選んだ・打ち込んだ実績 */
  choices?: readonly ClerkChoice[];
}

type Base = Pick<TargetEvaluation, "spec" | "candidates" | "words">;

/** 評価の 1 件（広げる書き方 {...base} は遅いので、項目を並べて作る）。 */
function result(
  base: Base,
  actual: Actual | null,
  progressPercent: number | null,
  expectedPercent: number | null,
  ratio: number | null,
  status: TargetEvaluation["status"],
  reason: string,
  needsReview: boolean,
): TargetEvaluation {
  return {
    spec: base.spec,
    candidates: base.candidates,
    words: base.words,
    actual,
    progressPercent,
    expectedPercent,
    ratio,
    status,
    reason,
    needsReview,
  };
}

function unknown(base: Base, why: string): TargetEvaluation {
  const reason = why + "（要確認）";
  return result(base, null, null, null, null, "unknown", reason, true);
}

function statusOf(rate: number, ratio: number, t: Thresholds): TargetEvaluation["status"] {
  if (rate >= 100 - t.tolerance) return "met";
  return ratio >= t.onTrackRatio - t.tolerance ? "on-track" : "behind";
}

function stayUnder(base: Base, actual: Actual, target: number, t: Thresholds, review: boolean): TargetEvaluation {
  const unit = actual.unit;
  if (actual.value === 0) {
    const ratio = Number.POSITIVE_INFINITY;
    return result(base, actual, null, 100, ratio, "met", `実績 ${withUnit(0, unit)}（目標 ${withUnit(target, unit)}以下を達成）`, review);
  }
  const rate = (target / actual.value) * 100;
  const ratio = rate / 100;
  const reason = `目標 ${withUnit(target, unit)} ÷ 実績 ${withUnit(actual.value, unit)} = ${formatRate(rate)}％（以下が目標、期待進捗 100％）`;
  return result(base, actual, roundHalfUp1(rate), 100, ratio, statusOf(rate, ratio, t), reason, review);
}

const VIA_NOTE: Record<Actual["via"], string> = {
  figures: "",
  cancelled: "（中止・見送り・未実施）",
  planned: "（予定のみ）",
  clerk: "（担当者が選んだ実績）",
};

/** 並べた計画の頻度（月1，2回）のどれかばかりの実績（奇数月2回、偶数月1回）は、計画どおり（100％）。 */
function onAlternatives(spec: TargetSpec, actual: Actual): boolean {
  const alts = spec.quantity?.alternatives;
  const values = actual.parts ?? [actual.value];
  return !!alts && values.every((v) => alts.some((a) => Math.abs(a - v) < 1e-9));
}

/** 数値目標 1 つを評価する（layout.md §4）。実績がなければ unknown（要確認）。 */
export function evaluateTarget(
  spec: TargetSpec,
  actual: Actual | null,
  ctx: EvaluationContext,
  base: Base = { spec, candidates: [], words: [] },
  unsure: string | null = null,
): TargetEvaluation {
  const q = spec.quantity;
  if (!q) return unknown(base, spec.unresolved ?? "目標値が読み取れません");
  if (!actual) return unknown(base, unsure ?? "進捗状況に実績の数値が見つかりません");
  const review = unsure !== null;
  if (q.comparator === "<=") return stayUnder(base, actual, q.value, ctx.thresholds, review);
  const expected =
    spec.kind === "level"
      ? 100
      : expectedPercent(
          ctx.fiscalYear,
          ctx.asOf,
          spec.deadline,
          spec.multiYear && spec.spanStart !== null ? spec.spanStart : ctx.fiscalYear,
        );
  if (q.value <= 0)
    return unknown(base, `目標が 0 で「以下」などの向きがなく、進捗率が決まりません（実績 ${withUnit(actual.value, q.unit)}）`);
  const planned = onAlternatives(spec, actual);
  const rate = planned ? 100 : (actual.value / q.value) * 100;
  const ratio = expected > 0 ? rate / expected : rate > 0 ? Number.POSITIVE_INFINITY : 1;
  const shown = planned
    ? `${actual.evidence} は計画（${(q.alternatives ?? []).join("，")}${q.unit === "%" ? "％" : q.unit}）のとおり = 100.0％`
    : `${withUnit(actual.value, q.unit)}${VIA_NOTE[actual.via]} ÷ ${withUnit(q.value, q.unit)} = ${formatRate(rate)}％`;
  const reason = `${shown}（期待進捗 ${formatExpected(expected)}％）${review ? `（${unsure}、要確認）` : ""}`;
  return result(base, actual, roundHalfUp1(rate), roundHalfUp1(expected), ratio, statusOf(rate, ratio, ctx.thresholds), reason, review);
}
