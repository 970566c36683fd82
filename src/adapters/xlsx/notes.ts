import { reasonAfterClerkNote } from "../../core/changes/flag-note";
import { a1 } from "../../core/snapshot";
import { parseRef } from "./cell-ref";
import { addOverride, ensureDefault, removeDefaultIfUnused, removeOverride } from "./content-types";
import { CONTENT, REL, type OoxmlPackage } from "./package";
import { commentWithReason } from "./note-text";
import type { SheetEditor } from "./sheet-edit";
import { richText } from "./shared-strings";
import { addNoteShape, hasNoteShape, hasShapes, newVml, removeNoteShape, usedIdmaps } from "./vml";
import { attribute, childElements, escapeText, findElement, rootElement, splice, tagAt, textElement } from "./xml";

/** The author of the add-in's notes. */
export const NOTE_AUTHOR = "評価アシスタント";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

interface Comment {
  row: number;
  col: number;
  /** original position in the part (null for a new comment) */
  start: number | null;
  end: number | null;
  xml: string | null;
}

function freeName(pkg: OoxmlPackage, pattern: (n: number) => string): string {
  for (let n = 1; ; n++) if (!pkg.has(pattern(n))) return pattern(n);
}

/**
 * A sheet's notes (the comments part and its VML drawing). Only the notes the add-in writes or
 * puts back change; the others, their authors and their boxes stay as written.
 */
export class SheetNotes {
  private part: string | null;
  private xml: string;
  private readonly comments: Comment[] = [];
  private authors: string[] = [];
  private authorsAdded: string[] = [];
  private vmlPart: string | null = null;
  private vml: string | null = null;
  private touched = false;

  constructor(
    private readonly pkg: OoxmlPackage,
    private readonly sheetPart: string,
    private readonly editor: SheetEditor,
  ) {
    this.part = pkg.rels(sheetPart).find((r) => r.type === REL.comments)?.part ?? null;
    this.xml =
      (this.part && pkg.text(this.part)) ||
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
    const authors = findElement(this.xml, "authors");
    if (authors)
      this.authors = childElements(this.xml, authors.contentStart, authors.contentEnd).map((a) =>
        this.xml.slice(a.contentStart, a.contentEnd),
      );
    const list = findElement(this.xml, "commentList");
    for (const c of list ? childElements(this.xml, list.contentStart, list.contentEnd) : []) {
      const at = parseRef(attribute(this.xml.slice(c.tag.start, c.tag.end), "ref") ?? "");
      if (at) this.comments.push({ ...at, start: c.tag.start, end: c.end, xml: this.xml.slice(c.tag.start, c.end) });
    }
  }

  /** The note of a cell as written (its element) and as read (its text), or null. */
  note(row: number, col: number): { xml: string; text: string } | null {
    const c = this.comments.find((x) => x.row === row && x.col === col && x.xml !== null);
    if (!c?.xml) return null;
    const text = findElement(c.xml, "text");
    return { xml: c.xml, text: text ? richText(c.xml, text.contentStart, text.contentEnd) : "" };
  }

  private authorId(): number {
    const i = [...this.authors, ...this.authorsAdded].findIndex((a) => a === escapeText(NOTE_AUTHOR));
    if (i >= 0) return i;
    this.authorsAdded.push(escapeText(NOTE_AUTHOR));
    return this.authors.length + this.authorsAdded.length - 1;
  }

  private put(row: number, col: number, xml: string | null): void {
    this.touched = true;
    const existing = this.comments.find((x) => x.row === row && x.col === col);
    if (existing) existing.xml = xml;
    else if (xml !== null) this.comments.push({ row, col, start: null, end: null, xml });
    this.shapes(row, col, xml !== null);
  }

  /** Writes the add-in's note on the cell (replacing the note there). */
  setNote(row: number, col: number, text: string): void {
    const p = this.prefix();
    this.put(
      row,
      col,
      `<${p}comment ref="${a1(row, col)}" authorId="${this.authorId()}"><${p}text>${textElement(text, p)}</${p}text></${p}comment>`,
    );
  }

  /**
   * Writes the add-in's reason on the cell: added after the clerk's note when the cell had one (its element as
   * written, or its text from an older record), else as the add-in's own note.
   */
  setReason(row: number, col: number, reason: string, clerk: { xml: string | null; text: string | null }): void {
    const added = clerk.xml ? commentWithReason(clerk.xml, reason, this.prefix()) : null;
    if (added) this.put(row, col, added);
    else this.setNote(row, col, clerk.text ? `${clerk.text}${reasonAfterClerkNote(reason)}` : reason);
  }

  /** Puts back the note the cell had (as written; or its text from an older record; or none). */
  putBack(row: number, col: number, xml: string | null, text: string | null): void {
    if (xml) this.put(row, col, xml);
    else if (text) this.setNote(row, col, text);
    else this.put(row, col, null);
  }

  private prefix(): string {
    const root = rootElement(this.xml);
    return root.tag.name.slice(0, root.tag.name.length - root.tag.local.length);
  }

