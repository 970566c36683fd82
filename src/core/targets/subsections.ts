import { itemMarkerAt, subMarkerAt } from "../text/markers";
import type { SourceText } from "../model/source-text";

/** 小項目（（1）（2）…）で区切った部分。no が null なら小項目の前（項目の見出し）。 */
export interface Subsection {
  no: number | null;
  /** 行の範囲 [from, to)（SourceText の行番号） */
  from: number;
  to: number;
  /** 番号を除いた文（行は改行でつなぐ） */
  text: string;
  /** text の先頭が SourceText.text のどこか */
  offset: number;
}

/** 行頭の項目番号・小項目番号を除いた文と、除いた長さ（番号の読み取りは 1 行に一度）。 */
function stripMarker(line: string): { text: string; cut: number; sub: { no: number } | null } {
  const afterItem = itemMarkerAt(line)?.end ?? 0;
  const sub = subMarkerAt(line, afterItem);
  const cut = afterItem + (sub ? sub.end : 0);
  return { text: cut === 0 ? line : line.slice(cut), cut, sub };
}

const cache = new WeakMap<SourceText, Subsection[]>();

/** 文を小項目に分ける。小項目がなければ 1 つ（no = null）。同じ文は一度だけ分ける。 */
export function splitSubsections(source: SourceText): Subsection[] {
  const cached = cache.get(source);
  if (cached) return cached;
  const subs = split(source);
  cache.set(source, subs);
  return subs;
}

function split(source: SourceText): Subsection[] {
  const out: Subsection[] = [];
  let offset = 0;
  let current: Subsection | null = null;
  source.lines.forEach((line, i) => {
    const { text, cut, sub: marker } = stripMarker(line.text);
    if (marker || !current) {
      current = { no: marker?.no ?? null, from: i, to: i + 1, text, offset: offset + cut };
      out.push(current);
    } else {
      current.to = i + 1;
      current.text += "\n" + line.text;
    }
    offset += line.text.length + 1;
  });
  return out;
}

/** 小項目 no の部分。小項目の区切りがない文なら全体、区切りがあって no がなければ null。 */
export function subsectionFor(subs: Subsection[], no: number | null): Subsection[] | null {
  const numbered = subs.filter((s) => s.no !== null);
  if (numbered.length === 0 || no === null) return subs;
  const found = numbered.filter((s) => s.no === no);
  return found.length > 0 ? found : null;
}
