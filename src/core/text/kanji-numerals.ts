/** 漢数字の一桁。 */
export const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  壱: 1,
  二: 2,
  弐: 2,
  三: 3,
  参: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十・百・千（小さい位）。 */
export const KANJI_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 千: 1000 };

/** 万・億・兆（大きい位）。算用数字にも付く（1.5万、3億）。 */
export const LARGE_MULTIPLIERS: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

const KANJI_NUMBER_CHARS = new Set([...Object.keys(KANJI_DIGITS), ...Object.keys(KANJI_SMALL_UNITS), ...Object.keys(LARGE_MULTIPLIERS)]);

export function isKanjiNumberChar(ch: string): boolean {
  return KANJI_NUMBER_CHARS.has(ch);
}

/**
 * 漢数字の並び（二十、百二十三、三千五百、一万二千）を数にする。読めなければ null。
 */
export function parseKanjiNumber(source: string): number | null {
  if (source.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of source) {
    const d = KANJI_DIGITS[ch];
    if (d !== undefined) {
      digit = digit === null ? d : digit * 10 + d;
      continue;
    }
    const small = KANJI_SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const large = LARGE_MULTIPLIERS[ch];
    if (large === undefined) return null;
    total += (section + (digit ?? 0) || 1) * large;
    section = 0;
    digit = null;
  }
  return total + section + (digit ?? 0);
}
