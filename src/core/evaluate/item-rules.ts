import { findActuals, type ActualFinding } from "../actuals/match";
import { resolveRelativeTargets } from "../actuals/relative-base";
import type { ItemModel } from "../model/types";
import { parseTargets } from "../targets/parse-targets";
import { splitSubsections, subsectionFor } from "../targets/subsections";
import { isNumeric, type TargetSpec } from "../targets/target";
import { choicesForItem, clerkActual, type ItemChoices } from "./choices";
import { evaluateTarget, type EvaluationContext } from "./target-rules";
import { markForText, readTextStatus, type TextStatus } from "./text-status";
import type { ItemEvaluation, Mark, TargetEvaluation } from "./types";

const TEXT_LABEL: Record<TextStatus, string> = {
  done: "完了・実施",
  "under-way": "実施中・予定",
  "not-done": "中止・未実施",
  unknown: "判断できる記述なし",
};

/** 文からの判断の理由（根拠の語を添える）。 */
function textReason(status: TextStatus, words: string[]): string {
  const basis = words.length > 0 ? `（根拠：${words.map((w) => `「${w}」`).join("")}）` : "";
  return `文から判断：${TEXT_LABEL[status]}${basis}（要確認）`;
}

function textTarget(spec: TargetSpec, item: ItemModel): TargetEvaluation {
  const subs = subsectionFor(splitSubsections(item.progress), spec.subNo) ?? [];
  const { status, words } = readTextStatus(subs.map((s) => s.text).join("\n"));
  return {
    spec,
    actual: null,
    progressPercent: null,
    expectedPercent: null,
    ratio: null,
    status,
    reason: textReason(status, words),
    needsReview: true,
    candidates: [],
    words,
  };
}

/** 数値目標 1 つ：担当者の実績があればそれ、なければ文から見つけた実績で評価する。 */
function numericTarget(
  spec: TargetSpec,
  index: number,
  finding: ActualFinding,
  item: ItemModel,
  chosen: ItemChoices,
  ctx: EvaluationContext,
): TargetEvaluation {
  const choice = chosen.byIndex.get(index);
  if (choice)
    return evaluateTarget(spec, clerkActual(choice, spec, item.progress.text), ctx, { spec, candidates: finding.candidates, words: [] });
  return evaluateTarget(spec, finding.actual, ctx, { spec, candidates: finding.candidates, words: [] }, finding.unsure);
}

/** 数値目標の s から記号を決める（layout.md §4）。 */
export function markFromRatios(ratios: number[], ctx: EvaluationContext): Mark | null {
  if (ratios.length === 0) return null;
  const { onTrackRatio, aheadRatio, tolerance } = ctx.thresholds;
  const behind = ratios.filter((s) => s < onTrackRatio - tolerance).length;
  if (behind === 0) return ratios.some((s) => s > aheadRatio + tolerance) ? "◎" : "○";
  return behind === ratios.length ? "×" : "△";
}

/** 項目の目標を読む（前年度比の目標は、進捗状況の文の前年度の値から目標値を決める）。 */
export function itemTargets(item: ItemModel, fiscalYear: number | null): TargetSpec[] {
  return resolveRelativeTargets(parseTargets(item.targets, item.action, { fiscalYear }), item.progress, fiscalYear);
}

/** 項目 1 つを評価する：目標を読み、実績を探し、記号と要確認と強調を決める。 */
export function evaluateItem(item: ItemModel, ctx: EvaluationContext): ItemEvaluation {
  const specs = itemTargets(item, ctx.fiscalYear);
  const findings = findActuals(specs, item.progress, ctx.fiscalYear);
  const chosen = choicesForItem(ctx.sheet ?? "", item, specs, ctx.choices ?? []);
  const targets = specs.map((spec, i) =>
    isNumeric(spec) ? numericTarget(spec, i, findings[i] as ActualFinding, item, chosen, ctx) : textTarget(spec, item),
  );
  const numeric = targets.filter((t) => isNumeric(t.spec));
  const known = numeric.filter((t) => t.status !== "unknown" && t.ratio !== null);
  const behind = known.filter((t) => t.status === "behind");
  const flagged = behind.length > 0;
  const flagReason = flagged
    ? ["未達成の数値目標があります", ...behind.map((t) => `${t.spec.label}${t.spec.text}：${t.reason}`)].join("\n")
    : "";
  const staleChoices = chosen.stale;
  if (known.length > 0) {
    const mark = markFromRatios(
      known.map((t) => t.ratio as number),
      ctx,
    );
    const needsReview = numeric.some((t) => t.needsReview);
    return { item, targets, computedMark: mark, computedBasis: "numeric", needsReview, flagged, flagReason, staleChoices };
  }
  const { status } = readTextStatus(item.progress.text);
  const mark = item.progress.text.trim() ? markForText(status) : null;
  return { item, targets, computedMark: mark, computedBasis: mark ? "text" : "none", needsReview: true, flagged, flagReason, staleChoices };
}
