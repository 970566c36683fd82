/** 項目番号 ①〜⑳ と番号の対応。 */
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** 括弧付き小項目の丸括弧数字 ⑴〜⒇。 */
const PARENTHESIZED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";

const LEADING_SPACE = /^[\s\u3000・･]*/;
const SUB_MARKER = /^[（(]\s*([0-9０-９]{1,2})\s*[）)]/;

/** 行頭の項目番号（①）。見つかれば番号と記号そのもの。 */
export function itemMarkerAt(line: string): { no: number; label: string; end: number } | null {
  const lead = LEADING_SPACE.exec(line)?.[0].length ?? 0;
  const ch = line.charAt(lead);
  const index = CIRCLED.indexOf(ch);
  if (ch === "" || index < 0) return null;
  return { no: index + 1, label: ch, end: lead + 1 };
}

/** 行頭の小項目番号（（1）(1)（１）⑴）。 */
export function subMarkerAt(line: string): { no: number; label: string; end: number } | null {
  const lead = /^[\s\u3000]*/.exec(line)?.[0].length ?? 0;
  const rest = line.slice(lead);
  const ch = rest.charAt(0);
  const p = PARENTHESIZED.indexOf(ch);
  if (ch !== "" && p >= 0) return { no: p + 1, label: ch, end: lead + 1 };
  const m = SUB_MARKER.exec(rest);
  if (!m || !m[1]) return null;
  const digits = m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return { no: Number(digits), label: m[0], end: lead + m[0].length };
}

/** 「（1）」の形に揃えた小項目ラベル。 */
export function subLabel(no: number): string {
  return `（${no}）`;
}
