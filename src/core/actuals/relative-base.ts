import type { SourceText } from "../model/source-text";
import { nameOverlap } from "../targets/names";
import { applyRelative } from "../targets/relative";
import { splitSubsections, subsectionFor } from "../targets/subsections";
import type { TargetSpec } from "../targets/target";
import { readProgress, type Figure } from "./figures";

/** 前年度比の目標の基準になる、進捗状況の文の前年度などの数（名前が合うもの、なければ 1 つだけのもの）。 */
function baselineFor(spec: TargetSpec, figures: Figure[]): Figure | null {
  const named = figures.filter((f) => (nameOverlap(f.core.replace(/前年度|前年同期|前年|昨年度|昨年|前回/g, ""), spec.context) ?? 0) > 0);
  if (named.length === 1) return named[0] as Figure;
  return figures.length === 1 ? (figures[0] as Figure) : null;
}

/**
 * 基準の値が目標の文になかった前年度比の目標（前年度比5％増）に、進捗状況の文に書かれた基準の値
 * （前年度 8,000人）から目標値を決める。決まらなければそのまま（値は要確認）。
 */
export function resolveRelativeTargets(specs: TargetSpec[], progress: SourceText, fiscalYear: number | null): TargetSpec[] {
  if (!specs.some((s) => s.relative && !s.quantity)) return specs;
  const reading = readProgress(progress.text, fiscalYear);
  const subs = splitSubsections(progress);
  return specs.map((spec) => {
    if (!spec.relative || spec.quantity) return spec;
    const scope = (subsectionFor(subs, spec.subNo) ?? subs).map((s) => [s.offset, s.offset + s.text.length] as const);
    const baselines = reading.figures.filter(
      (f) => f.role === "baseline" && scope.some(([a, b]) => f.token.start >= a && f.token.start < b),
    );
    const base = baselineFor(spec, baselines);
    const applied = base ? applyRelative(spec.relative, base.token) : null;
    if (!applied || !base) return spec;
    const quantity = { ...applied, period: null, upper: null, alternatives: null };
    const resolved: TargetSpec = { ...spec, quantity, unresolved: null, kind: applied.unit === "%" ? "level" : "cumulative" };
    return resolved;
  });
}
