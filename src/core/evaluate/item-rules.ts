import { findActuals } from "../actuals/match";
import type { ItemModel } from "../model/types";
import { parseTargets } from "../targets/parse-targets";
import { splitSubsections, subsectionFor } from "../targets/subsections";
import type { TargetSpec } from "../targets/target";
import { evaluateTarget, type EvaluationContext } from "./target-rules";
import { markForText, textStatus, type TextStatus } from "./text-status";
import type { ItemEvaluation, Mark, TargetEvaluation } from "./types";

const TEXT_LABEL: Record<TextStatus, string> = { done: "完了・実施", "under-way": "実施中・予定", "not-done": "中止・未実施", unknown: "判断できる記述なし" };

function textTarget(spec: TargetSpec, item: ItemModel): TargetEvaluation {
  const subs = subsectionFor(splitSubsections(item.progress), spec.subNo) ?? [];
  const status = textStatus(subs.map((s) => s.text).join("\n"));
  return { spec, actual: null, progressPercent: null, expectedPercent: null, ratio: null, status, reason: `文から判断：${TEXT_LABEL[status]}（要確認）` };
}

/** 数値目標の s から記号を決める（layout.md §4）。 */
export function markFromRatios(ratios: number[], ctx: EvaluationContext): Mark | null {
  if (ratios.length === 0) return null;
  const { onTrackRatio, aheadRatio, tolerance } = ctx.thresholds;
  const behind = ratios.filter((s) => s < onTrackRatio - tolerance).length;
  if (behind === 0) return ratios.some((s) => s > aheadRatio + tolerance) ? "◎" : "○";
  return behind === ratios.length ? "×" : "△";
}

/** 項目 1 つを評価する：目標を読み、実績を探し、記号と要確認と強調を決める。 */
export function evaluateItem(item: ItemModel, ctx: EvaluationContext): ItemEvaluation {
  const specs = parseTargets(item.targets, item.action);
  const actuals = findActuals(specs, item.progress);
  const targets = specs.map((spec, i) => (spec.quantity ? evaluateTarget(spec, actuals[i] ?? null, ctx) : textTarget(spec, item)));
  const numeric = targets.filter((t) => t.spec.quantity);
  const known = numeric.filter((t) => t.status !== "unknown" && t.ratio !== null);
  const behind = known.filter((t) => t.status === "behind");
  const flagged = behind.length > 0;
  const flagReason = flagged ? ["未達成の数値目標があります", ...behind.map((t) => `${t.spec.label}${t.spec.text}：${t.reason}`)].join("\n") : "";
  if (known.length > 0) {
    const mark = markFromRatios(known.map((t) => t.ratio as number), ctx);
    const needsReview = known.length < numeric.length;
    return { item, targets, computedMark: mark, computedBasis: "numeric", needsReview, flagged, flagReason };
  }
  const status = textStatus(item.progress.text);
  const mark = item.progress.text.trim() ? markForText(status) : null;
  return { item, targets, computedMark: mark, computedBasis: mark ? "text" : "none", needsReview: true, flagged, flagReason };
}
