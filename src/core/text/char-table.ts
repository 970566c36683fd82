/** 文字の符号の集合（1 文字 1 ビット、BMP の 65,536 文字で 8 KB）。 */
export type CharSet = Uint32Array;

/**
 * 文字の符号で引く集合（1 文字ごとに Set や Map を引かないため）。BMP の外の文字（サロゲートの片方）は集合にないものとして扱う。
 */
export function charTable(chars: Iterable<string>): CharSet {
  const table = new Uint32Array(0x800);
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    table[c >>> 5] = (table[c >>> 5] as number) | (1 << (c & 31));
  }
  return table;
}

/** 符号 c の文字が集合にあるか（c が NaN なら false）。 */
export function inSet(table: CharSet, c: number): boolean {
  return (((table[c >>> 5] as number) >>> (c & 31)) & 1) === 1;
}

/** 空白か（正規表現の \s と同じ文字：全角空白を含む）。 */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x3000 ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f
  );
}
