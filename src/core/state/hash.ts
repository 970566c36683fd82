/**
 * FNV-1a（32 ビット）の 16 進 8 桁。状態の記録が壊れていないかを確かめ、文が変わったかを見分けるために使う
 * （偶然の破損を見つけるためのもので、改ざんを防ぐものではない）。
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
