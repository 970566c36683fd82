import type { NumberToken } from "../numbers/token";
import { BASELINE_WORDS, findWord } from "../text/word-classes";

/** 後ろに同じ単位の目標の数が続くときだけ比べる前の値を表す語（現状値 80件 → 目標値 95件 の「現状値」）。 */
const SERIES_BASELINE_WORDS = ["現状値", "現状", "基準", "実績", "直近", "現在"];
const ALL_BASELINE_WORDS = [...BASELINE_WORDS, ...SERIES_BASELINE_WORDS];
/** 年度ごとの値をつなぐ記号。 */
const SERIES_JOINERS = /[→⇒➡]/;

/** 目標の候補の数（役割つき）。 */
export interface TargetFigure {
  token: NumberToken;
  /** 目標にならない理由（なれば null） */
  dropped: "baseline" | "other-year" | "replaced" | null;
  /** 比べた増減（前年度比5％増）で、絶対値がない */
  relative: boolean;
}

/** 数の前の 12 文字まで（区切りの後ろだけ）。 */
function labelWindow(text: string, t: NumberToken, floor: number): string {
  const from = Math.max(floor, t.start - 12);
  for (let i = t.start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3001 || c === 0x2c || c === 0xff0c || c === 0x3002 || c === 0x0a) return text.slice(i + 1, t.start);
  }
  return text.slice(from, t.start);
}

/** 直後の括弧の中の数（前年度比5％増（8,400人） の 8,400人）。 */
function parenthesizedAfter(text: string, t: NumberToken, next: NumberToken | undefined): boolean {
  if (!next) return false;
  const between = text.slice(t.end, next.start);
  return /^(の)?(増加|減少|増|減|削減|抑制|縮減|アップ|ダウン)?\s*[（(]\s*[^（）()]*$/.test(between) && !/[0-9]/.test(between);
}

/**
 * 目標の文の数から、目標になる数を選ぶ。
 * 現状値・前年度などの比べる前の値は目標ではない。年度ごとの値が並ぶとき（令和元年度 80件 → 令和2年度 95件）は
 * シートの年度の値（なければ最後の値）。比べた増減のすぐ後ろの括弧の数（前年度比5％増（8,400人））は、増減に代わる目標。
 */
export function selectTargetFigures(text: string, tokens: NumberToken[], fiscalYear: number | null): TargetFigure[] {
  const out: TargetFigure[] = tokens.map((token) => ({ token, dropped: null, relative: token.role === "relative" }));
  let floor = 0;
  out.forEach((f, k) => {
    const label = labelWindow(text, f.token, floor);
    let laterSameUnit = false;
    for (let j = k + 1; j < out.length && !laterSameUnit; j++)
      laterSameUnit = (out[j] as TargetFigure).token.unit === f.token.unit && !(out[j] as TargetFigure).relative;
    const base = findWord(label, laterSameUnit ? ALL_BASELINE_WORDS : BASELINE_WORDS);
    if (base && !/(を|より|に比|と比|比)/.test(label.slice(base.at + base.word.length)) && !f.relative) f.dropped = "baseline";
    const next = out[k + 1];
    if (f.relative && next && parenthesizedAfter(text, f.token, next.token)) f.dropped = "replaced";
    if (next?.relative && /^\s*[（(][^（）()]*$/.test(text.slice(f.token.end, next.token.start))) next.dropped = "replaced";
    floor = f.token.end;
  });
  markSeries(text, out, fiscalYear);
  return out;
}

/** 記号（→）や年度でつながった同じ単位の数の並びから、シートの年度（なければ最後）の数を残す。 */
function markSeries(text: string, figures: TargetFigure[], fiscalYear: number | null): void {
  const live = figures.filter((f) => f.dropped === null && !f.relative);
  let group: TargetFigure[] = [];
  const flush = (): void => {
    if (group.length > 1) {
      const match = fiscalYear === null ? undefined : group.find((f) => f.token.year === fiscalYear);
      const keep = match ?? group[group.length - 1];
      for (const f of group)
        if (f !== keep) f.dropped = f.token.year !== null && fiscalYear !== null && f.token.year > fiscalYear ? "other-year" : "baseline";
    }
    group = [];
  };
  live.forEach((f, k) => {
    const prev = live[k - 1];
    const joined =
      prev &&
      prev.token.unit === f.token.unit &&
      (SERIES_JOINERS.test(text.slice(prev.token.end, f.token.start)) ||
        (prev.token.year !== null && f.token.year !== null && prev.token.year !== f.token.year));
    if (!joined) flush();
    group.push(f);
  });
  flush();
}
