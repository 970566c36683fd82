/**
 * 1 回の同期で送る・受け取る量の見積もり。Excel on the web は要求と応答をそれぞれ 5 MB までに制限する
 * （「Resource limits and performance optimization for Office Add-ins」）。大きさは送る形（UTF-8 の JSON）で
 * 数える：日本語は 1 文字 3 バイト、引用符とバックスラッシュは 2 バイト。上限より下の予算で分ける。
 */
export const PAYLOAD_BUDGET = 4_000_000;

/** 1 つの操作（プロキシの経路・メソッド名）にかかる分の余白。 */
export const OPERATION_OVERHEAD = 160;

/** 文字列を JSON に入れたときの UTF-8 のバイト数（引用符を含む）。 */
export function jsonStringBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** 値（文字・数・真偽・配列）を JSON にしたときの UTF-8 のバイト数。 */
export function jsonValueBytes(value: unknown): number {
  if (typeof value === "string") return jsonStringBytes(value);
  if (Array.isArray(value)) {
    let n = 1 + Math.max(0, value.length - 1) + 1;
    for (const v of value) n += jsonValueBytes(v);
    return n;
  }
  if (value === null || value === undefined) return 4;
  if (typeof value === "object") return jsonStringBytes(JSON.stringify(value));
  return String(value).length;
}

/** 要求・応答の大きさの上限を超えたというエラーか（分けて送り直せる）。 */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
