/** 成功または失敗の理由を返す結果型。「見つからない」を 0 で表さないために使う。 */
export type Result<T, R = string> = { ok: true; value: T } | { ok: false; reason: R };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<R>(reason: R): { ok: false; reason: R } {
  return { ok: false, reason };
}
