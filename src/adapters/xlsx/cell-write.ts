import { cellRef } from "./cell-ref";
import { editRich, parseRich, plainRich, serialiseRich, type RichString } from "./rich-text";
import type { SharedStrings } from "./shared-strings";
import type { SheetEditor } from "./sheet-edit";
import { attr } from "./sheet-scan";
import { childElements, elementOf, setAttribute, tagAt } from "./xml";

/** A `<c>` element split into its start tag (always in open form) and its children as written. */
interface CellParts {
  name: string;
  tag: string;
  children: { local: string; xml: string; contentStart: number; contentEnd: number }[];
}

function cellParts(xml: string): CellParts {
  const t = tagAt(xml, 0);
  const el = elementOf(xml, t);
  const tag = xml.slice(t.start, t.end).replace(/\s*\/>$/, ">");
  const children = childElements(xml, el.contentStart, el.contentEnd).map((c) => ({
    local: c.tag.local,
    xml: xml.slice(c.tag.start, c.end),
    contentStart: c.contentStart - c.tag.start,
    contentEnd: c.contentEnd - c.tag.start,
  }));
  return { name: t.name, tag, children };
}

function cellXml(parts: CellParts, inner: string): string {
  return inner === "" ? parts.tag.replace(/>$/, "/>") : `${parts.tag}${inner}</${parts.name}>`;
}

/** The cell as it is, or a new empty one with the style Excel would give it. */
function currentCell(editor: SheetEditor, row: number, col: number): CellParts {
  const xml = editor.cell(row, col);
  if (xml !== null) return cellParts(xml);
  const s = editor.inheritedStyle(row, col);
  return {
    name: `${editor.prefix}c`,
    tag: `<${editor.prefix}c r="${cellRef(row, col)}"${s !== null && s !== 0 ? ` s="${s}"` : ""}>`,
    children: [],
  };
}

/** The rich string a cell holds (shared or inline), or null when it holds no string. */
function richOf(parts: CellParts, sst: SharedStrings): RichString | null {
  const type = attr(parts.tag, "t");
  if (type === "s") {
    const v = parts.children.find((c) => c.local === "v");
    const item = v ? sst.item(Number(v.xml.slice(v.contentStart, v.contentEnd))) : null;
    if (!item) return null;
    const t = tagAt(item, 0);
    const el = elementOf(item, t);
    return parseRich(item.slice(el.contentStart, el.contentEnd));
  }
  if (type === "inlineStr") {
    const is = parts.children.find((c) => c.local === "is");
    return is ? parseRich(is.xml.slice(is.contentStart, is.contentEnd)) : null;
  }
  return null;
}

/** The start tag without the attributes that describe the old value (type, value and cell metadata). */
function valueFreeTag(tag: string): string {
  let out = tag;
  for (const name of ["t", "vm", "cm"]) out = setAttribute(out, name, null);
  return out;
}

/**
 * Writes text into a cell, always as a string (text starting with = + - @ stays text). A string
 * cell keeps its runs and furigana around the changed part; an empty text clears the value and
 * keeps the cell's format.
 */
export function writeCellText(editor: SheetEditor, sst: SharedStrings, row: number, col: number, after: string): void {
  const parts = currentCell(editor, row, col);
  const wasShared = attr(parts.tag, "t") === "s";
  const keep = parts.children.filter((c) => c.local === "extLst").map((c) => c.xml);
  let tag = valueFreeTag(parts.tag);
  if (after === "") {
    if (wasShared) sst.countReferences(-1);
    editor.setCell(row, col, cellXml({ ...parts, tag }, keep.join("")));
    return;
  }
  const old = richOf(parts, sst);
  const rich = old ? editRich(old, after) : plainRich(after);
  const index = sst.indexOf(`<${sst.prefix}si>${serialiseRich(rich, sst.prefix)}</${sst.prefix}si>`);
  if (!wasShared) sst.countReferences(1);
  tag = setAttribute(tag, "t", "s");
  editor.setCell(row, col, cellXml({ ...parts, tag }, `<${editor.prefix}v>${index}</${editor.prefix}v>${keep.join("")}`));
}

/** The cell's style index (null when it has none). */
export function cellStyle(editor: SheetEditor, row: number, col: number): number | null {
  const xml = editor.cell(row, col);
  if (xml === null) return editor.inheritedStyle(row, col);
  const s = attr(xml.slice(0, xml.indexOf(">") + 1), "s");
  return s === null ? null : Number(s);
}

/** Sets the cell's style index (null removes it), creating an empty cell when needed. */
export function setCellStyle(editor: SheetEditor, row: number, col: number, s: number | null): void {
  const parts = currentCell(editor, row, col);
  const tag = setAttribute(parts.tag, "s", s === null ? null : String(s));
  editor.setCell(row, col, cellXml({ ...parts, tag }, parts.children.map((c) => c.xml).join("")));
}
