/**
 * 要求と応答の大きさを、office.js が送る形（UTF-8 の JSON）で数える。日本語は 1 文字 3 バイト、
 * 引用符やバックスラッシュは JSON で 2 バイトになる（Excel on the web の 5 MB の上限はこの大きさにかかる）。
 */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}
