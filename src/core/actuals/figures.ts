import { readNormalizedNumbers } from "../numbers/read-numbers";
import { normalizeText } from "../text/normalize";
import { SUBSET_WORDS } from "../text/word-classes";
import type { NumberRole, NumberToken } from "../numbers/token";
import { coreLabel, cleanLabel, labelAfter, labelBefore } from "./labels";
import { joinWrappedLines } from "./lines";
import { listHeadOf } from "./lists";
import { findPredicates, type PredicateHit } from "./predicates";
import { bracketOf, classify, type Context } from "./figure-roles";

/**
 * 進捗状況の文の中の数の役割。actual：実績になり得る数 / plan：予定の数 / baseline：前年度などの比べる前の数 /
 * subset：うち・内訳の数 / goal：目標値を書き直した数 / unread：目標と単位が合わないので読まなかった数 /
 * ほかは数の読み取りの役割（日付・年号・序数…）。
 */
export type FigureRole = "actual" | "plan" | "baseline" | "subset" | "goal" | "unread" | Exclude<NumberRole, "quantity">;

/** 進捗状況の文の中の 1 つの数と、その前後の語。位置は元の文字列での位置。 */
export interface Figure {
  /** 文の中の数の番号（breakdownOf が指す番号） */
  index: number;
  token: NumberToken;
  role: FigureRole;
  /** 計・合計・延べ・総数 の数 */
  total: boolean;
  /** 累計の数 */
  cumulative: boolean;
  /** 「〜までの実績は」の文の数（何年かにわたる目標では、これまでの合わせた数） */
  toDate: boolean;
  /** シートの年度より前の年度の数（役割は baseline。何年かにわたる目標では部分になり得る） */
  earlier: boolean;
  /** 数の前の名前（助詞などを落としたもの） */
  label: string;
  /** 比べるための名前（実績などの一般的な語・出どころ・時点を除いたもの。空なら「別の名前」ではない） */
  core: string;
  /** 数の後ろの語（50名が参加 の「参加」） */
  after: string;
  /** 括弧の中の名前のある数の、括弧の前の句（…取組を実施した（実施率100％） の「…取組を実施した」）。要るときに outerOf が作る（まだなら null） */
  outer: string | null;
  /** outer を作るための文字列（名前を探すための文字列）と括弧の開きの位置。括弧の中の名前のある数でなければ null */
  outerAt: { masked: string; open: number } | null;
  /** 名前の始まり */
  labelFrom: number;
  /** 根拠の語（figureWords が要るときに作る） */
  words: string | null;
  /** 担当者に示す候補（candidateOf が要るときに作り、目標の間で共有する） */
  view: { value: number; unit: string; text: string } | null;
  /** 文の番号 */
  sentence: number;
  /** 読点で並べた同じ単位の数の続きなら、並びの最初の数の番号（lists.ts）。なければ null */
  listHead: number | null;
  /** 数のすぐ後ろの括弧の中の数（120件（電話80件、来所40件））なら、その前の数の番号 */
  breakdownOf: number | null;
}

/** 文（句点か、つながっていない改行で区切った範囲。文字列は source.slice(start, end)）。 */
export interface Sentence {
  start: number;
  end: number;
}

/** 進捗状況の文を読んだ結果。 */
export interface ProgressReading {
  source: string;
  figures: Figure[];
  sentences: Sentence[];
  /** 述語（実施した・予定・中止…）。位置は元の文字列での位置 */
  predicates: PredicateHit[];
}

/** 時点の書き添え：（10月1日現在）、R2.9月末現在、令和2年9月末時点。 */
const AS_OF = /\([^()\n]*(現在|時点)[^()\n]*\)|((令和|平成|R|H)?[0-9元]{1,4}[.年/])?[0-9]{1,2}(月末|月|\/[0-9]{1,2}|\.[0-9]{1,2})?(日|末)? ?(現在|時点)/g;
/** 頻度の語（毎月1回 の「毎月」）。名前はこの前から探す。 */
const PERIOD_BEFORE = /(奇数月|偶数月|毎月|毎週|毎日|毎年|年間|月|週|年) *$/;
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
  const ctx: Context = { text, masked, hits, fiscalYear, tokens, subsetAt: wordPositions(text, SUBSET_WORDS), subsets: new Set(), hasCumulative: /累計|累積|通算/.test(text), hasFuture: hits.some((h) => h.kind === "future") };
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
    const figure = wanted ? figureAt(ctx, toSource, token, k, span, sentence, floor, prev) : plainFigure(toSource, token, k, sentence, counts ? "unread" : (token.role as FigureRole));
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
function figureAt(ctx: Context, toSource: (i: number) => number, token: NumberToken, k: number, span: Span, sentence: number, floor: number, prev: NumberToken | null): Figure {
  const { raw, own, ownFrom, from, outerAt } = labelOf(ctx.masked, token, floor, span.start);
  const roles = classify(ctx, token, own, ctx.text.slice(ownFrom, token.start), span, k, prev);
  const label = cleanLabel(raw);
  const labelFrom = toSource(from);
  return {
    index: k, token, role: roles.role, total: roles.total, cumulative: roles.cumulative, toDate: TO_DATE.test(ctx.text.slice(span.start, token.start)), earlier: roles.earlier,
    breakdownOf: roles.breakdownOf, label, core: coreLabel(label), after: labelAfter(ctx.masked, token.end), outer: outerAt ? null : "", outerAt, labelFrom, words: null, view: null, sentence, listHead: null,
  };
}

