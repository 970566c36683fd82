import type { CellTextStyle } from "../snapshot";
import type { Renderer } from "./renderers";
import { isLatinOnly, paragraphLines, widthTable, type CharWidth } from "./text-metrics";

const tables = new Map<string, CharWidth>();

/** 描くアプリと文字の見た目ごとの文字の幅の表（作ったものは使い回す）。 */
export function charWidthsFor(renderer: Renderer, style: CellTextStyle): CharWidth {
  const key = `${renderer.name}|${style.size}|${style.bold ? 1 : 0}`;
  let table = tables.get(key);
  if (!table) {
    table = widthTable((ch) => renderer.charWidth(ch, style));
    tables.set(key, table);
  }
  return table;
}

/** セルの文字を全部見せるのに要る高さ（pt）：幅 widthPt（列の幅、結合なら合計）のセルに、その文字の見た目で。 */
export function cellHeight(renderer: Renderer, text: string, style: CellTextStyle, widthPt: number): number {
  const area = renderer.textArea(widthPt);
  // 折り返しの位置の違い（LibreOffice の切り方はここの見積もりと少し違う）に備えて、4 字より広い列では半字ぶん狭く見る
  const slack = area >= 4 * style.size ? renderer.slackEm * style.size : 0;
  const available = Math.max(1, area - slack);
  const charWidth = charWidthsFor(renderer, style);
  let height = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    const lines = style.wrap ? paragraphLines(paragraph, available, charWidth) : 1;
    height += lines * renderer.lineHeight(style, paragraph !== "" && isLatinOnly(paragraph));
  }
  return height + renderer.paddingY;
}
