import type { NumberToken } from "../numbers/token";
import { BASELINE_WORDS, CUMULATIVE_WORDS, GOAL_WORDS, RATIO_NAME_END, findWord } from "../text/word-classes";
import type { FigureRole } from "./figures";
import { cleanLabel, coreLabel } from "./labels";
import type { PredicateHit } from "./predicates";
import { bracketOf } from "./brackets";

/** 役割を決めるための材料（位置はすべて正規化後の文字列での位置）。 */
export interface Context {
  text: string;
  masked: string;
  hits: PredicateHit[];
  fiscalYear: number | null;
  tokens: NumberToken[];
  /** 文に 累計・累積・通算 があるか */
  hasCumulative: boolean;
  /** うち・内訳 の位置（なければ内訳を探さない） */
  subsetAt: number[];
  /** 内訳と決めた数の番号（その後ろの括弧の数も内訳） */
  subsets: Set<number>;
  /** 文に 下半期・今後 などの時の語があるか */
  hasFuture: boolean;
}

interface Span {
  start: number;
  end: number;
}

/** 文の中の（時の語でない）述語か。 */
const real = (h: PredicateHit, sentence: Span): boolean => h.kind !== "future" && h.at >= sentence.start && h.at < sentence.end;

/** 句の述語（予定・実施・中止…）。括弧の中の数は括弧の前の述語、なければ括弧の後ろの述語に従う。 */
function governing(ctx: Context, token: NumberToken, sentence: Span): PredicateHit | null {
  const bracket = bracketOf(ctx.text, token.start, sentence.start);
  if (bracket) {
    let before: PredicateHit | null = null;
    for (const h of ctx.hits) if (real(h, sentence) && h.end <= bracket.open) before = h;
    if (before) return before;
    for (const h of ctx.hits) if (real(h, sentence) && h.at >= bracket.close) return h;
    return null;
  }
  let hit: PredicateHit | null = null;
  for (const h of ctx.hits) {
    if (real(h, sentence) && h.at >= token.end) {
      hit = h;
      break;
    }
  }
  // 「1,357km（達成率99.8%）で、…を目指す」：で・が で終わる句の数は、次の句の述語に従わない
  const cut = clauseEnd(ctx.text, token.end, sentence.end);
  return hit && hit.at < cut ? hit : null;
}

/** 数の後ろで、述語なしに句が終わる所（「で、」「が、」）。なければ文の終わり。 */
function clauseEnd(text: string, from: number, end: number): number {
  const m = /(で|が|は)[、,]/.exec(text.slice(from, end));
  return m ? from + m.index : end;
}

/** 数の前（前の述語・前の数より後ろ）に 下半期・今後 などの時の語があるか。 */
function futureBefore(ctx: Context, token: NumberToken, sentence: Span, floor: number): boolean {
  if (!ctx.hasFuture) return false;
  let from = Math.max(sentence.start, floor);
  for (const h of ctx.hits) if (h.kind !== "future" && h.end <= token.start && h.end > from) from = h.end;
  return ctx.hits.some((h) => h.kind === "future" && h.at >= from && h.at < token.start);
}

/** 名前に 前年度・前回 などがあり、その後に「を上回る」「より」のような比べる言い方が続かない。 */
const MAY_BE_BASELINE = new RegExp(`[${[...new Set(BASELINE_WORDS.map((w) => w.charAt(0)))].join("")}]`);

function isBaseline(label: string): boolean {
  if (!MAY_BE_BASELINE.test(label)) return false;
  const found = findWord(label, BASELINE_WORDS);
  if (!found) return false;
  return !/(を|より|比)/.test(label.slice(found.at + found.word.length));
}

/**
 * 数を囲む括弧の頭（最初の数より前）が 基準値・前年度 などなら、括弧の中の数はみな比べる前の値
 * （（H20基準値：満野→双海20分、満野→本庁40分） の 40分 も基準値）。
 */
function baselineBracket(ctx: Context, token: NumberToken, sentence: Span): boolean {
  const bracket = bracketOf(ctx.text, token.start, sentence.start);
  if (!bracket) return false;
  const first = ctx.tokens.find((t) => t.start > bracket.open && t.role === "quantity");
  if (!first || first === token) return false;
  return isBaseline(ctx.text.slice(bracket.open + 1, first.start));
}

