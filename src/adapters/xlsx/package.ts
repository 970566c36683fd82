import path from "node:path/posix";
import { writeSync } from "node:fs";
import { entryData, newEntry, readZip, writeZip, writeZipTo, type ZipEntry } from "./zip";
import { attributes, childElements, escapeAttr, rootElement, splice } from "./xml";

/** A relationship of a part (Target resolved to a part name without the leading slash). */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** the part name it points at (null for an external target) */
  part: string | null;
}

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
} as const;

export const CONTENT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
} as const;

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The .rels part that holds a part's relationships (`xl/_rels/workbook.xml.rels`). */
export function relsName(part: string): string {
  return part === "" ? "_rels/.rels" : path.join(path.dirname(part), "_rels", `${path.basename(part)}.rels`);
}

function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.normalize(path.join(path.dirname(source), target));
}

/** What happened to a part: kept (copied as compressed bytes), replaced, or removed. */
type PartState = { entry: ZipEntry; text?: undefined } | { entry?: ZipEntry; text: string | Buffer };

/**
 * An OOXML package: the zip entries as they were, and the parts this run replaced, added or removed.
 * Untouched parts are written back as their original compressed bytes.
 */
export class OoxmlPackage {
  private readonly parts = new Map<string, PartState>();
  private readonly decoded = new Map<string, string>();

  private constructor(entries: ZipEntry[]) {
    for (const e of entries) if (!e.name.endsWith("/")) this.parts.set(e.name, { entry: e });
  }

  static read(buf: Buffer): OoxmlPackage {
    return new OoxmlPackage(readZip(buf));
  }

  /** A copy sharing the original bytes (the copy's edits do not reach this package). */
  clone(): OoxmlPackage {
    const copy = new OoxmlPackage([]);
    for (const [name, state] of this.parts) copy.parts.set(name, state);
    for (const [name, text] of this.decoded) copy.decoded.set(name, text);
    return copy;
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  /** The part as text (UTF-8, without a byte-order mark); null when absent. */
  text(name: string): string | null {
    const cached = this.decoded.get(name);
    if (cached !== undefined) return cached;
    const state = this.parts.get(name);
    if (!state) return null;
    const data = state.text !== undefined ? state.text : entryData(state.entry);
    let text = typeof data === "string" ? data : data.toString("utf8");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.decoded.set(name, text);
    return text;
  }

  /** Whether this run changed the part. */
  changed(name: string): boolean {
    const state = this.parts.get(name);
    return !!state && state.text !== undefined;
  }

  /** Replaces or adds a part (unchanged text leaves the original bytes in place). */
  set(name: string, text: string): void {
    if (this.text(name) === text) return;
    const old = this.parts.get(name);
    this.decoded.set(name, text);
    // back to the original text: keep the original bytes
    if (old?.entry && Buffer.byteLength(text) === old.entry.size && entryData(old.entry).toString("utf8") === text)
      this.parts.set(name, { entry: old.entry });
    else this.parts.set(name, { entry: old?.entry, text });
  }

  /** Replaces or adds a part by its bytes (bytes equal to the original part's leave its original compressed bytes). */
  setBytes(name: string, data: Buffer): void {
    const old = this.parts.get(name);
    this.decoded.delete(name);
    if (old?.entry && data.length === old.entry.size && entryData(old.entry).equals(data)) this.parts.set(name, { entry: old.entry });
    else this.parts.set(name, { entry: old?.entry, text: data });
  }

  remove(name: string): void {
    this.parts.delete(name);
    this.decoded.delete(name);
  }

  /** The relationships of a part ("" for the package). */
  rels(source: string): Relationship[] {
    const xml = this.text(relsName(source));
    if (!xml) return [];
    const root = rootElement(xml);
    return childElements(xml, root.contentStart, root.contentEnd)
      .filter((el) => el.tag.local === "Relationship")
      .map((el) => {
        const a = attributes(xml.slice(el.tag.start, el.tag.end));
        const target = a.get("Target") ?? "";
        const external = a.get("TargetMode") === "External";
        return { id: a.get("Id") ?? "", type: a.get("Type") ?? "", target, part: external ? null : resolveTarget(source, target) };
      });
  }

  /** Adds a relationship from source to the part; returns its new id. */
  addRel(source: string, type: string, part: string): string {
    const name = relsName(source);
    const xml =
      this.text(name) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
    const used = new Set(this.rels(source).map((r) => r.id));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const target = path.relative(path.dirname(source), part);
    const root = rootElement(xml);
    const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>`;
    const at = root.tag.kind === "empty" ? null : root.contentEnd;
    this.set(name, at === null ? xml.replace(/\/>\s*$/, `>${rel}</Relationships>`) : splice(xml, [{ from: at, to: at, text: rel }]));
    return id;
  }

  /** Removes a relationship by id (and the .rels part when none is left). */
  removeRel(source: string, id: string): void {
    const name = relsName(source);
    const xml = this.text(name);
    if (!xml) return;
    const root = rootElement(xml);
    const children = childElements(xml, root.contentStart, root.contentEnd);
    const gone = children.find((el) => el.tag.local === "Relationship" && attributes(xml.slice(el.tag.start, el.tag.end)).get("Id") === id);
    if (!gone) return;
    if (children.length === 1) this.remove(name);
    else this.set(name, splice(xml, [{ from: gone.tag.start, to: gone.end, text: "" }]));
  }

  /** The zip entries in the original order: kept parts as their original compressed bytes, changed parts compressed as they come. */
  private *entries(): Generator<ZipEntry> {
    for (const [name, state] of this.parts) {
      if (state.text === undefined) yield state.entry;
      else yield newEntry(name, typeof state.text === "string" ? Buffer.from(state.text, "utf8") : state.text);
    }
  }

  /** Serialises the package into one buffer. */
  toBuffer(): Buffer {
    return writeZip(this.entries());
  }

  /**
   * Writes the package to an open file, entry by entry: the kept parts are written from the input's bytes and
   * each changed part is compressed just before it is written, so no second copy of the whole package is made.
   */
  writeTo(fd: number): void {
    writeZipTo(this.entries(), (chunk) => {
      for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
    });
  }
}
