import type { NumberToken } from "../numbers/token";
import { bracketOf } from "./brackets";
import type { Figure } from "./figure-types";
import { cleanLabel, coreLabel, labelBefore } from "./labels";

/** 頻度の語（毎月1回 の「毎月」）。名前はこの前から探す。 */
const PERIOD_BEFORE = /(奇数月|偶数月|毎月|毎週|毎日|毎年|年間|月|週|年) *$/;

/**
 * 数の名前：頻度の語の前から探し、括弧の中で名前がなければ括弧の前の名前（弁護士相談(奇数月2回…)）。
 * 括弧の中で名前があれば、括弧の開きの位置を outerAt として返す（括弧の前の句は照合のときに outerOf が読む）。
 */
export function labelOf(
  masked: string,
  token: NumberToken,
  floor: number,
  sentenceStart: number,
): { raw: string; own: string; ownFrom: number; from: number; outerAt: { masked: string; open: number } | null } {
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
