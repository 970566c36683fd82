import { readNormalizedNumbers } from "../numbers/read-numbers";
import type { NumberRole, NumberToken } from "../numbers/token";
import { coreLabel, cleanLabel, labelAfter, labelBefore } from "./labels";
import { joinWrappedLines } from "./lines";
import { findPredicates, type PredicateHit } from "./predicates";
import { bracketOf, classify, type Context } from "./figure-roles";

/**
 * 進捗状況の文の中の数の役割。actual：実績になり得る数 / plan：予定の数 / baseline：前年度などの比べる前の数 /
 * subset：うち・内訳の数 / goal：目標値を書き直した数 / ほかは数の読み取りの役割（日付・年号・序数…）。
 */
export type FigureRole = "actual" | "plan" | "baseline" | "subset" | "goal" | Exclude<NumberRole, "quantity">;

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
  /** 数の前の名前（助詞などを落としたもの） */
  label: string;
  /** 比べるための名前（実績などの一般的な語・出どころ・時点を除いたもの。空なら「別の名前」ではない） */
  core: string;
  /** 数の後ろの語（50名が参加 の「参加」） */
  after: string;
  /** 根拠の語（名前から数まで） */
  words: string;
  /** 名前の始まり */
  labelFrom: number;
  /** 文の番号 */
  sentence: number;
  /** 数のすぐ後ろの括弧の中の数（120件（電話80件、来所40件））なら、その前の数の番号 */
  breakdownOf: number | null;
}

/** 文（句点か、つながっていない改行で区切った範囲）。 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
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
const BLANKED: NumberRole[] = ["date", "era", "annotation", "ordinal"];

function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charAt(i);
    if (i === text.length || ch === "。" || ch === "\n") {
      const end = ch === "。" ? i + 1 : i;
      if (text.slice(start, end).trim()) out.push({ start, end });
      start = i + 1;
    }
  }
  return out;
}

/** 名前を探すための文字列：日付・年号・注記・（…現在）を同じ長さの空白にする。 */
function maskForLabels(text: string, tokens: NumberToken[]): string {
  const chars = text.replace(AS_OF, (m) => " ".repeat(m.length)).split("");
  for (const t of tokens) if (BLANKED.includes(t.role)) for (let i = t.start; i < t.end; i++) chars[i] = " ";
  return chars.join("");
}

const cache = new Map<string, ProgressReading>();

/** 進捗状況の文を読む：数・役割・名前・文・述語。同じ文と年度は一度だけ読む。 */
export function readProgress(source: string, fiscalYear: number | null): ProgressReading {
  const key = `${fiscalYear ?? ""}\u0000${source}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size > 5000) cache.clear();
  const reading = read(source, fiscalYear);
  cache.set(key, reading);
  return reading;
}

function read(source: string, fiscalYear: number | null): ProgressReading {
  const { text, tokens, toSource } = readNormalizedNumbers(source, joinWrappedLines);
  const masked = maskForLabels(text, tokens);
  const spans = splitSentences(text);
  const hits = findPredicates(text);
  const ctx: Context = { text, masked, hits, fiscalYear };
  const figures: Figure[] = [];
  let floor = 0;
  let sentenceNo = -1;
  tokens.forEach((token, k) => {
    const sentence = Math.max(0, spans.findIndex((s) => token.start >= s.start && token.start < s.end));
    if (sentence !== sentenceNo) floor = spans[sentence]?.start ?? 0;
    sentenceNo = sentence;
    const { raw, own, from } = labelOf(masked, token, floor);
    const roles = classify(ctx, token, own, spans[sentence] ?? { start: 0, end: text.length }, tokens, k);
    const label = cleanLabel(raw);
    figures.push({
      index: k,
      token: { ...token, start: toSource(token.start), end: toSource(token.end) },
      ...roles,
      label,
      core: coreLabel(label),
      after: labelAfter(masked, token.end),
      words: evidenceWords(source.slice(toSource(from), toSource(token.end))),
      labelFrom: toSource(from),
      sentence,
    });
    if (token.role === "quantity" || token.role === "relative") floor = token.end;
  });
  const sentences = spans.map((s) => ({ start: toSource(s.start), end: toSource(s.end), text: source.slice(toSource(s.start), toSource(s.end)) }));
  const predicates = hits.map((h) => ({ ...h, at: toSource(h.at), end: toSource(h.end) }));
  return { source, figures, sentences, predicates };
}

/** 数の名前：頻度の語の前から探し、括弧の中で名前がなければ括弧の前の名前（弁護士相談(奇数月2回…)）。 */
function labelOf(masked: string, token: NumberToken, floor: number): { raw: string; own: string; from: number } {
  const period = token.period ? PERIOD_BEFORE.exec(masked.slice(floor, token.start)) : null;
  const start = period ? floor + period.index : token.start;
  const found = labelBefore(masked, start, floor);
  const bracket = cleanLabel(found.raw) ? null : bracketOf(masked, token.start, 0);
  if (!bracket) return { ...found, own: found.raw };
  const outer = labelBefore(masked, bracket.open, 0);
  return { raw: outer.raw, own: found.raw, from: outer.from };
}

/** 根拠の語の頭の ①・（1）・中黒・空白・開き括弧を落とす。 */
export function evidenceWords(text: string): string {
  return text
    .replace(/^[\s\u3000、，,・･]*([①-⑳])?[\s\u3000・･]*([（(][0-9０-９]{1,2}[）)])?[\s\u3000、，,・･:：]*/, "")
    .replace(/^[（(「]/, "")
    .replace(/\s*\n\s*/g, "")
    .trim();
}
