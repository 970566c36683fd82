import { readNormalizedNumbers } from "../numbers/read-numbers";
import { normalizeText } from "../text/normalize";
import { SUBSET_WORDS } from "../text/word-classes";
import type { NumberRole, NumberToken } from "../numbers/token";
import { coreLabel, cleanLabel, labelAfter } from "./labels";
import { joinWrappedLines } from "./lines";
import { listHeadOf } from "./lists";
import { findPredicates, type PredicateHit } from "./predicates";
import { classify, type Context } from "./figure-roles";
import { labelOf } from "./figure-words";
import type { Figure, FigureRole, ProgressReading } from "./figure-types";

export type { Figure, FigureRole, ProgressReading, Sentence } from "./figure-types";

/** 時点の書き添え：（10月1日現在）、R2.9月末現在、令和2年9月末時点。 */
const AS_OF =
  /\([^()\n]*(現在|時点)[^()\n]*\)|((令和|平成|R|H)?[0-9元]{1,4}[.年/])?[0-9]{1,2}(月末|月|\/[0-9]{1,2}|\.[0-9]{1,2})?(日|末)? ?(現在|時点)/g;
/** これまでの合わせた数を示す句（16年度末までの実績は、開始からの累計）。 */
const TO_DATE = /までの(実績|累計|合計|成果)|これまでの(実績|累計|合計)/;
const BLANKED: NumberRole[] = ["date", "era", "annotation", "ordinal"];

function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 0x3002 || c === 0x0a) {
      const end = c === 0x3002 ? i + 1 : i;
      if (text.slice(start, end).trim()) out.push({ start, end });
      start = i + 1;
    }
  }
  return out;
}

/** 名前を探すための文字列：日付・年号・注記・（…現在）を同じ長さの空白にする。 */
function maskForLabels(text: string, tokens: NumberToken[]): string {
  let out = text.includes("現在") || text.includes("時点") ? text.replace(AS_OF, (m) => " ".repeat(m.length)) : text;
  let parts: string[] | null = null;
  let at = 0;
  for (const t of tokens) {
    if (!BLANKED.includes(t.role) || t.start < at) continue;
    parts ??= [];
    parts.push(out.slice(at, t.start), " ".repeat(t.end - t.start));
    at = t.end;
  }
  if (parts) out = parts.join("") + out.slice(at);
  return out;
}

/** 直前の読み取り（同じ項目の文を続けて読むとき：実績を探したあとの文の状況・担当者の実績）。 */
let last: { source: string; fiscalYear: number | null; units: string; reading: ProgressReading } | null = null;

/**
 * 進捗状況の文を読む：数・役割・名前・文・述語。直前と同じ文・年度・単位なら読み直さない。
 * units を渡すと、その単位の数だけ名前と役割を読む（ほかの単位の数は役割 "unread"：目標と照合しないため）。
 */
export function readProgress(source: string, fiscalYear: number | null, units: readonly string[] | null = null): ProgressReading {
  const key = units ? units.join("\u0001") : "*";
  if (last && last.source === source && last.fiscalYear === fiscalYear && last.units === key) return last.reading;
  const reading = read(source, fiscalYear, units);
  last = { source, fiscalYear, units: key, reading };
  return reading;
}

function read(source: string, fiscalYear: number | null, units: readonly string[] | null): ProgressReading {
  const { text, tokens, toSource } = readNormalizedNumbers(source, joinWrappedLines, fiscalYear);
  const masked = maskForLabels(text, tokens);
  const spans = splitSentences(text);
  const hits = findPredicates(text);
  const ctx: Context = {
    text,
    masked,
    hits,
    fiscalYear,
    tokens,
    subsetAt: wordPositions(text, SUBSET_WORDS),
    subsets: new Set(),
    hasCumulative: /累計|累積|通算/.test(text),
    hasFuture: hits.some((h) => h.kind === "future"),
  };
  const figures: Figure[] = [];
  let floor = 0;
  let sentenceNo = -1;
  let prev: NumberToken | null = null;
  let lastCounted: Figure | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as NumberToken;
    let sentence = sentenceNo < 0 ? 0 : sentenceNo;
    while (sentence + 1 < spans.length && token.start >= (spans[sentence] as Span).end) sentence++;
    if (sentence !== sentenceNo) {
      floor = spans[sentence]?.start ?? 0;
      prev = null;
    }
    sentenceNo = sentence;
    const span = spans[sentence] ?? { start: 0, end: text.length };
    const counts = token.role === "quantity" || token.role === "relative";
    const wanted = counts && (units === null || units.includes(token.unit) || token.of !== undefined);
    const figure = wanted
      ? figureAt(ctx, toSource, token, k, span, sentence, floor, prev)
      : plainFigure(toSource, token, k, sentence, counts ? "unread" : (token.role as FigureRole));
    // 内訳の括弧の数（嘱託職員8人（うち司書8人））の名前は、親の数の名前を頭に付ける
    const parent = figure.breakdownOf !== null ? figures[figure.breakdownOf] : undefined;
    if (figure.role === "subset" && parent?.core) figure.core = `${parent.core}${figure.core}`;
    inheritListLabel(masked, figure, lastCounted);
    if (wanted && token.role === "quantity") figure.listHead = listHeadOf(masked, figure, lastCounted);
    figures.push(figure);
    if (token.role === "quantity" && wanted) lastCounted = figure;
    if (token.role === "quantity") {
      floor = token.end;
      prev = token;
    }
  }
  for (const t of tokens) {
    t.start = toSource(t.start);
    t.end = toSource(t.end);
  }
  for (const h of hits) {
    h.at = toSource(h.at);
    h.end = toSource(h.end);
  }
  const sentences = spans.map((s) => ({ start: toSource(s.start), end: toSource(s.end) }));
  const predicates = hits;
  return { source, figures, sentences, predicates };
}

