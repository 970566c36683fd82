/**
 * 要求と応答の大きさを、office.js が送る形（UTF-8 の JSON）で数える。日本語は 1 文字 3 バイト、
 * 引用符やバックスラッシュは JSON で 2 バイトになる（Excel on the web の 5 MB の上限はこの大きさにかかる）。
 * アダプターの見積もり（src/adapters/office/budget.ts）とは別に、標準の TextEncoder で数える。
 */
const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}
