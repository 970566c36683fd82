import type { PrintPlan } from "../../core/print";
import { columnLetters } from "./cell-ref";
import { footerWithCenter } from "./footer";
import { restoreRows, type RowRecord } from "./row-heights";
import type { SheetEditor } from "./sheet-edit";
import { HEADER_FOOTER_ORDER, SHEET_PR_ORDER } from "./worksheet-order";
import { sheetRef, type WorkbookEditor } from "./workbook-edit";
import { childElements, escapeText, rootElement, setAttribute, splice, unescapeXml } from "./xml";

/** Excel accepts at most 1,026 manual page breaks on a sheet. */
export const MAX_PAGE_BREAKS = 1026;

/** The print settings of a sheet before the add-in first changed them (state.printOriginals[sheet]), and its grown rows. */
export interface XlsxPrintOriginal extends RowRecord {
  kind: "xlsx-print";
  /** the elements as written (null: the sheet had none) */
  elements: Record<string, string | null>;
  /** Print_Area and Print_Titles as written */
  names: Record<string, string | null>;
}

const ELEMENTS = ["sheetPr", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks"];
const NAMES = ["_xlnm.Print_Area", "_xlnm.Print_Titles"];

export function recordPrint(editor: SheetEditor, wb: WorkbookEditor, sheet: string): XlsxPrintOriginal {
  const index = wb.sheetIndex(sheet);
  return {
    kind: "xlsx-print",
    elements: Object.fromEntries(ELEMENTS.map((e) => [e, editor.elementXml(e)])),
    names: Object.fromEntries(NAMES.map((n) => [n, wb.definedName(n, index)])),
  };
}

/** An element with one child set (replaced, or inserted in schema order); the element is created if absent. */
function withChild(xml: string | null, parent: string, prefix: string, child: string, childXml: string, order: string[]): string {
  if (xml === null) return `<${prefix}${parent}>${childXml}</${prefix}${parent}>`;
  const root = rootElement(xml);
  const open = xml.slice(root.tag.start, root.tag.end).replace(/\s*\/>$/, ">");
  const content = root.tag.kind === "empty" ? "" : xml.slice(root.contentStart, root.contentEnd);
  const children = childElements(content, 0, content.length);
  const hit = children.find((c) => c.tag.local === child);
  if (hit) return `${open}${splice(content, [{ from: hit.tag.start, to: hit.end, text: childXml }])}</${root.tag.name}>`;
  const next = children.find((c) => order.indexOf(c.tag.local) > order.indexOf(child));
  const at = next ? next.tag.start : content.length;
  return `${open}${splice(content, [{ from: at, to: at, text: childXml }])}</${root.tag.name}>`;
}

function setAttributes(xml: string, values: Record<string, string | null>): string {
  const end = xml.indexOf(">") + 1;
  let tag = xml.slice(0, end);
  for (const [k, v] of Object.entries(values)) tag = setAttribute(tag, k, v);
  return tag + xml.slice(end);
}

function childText(xml: string | null, child: string): string | null {
  if (!xml) return null;
  const el = childElements(xml, rootElement(xml).contentStart, rootElement(xml).contentEnd).find((c) => c.tag.local === child);
  return el ? unescapeXml(xml.slice(el.contentStart, el.contentEnd)) : null;
}

function footerElement(editor: SheetEditor, plan: PrintPlan): string {
  const p = editor.prefix;
  let xml = editor.elementXml("headerFooter");
  const tag = xml ? xml.slice(0, xml.indexOf(">") + 1) : "";
  const which = [
    "oddFooter",
    ...(/differentFirst="(1|true)"/.test(tag) ? ["firstFooter"] : []),
    ...(/differentOddEven="(1|true)"/.test(tag) ? ["evenFooter"] : []),
  ];
  for (const name of which) {
    const footer = footerWithCenter(childText(xml, name), plan.centerFooter);
    xml = withChild(xml, "headerFooter", p, name, `<${p}${name}>${escapeText(footer)}</${p}${name}>`, HEADER_FOOTER_ORDER);
  }
  return xml as string;
}

function rowBreaks(editor: SheetEditor, plan: PrintPlan): { xml: string | null; dropped: number } {
  const rows = [...new Set(plan.breaksBefore.filter((r) => r > 0))].sort((a, b) => a - b);
  const kept = rows.slice(0, MAX_PAGE_BREAKS);
  if (kept.length === 0) return { xml: null, dropped: 0 };
  const p = editor.prefix;
  const brks = kept.map((r) => `<${p}brk id="${r}" max="16383" man="1"/>`).join("");
  return {
    xml: `<${p}rowBreaks count="${kept.length}" manualBreakCount="${kept.length}">${brks}</${p}rowBreaks>`,
    dropped: rows.length - kept.length,
  };
}

/** Applies a print plan to the sheet and its print names; returns what the clerk should know. */
export function applyPlan(editor: SheetEditor, wb: WorkbookEditor, plan: PrintPlan): string[] {
  const p = editor.prefix;
  const fit = plan.scale === null;
  const pageSetUpPr = setAttributes(childXml(editor.elementXml("sheetPr"), "pageSetUpPr") ?? `<${p}pageSetUpPr/>`, {
    fitToPage: fit ? "1" : null,
  });
  editor.setElement("sheetPr", withChild(editor.elementXml("sheetPr"), "sheetPr", p, "pageSetUpPr", pageSetUpPr, SHEET_PR_ORDER));
  const setup = {
    paperSize: "9",
    orientation: plan.orientation,
    fitToWidth: String(plan.fitToWidth),
    fitToHeight: String(plan.fitToHeight),
    scale: plan.scale === null ? null : String(plan.scale),
  };
  editor.setElement("pageSetup", setAttributes(editor.elementXml("pageSetup") ?? `<${p}pageSetup/>`, setup));
  if (plan.horizontalCentered)
    editor.setElement(
      "printOptions",
      setAttributes(editor.elementXml("printOptions") ?? `<${p}printOptions/>`, { horizontalCentered: "1" }),
    );
  if (plan.margins) {
    const m = plan.margins;
    const values = {
      left: String(m.left),
      right: String(m.right),
      top: String(m.top),
      bottom: String(m.bottom),
      header: String(m.header),
      footer: String(m.footer),
    };
    editor.setElement("pageMargins", setAttributes(editor.elementXml("pageMargins") ?? `<${p}pageMargins/>`, values));
  }
  editor.setElement("headerFooter", footerElement(editor, plan));
  const breaks = rowBreaks(editor, plan);
  editor.setElement("rowBreaks", breaks.xml);
  const index = wb.sheetIndex(plan.sheet);
  const ref = sheetRef(plan.sheet);
  const a = plan.area;
  wb.setDefinedName("_xlnm.Print_Area", index, `${ref}!$${columnLetters(a.left)}$${a.top + 1}:$${columnLetters(a.right)}$${a.bottom + 1}`);
  wb.setDefinedName(
    "_xlnm.Print_Titles",
    index,
    plan.titleRows
      ? titlesWithColumns(wb.definedNameText("_xlnm.Print_Titles", index), `${ref}!$${plan.titleRows[0] + 1}:$${plan.titleRows[1] + 1}`)
      : null,
  );
  return breaks.dropped > 0
    ? [`「${plan.sheet}」の改ページが Excel の上限（${MAX_PAGE_BREAKS} か所）を超えるため、後ろの ${breaks.dropped} か所は入れていません。`]
    : [];
}

function childXml(xml: string | null, child: string): string | null {
  if (!xml) return null;
  const root = rootElement(xml);
  const el = childElements(xml, root.contentStart, root.contentEnd).find((c) => c.tag.local === child);
  return el ? xml.slice(el.tag.start, el.end) : null;
}

/** The clerk's repeated columns (if any) kept beside the plan's repeated rows. */
function titlesWithColumns(existing: string | null, rows: string): string {
  const columns = (existing ?? "").split(",").find((part) => /!\$?[A-Z]+:\$?[A-Z]+$/i.test(part.trim()));
  return columns ? `${columns.trim()},${rows}` : rows;
}

/** Puts back the print settings recorded before the add-in changed them. */
export function restorePlan(editor: SheetEditor, wb: WorkbookEditor, sheet: string, original: XlsxPrintOriginal): void {
  for (const e of ELEMENTS) if (e in original.elements) editor.setElement(e, original.elements[e] ?? null);
  const index = wb.sheetIndex(sheet);
  for (const n of NAMES) if (n in original.names) wb.putDefinedName(n, index, original.names[n] ?? null);
  restoreRows(editor, original);
}
