import { REL, type OoxmlPackage } from "./package";
import { attributes, childElements, findElement, rootElement, type Element } from "./xml";

/** A sheet as the workbook lists it. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  /** visible / hidden / veryHidden */
  state: string;
  relId: string;
  /** the worksheet part (null when the relationship is missing) */
  part: string | null;
  /** whether the part is a worksheet (chartsheets and dialog sheets are listed too) */
  isWorksheet: boolean;
}

/** Where the workbook's parts are. */
export interface WorkbookInfo {
  /** the workbook part (xl/workbook.xml) */
  part: string;
  sheets: SheetEntry[];
  sharedStrings: string | null;
  styles: string | null;
  date1904: boolean;
}

export function workbookPartName(pkg: OoxmlPackage): string {
  const rel = pkg.rels("").find((r) => r.type === REL.officeDocument || r.type.endsWith("/officeDocument"));
  if (!rel?.part) throw new Error("no officeDocument relationship");
  return rel.part;
}

/** The `<sheet>` elements of the workbook part, in order. */
export function sheetElements(xml: string): { el: Element; a: Map<string, string> }[] {
  const sheets = findElement(xml, "sheets");
  if (!sheets) return [];
  return childElements(xml, sheets.contentStart, sheets.contentEnd)
    .filter((el) => el.tag.local === "sheet")
    .map((el) => ({ el, a: attributes(xml.slice(el.tag.start, el.tag.end)) }));
}

/** The r:id attribute whatever prefix the relationships namespace has. */
export function relIdOf(a: Map<string, string>): string {
  for (const [k, v] of a) if (k === "r:id" || (k.endsWith(":id") && k !== "xml:id")) return v;
  return "";
}

export function readWorkbookInfo(pkg: OoxmlPackage): WorkbookInfo {
  const part = workbookPartName(pkg);
  const xml = pkg.text(part);
  if (xml === null) throw new Error(`missing ${part}`);
  const rels = pkg.rels(part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = sheetElements(xml).map(({ a }) => {
    const rel = byId.get(relIdOf(a));
    return {
      name: a.get("name") ?? "",
      sheetId: Number(a.get("sheetId") ?? 0),
      state: a.get("state") ?? "visible",
      relId: relIdOf(a),
      part: rel?.part ?? null,
      isWorksheet: !!rel && rel.type.endsWith("/worksheet"),
    };
  });
  const pr = findElement(xml, "workbookPr");
  const date1904 = !!pr && /^(1|true)$/.test(attributes(xml.slice(pr.tag.start, pr.tag.end)).get("date1904") ?? "");
  const find = (type: string): string | null => rels.find((r) => r.type === type)?.part ?? null;
  return { part, sheets, sharedStrings: find(REL.sharedStrings), styles: find(REL.styles), date1904 };
}

/** The root element of a part's XML (for the namespace prefix it uses). */
export { rootElement };
