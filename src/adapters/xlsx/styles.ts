import { BUILTIN_FORMATS } from "./number-formats";
import { attribute, attributes, childElements, escapeAttr, hasRoot, rootElement, setAttribute, splice } from "./xml";

const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** One list of the style sheet (fonts, fills, borders, cellXfs…): its items as written, and the ones this run appended. */
class StyleList {
  readonly items: string[];
  readonly added: string[] = [];
  private index: Map<string, number> | null = null;

  constructor(
    readonly name: string,
    items: string[],
  ) {
    this.items = items;
  }

  get length(): number {
    return this.items.length + this.added.length;
  }

  get(i: number): string | null {
    return i < this.items.length ? (this.items[i] ?? null) : (this.added[i - this.items.length] ?? null);
  }

  /** The index of an identical item, appending it when there is none. */
  indexOf(xml: string): number {
    if (!this.index) {
      this.index = new Map();
      for (let i = this.length - 1; i >= 0; i--) this.index.set(this.get(i) as string, i);
    }
    const found = this.index.get(xml);
    if (found !== undefined) return found;
    this.added.push(xml);
    this.index.set(xml, this.length - 1);
    return this.length - 1;
  }
}

export const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * The style sheet: number formats and cell formats for reading, and appending fills, borders,
 * fonts, number formats and cell formats (existing items keep their indexes).
 */
export class Styles {
  private readonly lists = new Map<string, StyleList>();
  private readonly numFmtCodes = new Map<number, string>();
  private readonly cellFormatIds: number[];
  /** The namespace prefix of the part's elements ("" as Excel writes it). */
  readonly prefix: string;

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    this.prefix = root.tag.name.slice(0, root.tag.name.length - root.tag.local.length);
    for (const el of childElements(xml, root.contentStart, root.contentEnd)) {
      if (!ORDER.includes(el.tag.local) || el.tag.local === "extLst") continue;
      const items = childElements(xml, el.contentStart, el.contentEnd).map((c) => xml.slice(c.tag.start, c.end));
      this.lists.set(el.tag.local, new StyleList(el.tag.local, items));
    }
    for (const item of this.list("numFmts").items) {
      const a = attributes(item);
      this.numFmtCodes.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "General");
    }
    this.cellFormatIds = this.list("cellXfs").items.map((xf) => Number(attribute(xf, "numFmtId") ?? 0));
  }

  private list(name: string): StyleList {
    let list = this.lists.get(name);
    if (!list) {
      list = new StyleList(name, []);
      this.lists.set(name, list);
    }
    return list;
  }

  /** The number format code of a cell format index. */
  formatCode(s: number): string {
    const id = this.cellFormatIds[s] ?? 0;
    return this.numFmtCodes.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
  }

  /** Whether the cell format shows numbers as dates. */
  numFmtId(s: number): number {
    return this.cellFormatIds[s] ?? 0;
  }

  cellXf(s: number): string | null {
    return this.list("cellXfs").get(s);
  }

  fill(id: number): string | null {
    return this.list("fills").get(id);
  }

  border(id: number): string | null {
    return this.list("borders").get(id);
  }

  font(id: number): string | null {
    return this.list("fonts").get(id);
  }

  addFill(xml: string): number {
    return this.list("fills").indexOf(xml);
  }

  addBorder(xml: string): number {
    return this.list("borders").indexOf(xml);
  }

  addFont(xml: string): number {
    return this.list("fonts").indexOf(xml);
  }

  addCellXf(xml: string): number {
    const i = this.list("cellXfs").indexOf(xml);
    this.cellFormatIds[i] = Number(attribute(xml, "numFmtId") ?? 0);
    return i;
  }

  /** The id of a number format code (a built-in one, an existing custom one, or a new one from 164). */
  numFmtIdFor(code: string): number {
    for (const [id, c] of Object.entries(BUILTIN_FORMATS)) if (c === code) return Number(id);
    for (const [id, c] of this.numFmtCodes) if (c === code) return id;
    const id = Math.max(163, ...this.numFmtCodes.keys()) + 1;
    this.numFmtCodes.set(id, code);
    this.list("numFmts").indexOf(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  changed(): boolean {
    return [...this.lists.values()].some((l) => l.added.length > 0);
  }

  /** The style sheet with the appended items and updated counts. */
  serialise(): string {
    const root = rootElement(this.xml);
    const edits: { from: number; to: number; text: string }[] = [];
    const prefix = root.tag.name.slice(0, root.tag.name.length - root.tag.local.length);
    const present = childElements(this.xml, root.contentStart, root.contentEnd);
    for (const list of this.lists.values()) {
      if (list.added.length === 0) continue;
      const el = present.find((e) => e.tag.local === list.name);
      if (el) {
        const tag = setAttribute(this.xml.slice(el.tag.start, el.tag.end), "count", String(list.length));
        if (el.tag.kind === "empty")
          edits.push({ from: el.tag.start, to: el.end, text: `${tag.replace(/\s*\/>$/, ">")}${list.added.join("")}</${el.tag.name}>` });
        else
          edits.push(
            { from: el.tag.start, to: el.tag.end, text: tag },
            { from: el.contentEnd, to: el.contentEnd, text: list.added.join("") },
          );
        continue;
      }
      const rank = ORDER.indexOf(list.name);
      const next = present.find((e) => ORDER.indexOf(e.tag.local) > rank);
      const at = next ? next.tag.start : root.contentEnd;
      edits.push({
        from: at,
        to: at,
        text: `<${prefix}${list.name} count="${list.length}">${list.added.join("")}</${prefix}${list.name}>`,
      });
    }
    return splice(this.xml, edits);
  }
}

export function hasStyleSheet(xml: string | null): xml is string {
  return hasRoot(xml, "styleSheet");
}
