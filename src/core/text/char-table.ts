/**
 * 文字の符号で引く表（1 文字ごとに Set や Map を引かないため）。文字ごとに 1 バイト、65,536 文字分。
 * BMP の外の文字（サロゲートの片方）は表にないものとして扱う。
 */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}
