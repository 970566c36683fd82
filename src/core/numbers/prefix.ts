import { charTable, inSet } from "../text/char-table";
import type { NumberRole, Period } from "./token";

/** 数の直前にある語（年号・序数・全・頻度・進捗）から役割と頻度を決める。 */
export interface Prefix {
  role: NumberRole | null;
  period: Period | null;
  /** 役割を決めた語の開始位置（正規化後）。年号のときだけ使う */
  from: number;
  /** 年号の語（令和・R …）。年号でなければ null */
  era: string | null;
}

/** 頻度の語（長いものから）。 */
const PERIOD_WORDS: [string, Period][] = [
  ["奇数月", "月"],
  ["偶数月", "月"],
  ["毎月", "月"],
  ["月", "月"],
  ["毎週", "週"],
  ["週", "週"],
  ["毎日", "日"],
  ["1日", "日"],
  ["毎年", "年"],
  ["年間", "年"],
  ["年", "年"],
];

/** 年号（漢字と頭文字）。 */
const ERA_WORDS = ["令和", "平成", "昭和"];
const ERA_LETTERS = /[RHS]/;

function endsWith(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}

/** i の直前（空白を除く）の語から、数の役割（年号・序数・全・注記）と頻度を読む。 */
/** 前置語の最後の文字になり得る文字（それ以外なら前置語はない）。 */
const LAST_CHARS = charTable([..."和成RHS第全でで捗率月週日年間", ...PERIOD_WORDS.map(([w]) => w.charAt(w.length - 1))]);
/** 前置語がないとき（数ごとに作らない）。 */
const NONE: Prefix = Object.freeze({ role: null, period: null, from: 0, era: null });

export function readPrefix(text: string, i: number): Prefix {
  let j = i;
  while (j > 0 && text.startsWith(" ", j - 1)) j--;
  if (j === 0 || !inSet(LAST_CHARS, text.charCodeAt(j - 1))) return NONE;
  for (const era of ERA_WORDS) if (endsWith(text, j, era)) return { role: "era", period: null, from: j - era.length, era };
  const before = text.charAt(j - 1);
  if (ERA_LETTERS.test(before) && j === i && !/[A-Za-z]/.test(text.charAt(j - 2)))
    return { role: "era", period: null, from: j - 1, era: before };
  if (before === "第") return { role: "ordinal", period: null, from: j - 1, era: null };
  if (before === "全" || endsWith(text, j, "全部で")) return { role: "scope", period: null, from: j - 1, era: null };
  if (endsWith(text, j, "進捗") || endsWith(text, j, "進捗率")) return { role: "annotation", period: null, from: i, era: null };
  for (const [word, period] of PERIOD_WORDS) {
    if (!endsWith(text, j, word)) continue;
    // 「5月1回」のような日付の後ろは頻度ではない
    if (/[0-9]/.test(text.charAt(j - word.length - 1))) break;
    return { role: null, period, from: i, era: null };
  }
  return { role: null, period: null, from: i, era: null };
}
