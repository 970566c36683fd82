import type { TargetSpec } from "../targets/target";
import { contextGrams, gramOverlap, labelGrams, mentions, type Grams } from "../targets/names";
import { ACTION_NOUNS, wordAt } from "../text/word-classes";
import { outerOf, type Figure } from "./figures";

/** 内訳の目標（嘱託職員のうち司書数）か。内訳の数（うち司書8人）はこの目標にだけ当てる。 */
export function isSubsetTarget(target: TargetSpec): boolean {
  return /(うち|内訳|内数)/.test(target.text);
}

/** 単位のない 0 の目標（死亡者数ゼロ）には、数える単位の数（12人）が合う。 */
const zeroOf = (q: { value: number; unit: string }, figure: Figure): boolean =>
  q.value === 0 && q.unit === "" && figure.token.unitKind === "count";

/** 分母が目標の値の分数（5.15/5.5人：実績/目標）の分子は、分母に書いた単位が目標の単位と違っても（冊/人 の「人」）その目標の数。 */
const fractionOf = (q: { value: number }, figure: Figure): boolean =>
  figure.token.of !== undefined && Math.abs(figure.token.of - q.value) < 1e-9 * Math.max(1, q.value);

/** 単位と頻度が合うか（毎月1回 の目標には 毎月2回 の実績だけ。年・年間は頻度なしと同じ）。内訳の数は内訳の目標にだけ。 */
export function compatible(target: TargetSpec, figure: Figure): boolean {
  const q = target.quantity;
  if (!q || (q.unit !== figure.token.unit && !zeroOf(q, figure) && !fractionOf(q, figure))) return false;
  if (figure.role === "subset" && !isSubsetTarget(target)) return false;
  const inSpan = target.multiYear && (target.spanStart === null || (figure.token.year ?? 0) >= target.spanStart);
  if (figure.role === "baseline" && !(figure.earlier && (inSpan || figure.token.year === target.year))) return false;
  const levelPeriod = (p: string | null): string | null => (p === "年" ? null : p);
  return levelPeriod(q.period) === levelPeriod(figure.token.period);
}

/** 数の後ろの語のうち、名前として比べてよいもの（開催・参加などの動作名詞は名前ではない）。 */
function afterName(figure: Figure): string {
  return figure.after === "" || wordAt(figure.after, 0, ACTION_NOUNS) !== null ? "" : figure.after;
}

interface SpecGrams {
  context: Grams;
  /** 取組の文（項目の目標の間で同じ文なら同じ組） */
  action: Grams;
  name: Grams;
}
const specGrams = new WeakMap<TargetSpec, SpecGrams>();

/** 目標の文脈・取組の文・名前の 2 文字組（目標ごとに一度だけ作る。取組の文の組は同じ文の目標で共有）。 */
function gramsOf(t: TargetSpec): SpecGrams {
  let g = specGrams.get(t);
  if (!g) {
    g = { context: contextGrams(t.context), action: contextGrams(t.actionContext), name: labelGrams(t.name) };
    specGrams.set(t, g);
  }
  return g;
}

const overlapIn = (label: string, grams: Grams): number | null => (label ? gramOverlap(labelGrams(label), grams) : null);

/**
 * 数がその目標のものらしい度合い（0 以上）。名前がなければ null（判断材料なし）。
 * 数の名前（前・後ろ・括弧の前の句）が目標の文脈にどれだけあるか ＋ 目標の名前が数の名前にどれだけあるか（半分の重み）。
 */
export function score(target: TargetSpec, figure: Figure): number | null {
  const after = afterName(figure);
  const grams = gramsOf(target);
  const forward = overlapIn(figure.core, grams.context);
  const forwardAfter = overlapIn(after, grams.context);
  if (forward === null && forwardAfter === null) return null;
  const backward = figure.core ? (gramOverlap(grams.name, labelGrams(figure.core)) ?? 0) : 0;
  const own = Math.max(forward ?? 0, (forwardAfter ?? 0) * 0.8);
  // 括弧の前の句は 0.8 の重み：それより合う名前があれば読まない
  const outer = own < 0.8 && figure.outerAt ? (overlapIn(outerOf(figure), grams.context) ?? 0) * 0.8 : 0;
  return Math.max(own, outer) + 0.5 * backward;
}

/**
 * 目標がその単位で 1 つだけのとき、数の名前が目標と食い違うか。
 * neutral：名前がない（実績・出どころ・時点だけ）/ fit：目標の文脈（取組の文を含む）と重なる / conflict：別の名前。
 */
export function labelFit(target: TargetSpec, figure: Figure): "fit" | "neutral" | "conflict" {
  const after = afterName(figure);
  if (!figure.core && !after) return "neutral";
  const grams = gramsOf(target);
  if (meets(figure.core, grams) || meets(after, grams) || (figure.outerAt && meets(outerOf(figure), grams))) return "fit";
  return figure.core ? "conflict" : "neutral";
}

/** 名前が目標の文脈か取組の文と 1 組でも重なるか。 */
function meets(label: string, grams: SpecGrams): boolean {
  return (overlapIn(label, grams.context) ?? 0) > 0 || (overlapIn(label, grams.action) ?? 0) > 0;
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
