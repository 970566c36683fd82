import type { OoxmlPackage } from "./package";
import { sheetElements } from "./workbook-part";
import { insertionPoint } from "./worksheet-order";
import {
  attributes,
  childElements,
  escapeAttr,
  escapeText,
  findElement,
  prefixOf,
  rootElement,
  setAttribute,
  splice,
  unescapeXml,
  type Element,
} from "./xml";

/** The children of `<workbook>` in schema order (CT_Workbook). */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** A sheet name as a formula writes it: quoted (with ' doubled) unless it is a plain name. */
export function sheetRef(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^[Rr]([0-9]*)[Cc]?[0-9]*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Edits the workbook part in place: defined names, the sheet list and the calculation settings.
 * Each edit re-reads the (small) part, so edits can follow one another.
 */
export class WorkbookEditor {
  constructor(
    private readonly pkg: OoxmlPackage,
    readonly part: string,
  ) {}

  private get xml(): string {
    return this.pkg.text(this.part) as string;
  }

  private children(xml: string): { el: Element; name: string }[] {
    const root = rootElement(xml);
    return childElements(xml, root.contentStart, root.contentEnd).map((el) => ({ el, name: el.tag.local }));
  }

  private prefix(xml: string): string {
    return prefixOf(rootElement(xml).tag);
  }

  /** The position of a sheet in `<sheets>` (its localSheetId), or -1. */
  sheetIndex(name: string): number {
    return sheetElements(this.xml).findIndex((s) => s.a.get("name") === name);
  }

  private names(xml: string): { el: Element; name: string; local: number | null }[] {
    const block = findElement(xml, "definedNames");
    if (!block) return [];
    return childElements(xml, block.contentStart, block.contentEnd).map((el) => {
      const a = attributes(xml.slice(el.tag.start, el.tag.end));
      const local = a.get("localSheetId");
      return { el, name: a.get("name") ?? "", local: local === undefined ? null : Number(local) };
    });
  }

  /** A defined name as written (`<definedName …>…</definedName>`), or null. */
  definedName(name: string, localSheetId: number): string | null {
    const xml = this.xml;
    const hit = this.names(xml).find((n) => n.name === name && n.local === localSheetId);
    return hit ? xml.slice(hit.el.tag.start, hit.el.end) : null;
  }

  /** The formula of a defined name, or null. */
  definedNameText(name: string, localSheetId: number): string | null {
    const raw = this.definedName(name, localSheetId);
    if (!raw) return null;
    return unescapeXml(raw.slice(raw.indexOf(">") + 1, raw.lastIndexOf("<")));
  }

  /** Sets a sheet-scoped name's formula (null removes it); a new name goes in Excel's sorted order. */
  setDefinedName(name: string, localSheetId: number, formula: string | null): void {
    const p = this.prefix(this.xml);
    const existing = this.definedName(name, localSheetId);
    if (formula === null) return this.putDefinedName(name, localSheetId, null);
    if (existing) {
      const start = existing.slice(0, existing.indexOf(">") + 1);
      return this.putDefinedName(name, localSheetId, `${start}${escapeText(formula)}${existing.slice(existing.lastIndexOf("<"))}`);
    }
    this.putDefinedName(
      name,
      localSheetId,
      `<${p}definedName name="${escapeAttr(name)}" localSheetId="${localSheetId}">${escapeText(formula)}</${p}definedName>`,
    );
  }

  /** Puts a defined name element as written (null removes it; the block goes when it is empty). */
  putDefinedName(name: string, localSheetId: number, element: string | null): void {
    const xml = this.xml;
    const names = this.names(xml);
    const hit = names.find((n) => n.name === name && n.local === localSheetId);
    const block = findElement(xml, "definedNames");
    if (hit && block) {
      if (element === null && names.length === 1)
        return this.pkg.set(this.part, splice(xml, [{ from: block.tag.start, to: block.end, text: "" }]));
      return this.pkg.set(this.part, splice(xml, [{ from: hit.el.tag.start, to: hit.el.end, text: element ?? "" }]));
    }
    if (element === null) return;
    if (!block) {
      const p = this.prefix(xml);
      const at = insertionPoint(this.children(xml), "definedNames", rootElement(xml).contentEnd, WORKBOOK_ORDER);
      return this.pkg.set(this.part, splice(xml, [{ from: at, to: at, text: `<${p}definedNames>${element}</${p}definedNames>` }]));
    }
    const key = (n: string, l: number | null): string => `${n.toLowerCase()}\u0000${String(l ?? -1).padStart(6, "0")}`;
    const next = names.find((n) => key(n.name, n.local) > key(name, localSheetId));
    const at = next ? next.el.tag.start : block.contentEnd;
    this.pkg.set(this.part, splice(xml, [{ from: at, to: at, text: element }]));
  }

  /** Asks Excel to recalculate on opening (cells that formulas read were changed). */
  requestRecalculation(): void {
    const xml = this.xml;
    const calc = findElement(xml, "calcPr");
    if (calc) {
      const tag = xml.slice(calc.tag.start, calc.tag.end);
      if (/^(1|true)$/.test(attributes(tag).get("fullCalcOnLoad") ?? "")) return;
      return this.pkg.set(
        this.part,
        splice(xml, [{ from: calc.tag.start, to: calc.tag.end, text: setAttribute(tag, "fullCalcOnLoad", "1") }]),
      );
    }
    const at = insertionPoint(this.children(xml), "calcPr", rootElement(xml).contentEnd, WORKBOOK_ORDER);
    this.pkg.set(this.part, splice(xml, [{ from: at, to: at, text: `<${this.prefix(xml)}calcPr fullCalcOnLoad="1"/>` }]));
  }

  /** Appends a sheet to `<sheets>`; returns its sheetId. */
  addSheet(name: string, relId: string, relPrefix: string, state: "visible" | "veryHidden"): number {
    const xml = this.xml;
    const sheets = findElement(xml, "sheets");
    if (!sheets) throw new Error("workbook without sheets");
    const ids = sheetElements(xml).map((s) => Number(s.a.get("sheetId") ?? 0));
    const sheetId = Math.max(0, ...ids) + 1;
    const p = this.prefix(xml);
    const hidden = state === "veryHidden" ? ' state="veryHidden"' : "";
    this.pkg.set(
      this.part,
      splice(xml, [
        {
          from: sheets.contentEnd,
          to: sheets.contentEnd,
          text: `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${hidden} ${relPrefix}:id="${relId}"/>`,
        },
      ]),
    );
    return sheetId;
  }

  /**
   * Removes a sheet from `<sheets>`: its sheet-scoped names go, later sheets' localSheetId move
   * down by one, and the active and first visible tab stay on a sheet that still exists.
   */
  removeSheet(name: string): void {
    const index = this.sheetIndex(name);
    if (index < 0) return;
    for (const n of this.names(this.xml).filter((x) => x.local === index)) this.putDefinedName(n.name, index, null);
    const xml = this.xml;
    const edits: { from: number; to: number; text: string }[] = [];
    const sheet = sheetElements(xml)[index];
    if (sheet) edits.push({ from: sheet.el.tag.start, to: sheet.el.end, text: "" });
    for (const n of this.names(xml)) {
      if (n.local === null || n.local <= index) continue;
      const tag = xml.slice(n.el.tag.start, n.el.tag.end);
      edits.push({ from: n.el.tag.start, to: n.el.tag.end, text: setAttribute(tag, "localSheetId", String(n.local - 1)) });
    }
    const views = findElement(xml, "bookViews");
    for (const v of views ? childElements(xml, views.contentStart, views.contentEnd) : []) {
      let tag = xml.slice(v.tag.start, v.tag.end);
      for (const attr of ["activeTab", "firstSheet"]) {
        const value = Number(attributes(tag).get(attr) ?? 0);
        if (value >= index && value > 0) tag = setAttribute(tag, attr, String(value - 1));
      }
      edits.push({ from: v.tag.start, to: v.tag.end, text: tag });
    }
    this.pkg.set(this.part, splice(xml, edits));
  }
}