type Span = { start: number; end: number };

/** 内訳の語の出てくる位置（小さい順）。「4項目のうち、」のように読点が続くものは「…の中で」で、内訳ではない。 */
function wordPositions(text: string, words: readonly string[]): number[] {
  const out: number[] = [];
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) if (!/^[、,，\s]/.test(text.charAt(at + w.length))) out.push(at);
  }
  return out.sort((a, b) => a - b);
}

/** 実績になり得る数：名前・役割・根拠の語。 */
function figureAt(
  ctx: Context,
  toSource: (i: number) => number,
  token: NumberToken,
  k: number,
  span: Span,
  sentence: number,
  floor: number,
  prev: NumberToken | null,
): Figure {
  const { raw, own, ownFrom, from, outerAt } = labelOf(ctx.masked, token, floor, span.start);
  const roles = classify(ctx, token, own, ctx.text.slice(ownFrom, token.start), span, k, prev);
  const label = cleanLabel(raw);
  const labelFrom = toSource(from);
  return {
    index: k,
    token,
    role: roles.role,
    total: roles.total,
    cumulative: roles.cumulative,
    toDate: TO_DATE.test(ctx.text.slice(span.start, token.start)),
    earlier: roles.earlier,
    breakdownOf: roles.breakdownOf,
    label,
    core: coreLabel(label),
    after: labelAfter(ctx.masked, token.end),
    outer: outerAt ? null : "",
    outerAt,
    labelFrom,
    words: null,
    view: null,
    sentence,
    listHead: null,
  };
}

/**
 * 名前のない数が、同じ単位の名前のある数の並びの続きなら、その名前を引き継ぐ
 * （諏訪園：2020年2人、2021年2人 の 2 つめの 2人 も「諏訪園」）。間にあるのが読点と日付だけのとき。
 */
function inheritListLabel(masked: string, figure: Figure, last: Figure | null): void {
  if (figure.core || (figure.role !== "actual" && figure.role !== "baseline") || !last || !last.core) return;
  if (last.token.unit !== figure.token.unit || last.sentence !== figure.sentence) return;
  if (!/^[\s、,・]*$/.test(masked.slice(last.token.end, figure.token.start))) return;
  figure.core = last.core;
  figure.label = last.label;
}

/** 日付・年号・序数などの数（名前は読まない）。 */
function plainFigure(toSource: (i: number) => number, token: NumberToken, k: number, sentence: number, role: FigureRole): Figure {
  const start = toSource(token.start);
  return {
    index: k,
    token,
    role,
    total: false,
    cumulative: false,
    toDate: false,
    earlier: false,
    breakdownOf: null,
    label: "",
    core: "",
    after: "",
    outer: "",
    outerAt: null,
    labelFrom: start,
    words: null,
    view: null,
    sentence,
    listHead: null,
  };
}

const predicateCache = new Map<string, PredicateHit[]>();

/** 文の述語だけを読む（数の役割は読まない：文の目標の状況のため）。位置は元の文字列での位置。 */
export function readPredicates(source: string): PredicateHit[] {
  const cached = predicateCache.get(source) ?? (last?.source === source ? last.reading.predicates : undefined);
  if (cached) return cached;
  if (predicateCache.size > 16) predicateCache.clear();
  const normalized = normalizeText(source);
  const hits = findPredicates(joinWrappedLines(normalized.text)).map((h) => ({
    at: normalized.toSource(h.at),
    end: normalized.toSource(h.end),
    kind: h.kind,
    word: h.word,
  }));
  predicateCache.set(source, hits);
  return hits;
}

export { candidateOf, evidenceWords, figureWords, outerOf } from "./figure-words";
