import { isSpace } from "./char-table";

/** 項目番号 ①〜⑳ と番号の対応。 */
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** 括弧付き小項目の丸括弧数字 ⑴〜⒇。 */
const PARENTHESIZED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";

const SUB_MARKER = /[（(]\s*([0-9０-９]{1,2})\s*[）)]/y;
const CIRCLED_FIRST = 0x2460;
const PARENTHESIZED_FIRST = 0x2474;

/** 行頭の項目番号（①）。見つかれば番号と記号そのもの。前の空白と中黒は飛ばす。 */
export function itemMarkerAt(line: string): { no: number; label: string; end: number } | null {
  let lead = 0;
  for (let c = line.charCodeAt(0); isSpace(c) || c === 0x30fb || c === 0xff65; c = line.charCodeAt(++lead));
  const index = line.charCodeAt(lead) - CIRCLED_FIRST;
  if (index < 0 || index >= CIRCLED.length) return null;
  return { no: index + 1, label: line.charAt(lead), end: lead + 1 };
}

/** from からの行頭の小項目番号（（1）(1)（１）⑴）。end は from からの長さ。 */
export function subMarkerAt(line: string, from = 0): { no: number; label: string; end: number } | null {
  let lead = from;
  while (isSpace(line.charCodeAt(lead))) lead++;
  const c = line.charCodeAt(lead);
  const p = c - PARENTHESIZED_FIRST;
  if (p >= 0 && p < PARENTHESIZED.length) return { no: p + 1, label: line.charAt(lead), end: lead - from + 1 };
  if (c !== 0x28 && c !== 0xff08) return null;
  SUB_MARKER.lastIndex = lead;
  const m = SUB_MARKER.exec(line);
  if (!m || !m[1]) return null;
  const digits = m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return { no: Number(digits), label: m[0], end: lead - from + m[0].length };
}

/** 「（1）」の形に揃えた小項目ラベル。 */
export function subLabel(no: number): string {
  return `（${no}）`;
}
