import type { CellTextStyle } from "../../core/snapshot";
import type { Styles } from "./styles";
import { attribute, unescapeXml } from "./xml";

const SIZE = /<(?:\w+:)?sz\b[^>]*\bval="([\d.]+)"/;
const NAME = /<(?:\w+:)?name\b[^>]*\bval="([^"]*)"/;
const BOLD = /<(?:\w+:)?b(?:\s*\/>|\s*>|\s+val="(?:1|true)")/;
const WRAP = /<(?:\w+:)?alignment\b[^>]*\bwrapText="(?:1|true)"/;

/** A `<font>`'s size, name and weight, read from the style sheet as written (11 pt when it has no size). */
function fontOf(xml: string | null): Omit<CellTextStyle, "wrap"> {
  const size = Number(SIZE.exec(xml ?? "")?.[1] ?? 11);
  const name = NAME.exec(xml ?? "")?.[1];
  return { size, font: name === undefined ? null : unescapeXml(name), bold: BOLD.test(xml ?? "") };
}

/** The size of the workbook's default font (font 0, which the Normal style uses): the unit of column widths. */
export function defaultFontSize(styles: Styles | null): number {
  return fontOf(styles?.font(0) ?? null).size;
}

/**
 * The text style of each cell format (font size, name, bold, wrap), read once per format index and then
 * shared by every cell that uses it: a sheet of any size costs one lookup per cell.
 */
export function textStyleReader(styles: Styles | null): (s: number) => CellTextStyle {
  const known: CellTextStyle[] = [];
  return (s) => {
    const cached = known[s];
    if (cached) return cached;
    const xf = styles?.cellXf(s) ?? "";
    const style: CellTextStyle = { ...fontOf(styles?.font(Number(attribute(xf, "fontId") ?? 0)) ?? null), wrap: WRAP.test(xf) };
    known[s] = style;
    return style;
  };
}