  /** Keeps a note box in the VML drawing for every note (added for a new note, removed with it). */
  private shapes(row: number, col: number, present: boolean): void {
    this.loadVml();
    const vml = this.vml ?? newVml(Math.max(0, ...usedIdmaps(this.pkg)) + 1);
    const has = hasNoteShape(vml, row, col);
    if (present && !has) this.vml = addNoteShape(vml, row, col);
    else if (!present && has) this.vml = removeNoteShape(vml, row, col);
    else this.vml = vml;
  }

  private loadVml(): void {
    if (this.vml !== null) return;
    const legacy = this.editor.elementXml("legacyDrawing");
    const id = legacy ? /\b[\w]+:id\s*=\s*["']([^"']+)/.exec(legacy)?.[1] : undefined;
    const rel = id ? this.pkg.rels(this.sheetPart).find((r) => r.id === id) : undefined;
    if (rel?.part) {
      this.vmlPart = rel.part;
      this.vml = this.pkg.text(rel.part);
    }
  }

  /** Writes the comments part, the drawing, their relationships and content types. */
  flush(): void {
    if (!this.touched) return;
    this.flushComments();
    this.flushVml();
  }

  private flushComments(): void {
    const live = this.comments.filter((c) => c.xml !== null);
    const usedAuthors = new Set(
      live.map((c) => Number(attribute((c.xml as string).slice(0, tagAt(c.xml as string, 0).end), "authorId") ?? 0)),
    );
    // an author of the add-in that no note uses any more goes (the list ends as it began)
    while (this.authorsAdded.length > 0 && !usedAuthors.has(this.authors.length + this.authorsAdded.length - 1)) this.authorsAdded.pop();
    while (
      this.authorsAdded.length === 0 &&
      this.authors.length > 0 &&
      this.authors[this.authors.length - 1] === escapeText(NOTE_AUTHOR) &&
      !usedAuthors.has(this.authors.length - 1)
    )
      this.authors.pop();
    if (live.length === 0) return this.removeCommentsPart();
    const edits: { from: number; to: number; text: string }[] = [];
    const list = findElement(this.xml, "commentList");
    const authors = findElement(this.xml, "authors");
    if (!list || !authors) throw new Error("comments part without commentList");
    const originalAuthors = childElements(this.xml, authors.contentStart, authors.contentEnd);
    const p = this.prefix();
    if (originalAuthors.length > this.authors.length) {
      const first = originalAuthors[this.authors.length];
      if (first) edits.push({ from: first.tag.start, to: authors.contentEnd, text: "" });
    }
    edits.push({
      from: authors.contentEnd,
      to: authors.contentEnd,
      text: this.authorsAdded.map((a) => `<${p}author>${a}</${p}author>`).join(""),
    });
    for (const c of this.comments)
      if (c.start !== null && c.end !== null && this.xml.slice(c.start, c.end) !== c.xml)
        edits.push({ from: c.start, to: c.end, text: c.xml ?? "" });
    const existing = this.comments.filter((c) => c.start !== null);
    for (const c of this.comments.filter((x) => x.start === null && x.xml !== null)) {
      const next = existing.find((e) => e.row > c.row || (e.row === c.row && e.col > c.col));
      const at = next?.start ?? list.contentEnd;
      edits.push({ from: at, to: at, text: c.xml as string });
    }
    const xml = splice(this.xml, edits);
    if (!this.part) {
      this.part = freeName(this.pkg, (n) => `xl/comments${n}.xml`);
      this.pkg.addRel(this.sheetPart, REL.comments, this.part);
      addOverride(this.pkg, this.part, CONTENT.comments);
    }
    this.pkg.set(this.part, xml);
  }

  private removeCommentsPart(): void {
    if (!this.part) return;
    const rel = this.pkg.rels(this.sheetPart).find((r) => r.part === this.part);
    if (rel) this.pkg.removeRel(this.sheetPart, rel.id);
    this.pkg.remove(this.part);
    removeOverride(this.pkg, this.part);
    this.part = null;
  }

  private flushVml(): void {
    if (this.vml === null) return;
    if (!hasShapes(this.vml)) {
      if (!this.vmlPart) return;
      const rel = this.pkg.rels(this.sheetPart).find((r) => r.part === this.vmlPart);
      if (rel) this.pkg.removeRel(this.sheetPart, rel.id);
      this.pkg.remove(this.vmlPart);
      removeDefaultIfUnused(this.pkg, "vml");
      this.editor.setElement("legacyDrawing", null);
      return;
    }
    if (!this.vmlPart) {
      this.vmlPart = freeName(this.pkg, (n) => `xl/drawings/vmlDrawing${n}.vml`);
      const id = this.pkg.addRel(this.sheetPart, REL.vmlDrawing, this.vmlPart);
      ensureDefault(this.pkg, "vml", CONTENT.vml);
      this.editor.setElement("legacyDrawing", `<${this.editor.prefix}legacyDrawing ${this.editor.relPrefix()}:id="${id}"/>`);
    }
    this.pkg.set(this.vmlPart, this.vml);
  }
}
