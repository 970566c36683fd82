import type { TargetSpec } from "../targets/target";
import { contextGrams, gramOverlap, labelGrams, mentions } from "../targets/names";
import { ACTION_NOUNS } from "../text/word-classes";
import type { Figure } from "./figures";

/** 内訳の目標（嘱託職員のうち司書数）か。内訳の数（うち司書8人）はこの目標にだけ当てる。 */
export function isSubsetTarget(target: TargetSpec): boolean {
  return /(うち|内訳|内数)/.test(target.text);
}

/** 単位と頻度が合うか（毎月1回 の目標には 毎月2回 の実績だけ。年・年間は頻度なしと同じ）。内訳の数は内訳の目標にだけ。 */
export function compatible(target: TargetSpec, figure: Figure): boolean {
  const q = target.quantity;
  if (!q || q.unit !== figure.token.unit) return false;
  if (figure.role === "subset" && !isSubsetTarget(target)) return false;
  const inSpan = target.multiYear && (target.spanStart === null || (figure.token.year ?? 0) >= target.spanStart);
  if (figure.role === "baseline" && !(figure.earlier && (inSpan || figure.token.year === target.year))) return false;
  const levelPeriod = (p: string | null): string | null => (p === "年" ? null : p);
  return levelPeriod(q.period) === levelPeriod(figure.token.period);
}

/** 数の後ろの語のうち、名前として比べてよいもの（開催・参加などの動作名詞は名前ではない）。 */
function afterName(figure: Figure): string {
  return figure.after === "" || ACTION_NOUNS.some((w) => figure.after.startsWith(w)) ? "" : figure.after;
}

interface SpecGrams {
  context: Set<string>;
  full: Set<string>;
  name: Set<string>;
}
const specGrams = new WeakMap<TargetSpec, SpecGrams>();

/** 目標の文脈・取組を含む文脈・名前の 2 文字組（目標ごとに一度だけ作る）。 */
function gramsOf(t: TargetSpec): SpecGrams {
  let g = specGrams.get(t);
  if (!g) {
    g = { context: contextGrams(t.context), full: contextGrams(t.fullContext), name: labelGrams(t.name) };
    specGrams.set(t, g);
  }
  return g;
}

const overlapIn = (label: string, grams: Set<string>): number | null => (label ? gramOverlap(labelGrams(label), grams) : null);

/**
 * 数がその目標のものらしい度合い（0 以上）。名前がなければ null（判断材料なし）。
 * 数の名前（前・後ろ）が目標の文脈にどれだけあるか ＋ 目標の名前が数の名前にどれだけあるか（半分の重み）。
 */
export function score(target: TargetSpec, figure: Figure): number | null {
  const after = afterName(figure);
  const grams = gramsOf(target);
  const forward = overlapIn(figure.core, grams.context);
  const forwardAfter = overlapIn(after, grams.context);
  if (forward === null && forwardAfter === null) return null;
  const backward = figure.core ? (gramOverlap(grams.name, labelGrams(figure.core)) ?? 0) : 0;
  return Math.max(forward ?? 0, (forwardAfter ?? 0) * 0.8) + 0.5 * backward;
}

/**
 * 目標がその単位で 1 つだけのとき、数の名前が目標と食い違うか。
 * neutral：名前がない（実績・出どころ・時点だけ）/ fit：目標の文脈（取組の文を含む）と重なる / conflict：別の名前。
 */
export function labelFit(target: TargetSpec, figure: Figure): "fit" | "neutral" | "conflict" {
  const after = afterName(figure);
  if (!figure.core && !after) return "neutral";
  const full = gramsOf(target).full;
  const a = overlapIn(figure.core, full) ?? 0;
  const b = overlapIn(after, full) ?? 0;
  return a > 0 || b > 0 ? "fit" : figure.core ? "conflict" : "neutral";
}

/** 予定の数（下半期に2社導入予定）がこの目標のものか。 */
export function plannedFor(target: TargetSpec, group: TargetSpec[], figure: Figure): boolean {
  const fits = group.filter((t) => compatible(t, figure));
  if (fits.length === 1) return fits[0] === target;
  let best: TargetSpec | null = null;
  let bestScore = 0;
  for (const t of fits) {
    const s = score(t, figure) ?? 0;
    if (s > bestScore) {
      best = t;
      bestScore = s;
    }
  }
  return best === target;
}

/** 文がこの目標のことを言っているか（目標の名前が出てくる）。 */
export function aboutTarget(target: TargetSpec, sentence: string): boolean {
  return mentions(sentence, target.name);
}