/**
 * 名前のない数が、同じ単位の名前のある数の並びの続きなら、その名前を引き継ぐ
 * （諏訪園：2020年2人、2021年2人 の 2 つめの 2人 も「諏訪園」）。間にあるのが読点と日付だけのとき。
 */
function inheritListLabel(masked: string, figure: Figure, last: Figure | null): void {
  if (figure.core || figure.role !== "actual" && figure.role !== "baseline" || !last || !last.core) return;
  if (last.token.unit !== figure.token.unit || last.sentence !== figure.sentence) return;
  if (!/^[\s、,・]*$/.test(masked.slice(last.token.end, figure.token.start))) return;
  figure.core = last.core;
  figure.label = last.label;
}

/** 日付・年号・序数などの数（名前は読まない）。 */
function plainFigure(toSource: (i: number) => number, token: NumberToken, k: number, sentence: number, role: FigureRole): Figure {
  const start = toSource(token.start);
  return {
    index: k, token, role, total: false, cumulative: false, toDate: false, earlier: false, breakdownOf: null,
    label: "", core: "", after: "", outer: "", outerAt: null, labelFrom: start, words: null, view: null, sentence, listHead: null,
  };
}

const predicateCache = new Map<string, PredicateHit[]>();

/** 文の述語だけを読む（数の役割は読まない：文の目標の状況のため）。位置は元の文字列での位置。 */
export function readPredicates(source: string): PredicateHit[] {
  const cached = predicateCache.get(source) ?? (last?.source === source ? last.reading.predicates : undefined);
  if (cached) return cached;
  if (predicateCache.size > 16) predicateCache.clear();
  const normalized = normalizeText(source);
  const hits = findPredicates(joinWrappedLines(normalized.text)).map((h) => ({ at: normalized.toSource(h.at), end: normalized.toSource(h.end), kind: h.kind, word: h.word }));
  predicateCache.set(source, hits);
  return hits;
}

/**
 * 数の名前：頻度の語の前から探し、括弧の中で名前がなければ括弧の前の名前（弁護士相談(奇数月2回…)）。
 * 括弧の中で名前があれば、括弧の開きの位置を outerAt として返す（括弧の前の句は照合のときに outerOf が読む）。
 */
function labelOf(masked: string, token: NumberToken, floor: number, sentenceStart: number): { raw: string; own: string; ownFrom: number; from: number; outerAt: { masked: string; open: number } | null } {
  const period = token.period ? PERIOD_BEFORE.exec(masked.slice(floor, token.start)) : null;
  const start = period ? floor + period.index : token.start;
  const found = labelBefore(masked, start, floor);
  const own = { raw: found.raw, own: found.raw, ownFrom: found.from, from: found.from, outerAt: null };
  if (masked.lastIndexOf("(", token.start) < sentenceStart) return own;
  const bracket = bracketOf(masked, token.start, sentenceStart);
  if (!bracket) return own;
  if (cleanLabel(found.raw) !== "") return { ...own, outerAt: { masked, open: bracket.open } };
  const before = labelBefore(masked, bracket.open, 0);
  return { raw: before.raw, own: found.raw, ownFrom: found.from, from: before.from, outerAt: null };
}

/** 括弧の中の名前のある数の、括弧の前の句（比べるための形）。一度だけ作る。 */
export function outerOf(f: Figure): string {
  if (f.outer === null) f.outer = f.outerAt ? coreLabel(cleanLabel(labelBefore(f.outerAt.masked, f.outerAt.open, 0).raw)) : "";
  return f.outer;
}

/** 数の根拠の語（名前から数まで）。要るときに一度だけ作る。 */
export function figureWords(source: string, f: Figure): string {
  if (f.words === null) f.words = evidenceWords(source.slice(f.labelFrom, f.token.end));
  return f.words;
}

/** 担当者に示す候補（数・単位・語）。同じ数の候補は目標の間で同じものを使う。 */
export function candidateOf(source: string, f: Figure): { value: number; unit: string; text: string } {
  if (f.view === null) f.view = { value: f.token.value, unit: f.token.unit, text: figureWords(source, f) };
  return f.view;
}

/** 根拠の語の頭の ①・（1）・中黒・空白・開き括弧を落とす。 */
export function evidenceWords(text: string): string {
  return text
    .replace(/^[\s\u3000、，,・･]*([①-⑳])?[\s\u3000・･]*([（(][0-9０-９]{1,2}[）)])?[\s\u3000、，,・･:：]*/, "")
    .replace(/^[（(「]/, "")
    .replace(/\s*\n\s*/g, "")
    .trim();
}
