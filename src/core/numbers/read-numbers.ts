import { charTable, inSet } from "../text/char-table";
import { normalizeText } from "../text/normalize";
import { markRoles } from "./roles";
import { tagYears } from "./years";
import { readOne } from "./read-one";
import { readZeroWord, startsNumber } from "./read-start";
import type { NumberToken } from "./token";

/** 数が始まり得る文字（算用数字・漢数字・年号の元・ゼロの「ゼ」）。ほかの文字は表を引くだけで飛ばす。 */
const START = charTable([..."0123456789〇零一壱二弐三参四五六七八九十拾百千元ゼ"]);

/** 「ゼロ」の最初の文字の符号。 */
const ZE = "ゼ".charCodeAt(0);

/** 正規化した文字列と、その中の数（位置は正規化後）。 */
export interface NormalizedNumbers {
  text: string;
  tokens: NumberToken[];
  toSource(i: number): number;
}

/**
 * 正規化した文字列の中の数をすべて読む（位置は正規化後）。prepare は正規化した文字列を
 * 長さを変えずに整える関数（折り返した行をつなぐなど）。
 */
export function readNormalizedNumbers(
  source: string,
  prepare: (text: string) => string = (t) => t,
  fiscalYear: number | null = null,
): NormalizedNumbers {
  const normalized = normalizeText(source);
  const text = prepare(normalized.text);
  const toSource = normalized.toSource;
  const tokens: NumberToken[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (!inSet(START, c)) {
      i++;
      continue;
    }
    if (c === ZE) {
      const zero = readZeroWord(text, i);
      if (zero) tokens.push(zero.token);
      i = zero ? zero.to : i + 1;
      continue;
    }
    const kind = startsNumber(text, i);
    const read = kind ? readOne(text, i, kind === "kanji") : null;
    if (!read) {
      i++;
      continue;
    }
    tokens.push(read.token);
    i = Math.max(read.to, i + 1);
  }
  markRoles(text, tokens);
  tagYears(text, tokens, fiscalYear);
  return { text, tokens, toSource };
}

/**
 * 文字列の中の数をすべて読む。全角・半角・漢数字、十・百・千・万・億、桁区切り、範囲、以上・以下、単位を扱い、
 * 日付・年号・序数・全・既存の（進捗…％）・名前の中の数・比べた増減には役割を付けて区別する。位置は元の文字列での位置。
 */
export function readNumbers(source: string, fiscalYear: number | null = null): NumberToken[] {
  const { tokens, toSource } = readNormalizedNumbers(source, undefined, fiscalYear);
  for (const t of tokens) {
    t.start = toSource(t.start);
    t.end = toSource(t.end);
  }
  return tokens;
}
