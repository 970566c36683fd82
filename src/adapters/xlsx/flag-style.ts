import type { FlagLook } from "../../core/changes/flag-look";
import type { Styles } from "./styles";
import { attribute, findElement, setAttribute } from "./xml";

/** What a flagged cell's format was before the add-in flagged it (kept in state.originals[…].fill). */
export interface XlsxOriginalFormat {
  kind: "xlsx-xf";
  /** the cell's style index (null when the cell had none) */
  s: number | null;
  /** the cell format, fill and border as written, to find or rebuild them later */
  xf: string | null;
  fill: string | null;
  border: string | null;
}

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** The `<fill>` of the flag's look (solid fill, or a pattern that prints in black and white). */
export function flagFillXml(look: FlagLook): string {
  if (look.pattern === "solid")
    return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(look.fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
  return `<fill><patternFill patternType="${look.pattern}"><fgColor rgb="${argb(look.patternColor)}"/><bgColor rgb="${argb(look.fill)}"/></patternFill></fill>`;
}

export function flagBorderXml(look: FlagLook): string | null {
  if (!look.border) return null;
  const side = (name: string): string =>
    `<${name} style="${look.border?.style}"><color rgb="${argb(look.border?.color ?? "#000000")}"/></${name}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

/** Element names of a generated fragment get the part's namespace prefix (x:fill…), if it uses one. */
export function prefixed(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : fragment;
}

const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

export function originalFormat(styles: Styles, s: number | null): XlsxOriginalFormat {
  const xf = styles.cellXf(s ?? 0);
  const fillId = Number(xf ? (attribute(xf, "fillId") ?? 0) : 0);
  const borderId = Number(xf ? (attribute(xf, "borderId") ?? 0) : 0);
  return { kind: "xlsx-xf", s, xf, fill: styles.fill(fillId), border: styles.border(borderId) };
}

/** The style index of the cell format s with the flag's fill (and border). */
export function flaggedStyle(styles: Styles, s: number | null, look: FlagLook, prefix: string): number {
  let xf = styles.cellXf(s ?? 0) ?? DEFAULT_XF;
  xf = setAttribute(setAttribute(xf, "fillId", String(styles.addFill(prefixed(flagFillXml(look), prefix)))), "applyFill", "1");
  const border = flagBorderXml(look);
  if (border) xf = setAttribute(setAttribute(xf, "borderId", String(styles.addBorder(prefixed(border, prefix)))), "applyBorder", "1");
  return styles.addCellXf(xf);
}

/** An original recorded by the earlier ExcelJS writer (an ExcelJS fill object or null), as a `<fill>`. */
function legacyFill(fill: unknown, prefix: string): string {
  const f = fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | null;
  if (!f || f.type !== "pattern" || !f.pattern) return prefixed('<fill><patternFill patternType="none"/></fill>', prefix);
  const fg = f.fgColor?.argb ? `<fgColor rgb="${f.fgColor.argb}"/>` : "";
  return prefixed(`<fill><patternFill patternType="${f.pattern}">${fg}</patternFill></fill>`, prefix);
}

/**
 * The style index that puts back the original fill and border: the original index when its
 * format is still the same, else the cell's present format with the original fill and border.
 */
export function restoredStyle(styles: Styles, current: number | null, original: unknown, prefix: string): number | null {
  const o = original as Partial<XlsxOriginalFormat> | null;
  if (o && o.kind === "xlsx-xf") {
    if (o.xf !== null && o.xf !== undefined && styles.cellXf(o.s ?? 0) === o.xf) return o.s ?? null;
    let xf = styles.cellXf(current ?? 0) ?? DEFAULT_XF;
    if (o.fill) xf = setAttribute(xf, "fillId", String(styles.addFill(o.fill)));
    if (o.border) xf = setAttribute(xf, "borderId", String(styles.addBorder(o.border)));
    return styles.addCellXf(xf);
  }
  const xf = setAttribute(styles.cellXf(current ?? 0) ?? DEFAULT_XF, "fillId", String(styles.addFill(legacyFill(original, prefix))));
  return styles.addCellXf(xf);
}

/** The fill colour of a cell format (#RRGGBB, "theme:N" or "indexed:N"), or null without a fill. */
export function fillColorOf(styles: Styles, s: number): string | null {
  const xf = styles.cellXf(s);
  const fill = styles.fill(Number(xf ? (attribute(xf, "fillId") ?? 0) : 0));
  if (!fill) return null;
  const pattern = findElement(fill, "patternFill");
  if (!pattern) return null;
  const type = attribute(fill.slice(pattern.tag.start, pattern.tag.end), "patternType");
  if (!type || type === "none") return null;
  const colorEl = findElement(fill, type === "solid" ? "fgColor" : "bgColor", pattern.contentStart, pattern.contentEnd);
  if (!colorEl) return null;
  const tag = fill.slice(colorEl.tag.start, colorEl.tag.end);
  const rgb = attribute(tag, "rgb");
  if (rgb) return `#${rgb.slice(-6).toUpperCase()}`;
  const theme = attribute(tag, "theme");
  return theme !== null ? `theme:${theme}` : `indexed:${attribute(tag, "indexed") ?? ""}`;
}
