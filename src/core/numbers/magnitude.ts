import { KANJI_DIGITS as DIGITS_TABLE } from "../text/kanji-numerals";

const KANJI_DIGITS = new Map(Object.entries(DIGITS_TABLE));

const DIGIT = /[0-9]/;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** 読み取り中の位置。 */
export interface Scan {
  text: string;
  pos: number;
}

/** 算用数字（桁区切り・小数つき）を読む。1,2 のように 3 桁でない区切りは区切りとみなさない。 */
export function readArabic(s: Scan): number | null {
  const { text } = s;
  let i = s.pos;
  const from = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === from) return null;
  let digits = text.slice(from, i);
  while (text.startsWith(",", i) && /^[0-9]{3}(?![0-9])/.test(text.slice(i + 1, i + 5))) {
    digits += text.slice(i + 1, i + 4);
    i += 4;
  }
  if (text.startsWith(".", i) && DIGIT.test(text.charAt(i + 1))) {
    const frac = i + 1;
    i++;
    while (i < text.length && DIGIT.test(text.charAt(i))) i++;
    digits += "." + text.slice(frac, i);
  }
  s.pos = i;
  return Number(digits);
}

/** 漢数字の一桁の並び（二〇二〇、三）を読む。 */
function readKanjiDigits(s: Scan): number | null {
  let i = s.pos;
  let value = 0;
  while (i < s.text.length) {
    const d = KANJI_DIGITS.get(s.text.charAt(i));
    if (d === undefined) break;
    value = value * 10 + d;
    i++;
  }
  if (i === s.pos) return null;
  s.pos = i;
  return value;
}

/**
 * 数を、続く 十・百・千・万・億・兆 ごと読む（9千 = 9,000、3万5千 = 35,000、1億2,000万 = 120,000,000、
 * 十二 = 12、三百 = 300）。算用数字と漢数字が混ざってもよい。読めなければ null（位置は動かさない）。
 */
export function readMagnitude(s: Scan): number | null {
  const start = s.pos;
  let total = 0;
  let section = 0;
  let current: number | null = null;
  let any = false;
  for (;;) {
    const c = s.text.charCodeAt(s.pos);
    const small = smallUnit(c);
    const large = largeUnit(c);
    if (current === null && ((c >= 0x30 && c <= 0x39) || (c >= 0x3007 && KANJI_DIGITS.has(s.text.charAt(s.pos))))) {
      current = c <= 0x39 ? readArabic(s) : readKanjiDigits(s);
      any = true;
    } else if (small > 0) {
      section += (current ?? 1) * small;
      current = null;
      any = true;
      s.pos++;
    } else if (large > 0 && any) {
      total += (section + (current ?? 0) || 1) * large;
      section = 0;
      current = null;
      s.pos++;
    } else break;
  }
  if (!any) {
    s.pos = start;
    return null;
  }
  return total + section + (current ?? 0);
}

/** 十・拾・百・千 の倍率（符号で引く）。ほかは 0。 */
function smallUnit(c: number): number {
  return c === 0x5341 || c === 0x62fe ? 10 : c === 0x767e ? 100 : c === 0x5343 ? 1000 : 0;
}

/** 万・億・兆 の倍率（符号で引く）。ほかは 0。 */
function largeUnit(c: number): number {
  return c === 0x4e07 ? 1e4 : c === 0x5104 ? 1e8 : c === 0x5146 ? 1e12 : 0;
}
