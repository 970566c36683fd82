import { childElements, type Element } from "./xml";

/** The children of `<worksheet>` in the order the schema (CT_Worksheet) requires. */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The children of `<sheetPr>` in schema order. */
export const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"];

/** The children of `<headerFooter>` in schema order. */
export const HEADER_FOOTER_ORDER = ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"];

/**
 * The name an element stands for in the order: an `mc:AlternateContent` wrapper stands where the
 * element of its first choice would (Excel wraps oleObjects and controls in one).
 */
export function orderName(xml: string, el: Element): string {
  if (el.tag.local !== "AlternateContent") return el.tag.local;
  const choice = childElements(xml, el.contentStart, el.contentEnd)[0];
  const inner = choice ? childElements(xml, choice.contentStart, choice.contentEnd)[0] : undefined;
  return inner?.tag.local ?? "extLst";
}

/** Where a new child named local goes among the present children (before the first that must follow it). */
export function insertionPoint(children: { el: Element; name: string }[], local: string, end: number, order = WORKSHEET_ORDER): number {
  const rank = order.indexOf(local);
  for (const c of children) {
    const r = order.indexOf(c.name);
    if (r > rank) return c.el.tag.start;
  }
  return end;
}
