/** アドインが付けた理由の印（担当者の注記と見分ける。Office のアダプターも同じ印を付ける）。 */
export const NOTE_MARK = "【評価アシスタント】";

/** 担当者の注記の後ろに足す理由：空行を挟み、印を付ける（元に戻すと担当者の注記だけに戻る）。 */
export function reasonAfterClerkNote(reason: string): string {
  return `\n\n${NOTE_MARK}${reason}`;
}