/** 前と同じことを示す語（表の「同」「同上」「〃」）。この名前の数は、前の括弧の名前を受ける。 */
const DITTO = /^[\s(]*(同上|同|〃|仝)[・:\s]*$/;

/** 名前が「同」だけの数（風水害の死亡者数（同・ゼロ）、交通事故死者数（同・25人以下））の、前の括弧の頭の語（目標値・）。 */
function dittoHead(ctx: Context, token: NumberToken, plainLabel: string, sentence: Span): string {
  if (!DITTO.test(plainLabel)) return "";
  let at = bracketOf(ctx.text, token.start, sentence.start)?.open ?? token.start;
  for (;;) {
    at = ctx.text.lastIndexOf("(", at - 1);
    if (at < sentence.start) return "";
    const head = /^[^0-9()]*/.exec(ctx.text.slice(at + 1, token.start))?.[0] ?? "";
    if (!/^[\s(]*(同上|同|〃|仝)/.test(head)) return head;
  }
}

/** うち・内訳 の後ろの数か（間に述語がなく、括弧の中なら同じ括弧の中）。 */
function isSubset(ctx: Context, token: NumberToken, sentence: Span): boolean {
  if (ctx.subsetAt.length === 0) return false;
  let u = -1;
  for (const at of ctx.subsetAt) if (at >= sentence.start && at < token.start) u = at;
  if (u < 0) return false;
  const bracket = bracketOf(ctx.text, token.start, sentence.start);
  if (bracket && u < bracket.open) return false;
  // 内訳は句の中だけ：うち の括弧が閉じたら終わり、読点は数の並び（新規40件、継続80件）のときだけ続く
  // （「724人のうち女性委員は196人で、女性の割合は27.1％」の 27.1％ は内訳ではない）
  const between = ctx.text.slice(u, token.start).replace(/\([^()]*\)/g, "");
  if (/[)。]/.test(between) || /[\u3041-\u3093][、,]/.test(between)) return false;
  const first = ctx.tokens.find((t) => t.start > u && t.role === "quantity");
  if (first && first !== token && first.unit !== token.unit) return false;
  return !ctx.hits.some((h) => h.kind !== "future" && h.at > u && h.end <= token.start);
}

/** 括弧の前の数（親）が内訳か（総数55のうち49（89.1％）の 89.1％ も内訳）。 */
function parentIsSubset(ctx: Context, parent: number | null, sentence: Span): boolean {
  if (parent === null) return false;
  const token = ctx.tokens[parent];
  return ctx.subsets.has(parent) || (!!token && isSubset(ctx, token, sentence));
}

/** 数のすぐ後ろの括弧の見込みの注記（438人（2003年11月現在の見込み値））。この数はまだ実績ではない。 */
const ESTIMATE_AFTER = /^\s*\([^()]*(見込|予定|推計)[^()]*\)/;

const TOTAL = /(合計|総計|総数|延べ|のべ|述べ|(^|[^\u4e00-\u9fff])計(?![画測算上])|全体で)/;

/** 直前の数の直後の括弧の中なら、その数の番号（内訳の括弧）。 */
function breakdownOf(ctx: Context, token: NumberToken, k: number, sentence: Span): number | null {
  const open = ctx.text.indexOf("(", sentence.start);
  if (open < 0 || open >= token.start) return null;
  if (ctx.text.lastIndexOf(")", token.start) > ctx.text.lastIndexOf("(", token.start)) return null;
  const bracket = bracketOf(ctx.text, token.start, sentence.start);
  if (!bracket) return null;
  for (let j = k - 1; j >= 0; j--) {
    const prev = ctx.tokens[j] as NumberToken;
    if (prev.start >= bracket.open) continue;
    if (prev.role !== "quantity") return null;
    return ctx.text.slice(prev.end, bracket.open).trim() === "" ? j : null;
  }
  return null;
}

/** 数の役割（予定・比べる前・内訳・目標・実績）と、計・累計の印を決める。 */
export function classify(
  ctx: Context,
  token: NumberToken,
  rawLabel: string,
  plainLabel: string,
  sentence: Span,
  k: number,
  prev: NumberToken | null,
) {
  if (token.role !== "quantity")
    return { total: false, cumulative: false, earlier: false, breakdownOf: null, role: token.role as FigureRole };
  const floor = prev && prev.end > sentence.start ? prev.end : sentence.start;
  const hit = governing(ctx, token, sentence);
  const fy = ctx.fiscalYear;
  const next = ctx.text.slice(token.end, token.end + 24);
  const cumulative =
    (ctx.hasCumulative && findWord(rawLabel, CUMULATIVE_WORDS) !== null) || (next.includes("累") && /^\s*\(?(累計|累積)/.test(next));
  // 率・比の数は足し合わせないので、合計の語があっても計ではない（合計特殊出生率）
  const total = TOTAL.test(rawLabel) && token.unitKind !== "level" && !RATIO_NAME_END.test(coreLabel(cleanLabel(rawLabel)));
  const extra = { total, cumulative, breakdownOf: breakdownOf(ctx, token, k, sentence) };
  const ditto = dittoHead(ctx, token, plainLabel, sentence);
  let role: FigureRole = "actual";
  if (
    hit?.kind === "plan" ||
    (next.includes("(") && ESTIMATE_AFTER.test(next)) ||
    futureBefore(ctx, token, sentence, floor) ||
    (fy !== null && token.year !== null && token.year > fy)
  )
    role = "plan";
  else if ((next.includes("対") && /^\s*(に対して|に対し)/.test(next)) || /^\s*(の|という)目標/.test(next)) role = "goal";
  else if (GOAL_WORDS.some((w) => ditto.includes(w))) role = "goal";
  else if (
    isBaseline(plainLabel) ||
    isBaseline(ditto) ||
    (fy !== null && token.year !== null && token.year < fy) ||
    baselineBracket(ctx, token, sentence)
  )
    role = "baseline";
  else if (isSubset(ctx, token, sentence) || parentIsSubset(ctx, extra.breakdownOf, sentence)) role = "subset";
  else if (rawLabel.includes("目標") || rawLabel.includes("計画値") || rawLabel.includes("見込値")) {
    const clean = cleanLabel(rawLabel);
    if (GOAL_WORDS.some((w) => clean.endsWith(w))) role = "goal";
  }
  if (role === "subset") ctx.subsets.add(k);
  const earlier = fy !== null && token.year !== null && token.year < fy && !isBaseline(plainLabel);
  return { total: extra.total, cumulative: extra.cumulative, earlier, breakdownOf: extra.breakdownOf, role };
}
