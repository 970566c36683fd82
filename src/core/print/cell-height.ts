import type { CellTextStyle } from "../snapshot";
import type { Renderer } from "./renderers";
import { isLatinOnly, paragraphLines } from "./text-metrics";

/** セルの文字を全部見せるのに要る高さ（pt）：幅 widthPt（列の幅、結合なら合計）のセルに、その文字の見た目で。 */
export function cellHeight(renderer: Renderer, text: string, style: CellTextStyle, widthPt: number): number {
  const available = Math.max(1, renderer.textArea(widthPt));
  const charWidth = (ch: string): number => renderer.charWidth(ch, style);
  let height = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    const lines = style.wrap ? paragraphLines(paragraph, available, charWidth) : 1;
    height += lines * renderer.lineHeight(style, paragraph !== "" && isLatinOnly(paragraph));
  }
  return height + renderer.paddingY;
}
