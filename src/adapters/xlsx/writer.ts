import path from "node:path/posix";
import type { FlagLook } from "../../core/changes/flag-look";
import { EvaluationError } from "../../core/errors";
import { Book } from "./book";
import { addOverride, removeOverride } from "./content-types";
import { CONTENT, REL, relsName, type OoxmlPackage } from "./package";
import { SST_XML, SharedStrings } from "./shared-strings";
import { SheetEditor } from "./sheet-edit";
import { SheetNotes } from "./notes";
import { STYLES_XML, Styles } from "./styles";
import type { SheetEntry } from "./workbook-part";
import { WorkbookEditor } from "./workbook-edit";

/** One sheet being edited: its part, its in-place editor and (when touched) its notes. */
export interface EditedSheet {
  entry: SheetEntry;
  part: string;
  editor: SheetEditor;
  notes: SheetNotes | null;
}

/**
 * The shared state of one apply: the package, the workbook part, the shared strings and styles
 * (created when the package has none), and the sheets being edited. flush() writes them back.
 */
export class PackageWriter {
  readonly book: Book;
  readonly workbook: WorkbookEditor;
  private sstCache: SharedStrings | null = null;
  private stylesCache: Styles | null = null;
  private readonly sheets = new Map<string, EditedSheet>();
  readonly notes: string[] = [];

  /**
   * book: the package as already read (its shared strings and styles are parsed once for reading and
   * writing); the writer changes them, so the package is read anew afterwards.
   */
  constructor(
    readonly pkg: OoxmlPackage,
    readonly look: FlagLook,
    book: Book = new Book(pkg),
  ) {
    this.book = book;
    this.workbook = new WorkbookEditor(pkg, this.book.info.part);
  }

  /** The sheet's editor, or null when the workbook has no such worksheet. */
  sheet(name: string): EditedSheet | null {
    const known = this.sheets.get(name);
    if (known) return known;
    const entry = this.book.sheet(name);
    const xml = entry ? this.book.sheetXml(entry) : null;
    if (!entry || !entry.part || xml === null) return null;
    const edited: EditedSheet = { entry, part: entry.part, editor: new SheetEditor(xml), notes: null };
    this.sheets.set(name, edited);
    return edited;
  }

  notesOf(sheet: EditedSheet): SheetNotes {
    if (!sheet.notes) sheet.notes = new SheetNotes(this.pkg, sheet.part, sheet.editor);
    return sheet.notes;
  }

  /** The shared strings, added to the package when it has none. */
  sst(): SharedStrings {
    if (!this.sstCache) this.sstCache = this.book.sst() ?? new SharedStrings(SST_XML);
    return this.sstCache;
  }

  styles(): Styles {
    if (!this.stylesCache) this.stylesCache = this.book.styles() ?? new Styles(STYLES_XML);
    return this.stylesCache;
  }

  /** A part name not used yet, next to the others of its kind (xl/worksheets/sheet7.xml). */
  freePart(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.pkg.has(pattern(n))) return pattern(n);
  }

  /** Adds a worksheet part and lists it in the workbook. */
  addSheet(name: string, xml: string | Buffer, state: "visible" | "veryHidden"): void {
    const part = this.freePart((n) => `xl/worksheets/sheet${n}.xml`);
    this.putXml(part, xml);
    addOverride(this.pkg, part, CONTENT.worksheet);
    const id = this.pkg.addRel(this.workbook.part, REL.worksheet, part);
    this.workbook.addSheet(name, id, "r", state);
    this.ensureRelNamespace();
  }

  /** The workbook's root declares the r: prefix its sheet entries use (Excel always writes it). */
  private ensureRelNamespace(): void {
    const xml = this.pkg.text(this.workbook.part) as string;
    if (/xmlns:r\s*=/.test(xml.slice(0, xml.indexOf(">", xml.indexOf("<workbook")) + 1))) return;
    this.pkg.set(
      this.workbook.part,
      xml.replace(/<((\w+:)?workbook)\b/, '<$1 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'),
    );
  }

  /** Removes a sheet the add-in added, with its part and the parts only it used. */
  removeSheet(name: string): void {
    const entry = this.book.sheet(name);
    if (!entry) return;
    this.sheets.delete(name);
    this.workbook.removeSheet(name);
    if (entry.relId) this.pkg.removeRel(this.workbook.part, entry.relId);
    if (!entry.part) return;
    for (const rel of this.pkg.rels(entry.part)) {
      if (!rel.part || !/\/(comments|vmlDrawing|printerSettings)$/.test(rel.type)) continue;
      this.pkg.remove(rel.part);
      removeOverride(this.pkg, rel.part);
    }
    this.pkg.remove(relsName(entry.part));
    this.pkg.remove(entry.part);
    removeOverride(this.pkg, entry.part);
  }

  /** Replaces a worksheet part the add-in owns. */
  replaceSheet(name: string, xml: string | Buffer): void {
    const entry = this.book.sheet(name);
    if (!entry?.part) throw new EvaluationError("internal", "xlsx", `シート「${name}」の部品が見つかりません。`);
    this.sheets.delete(name);
    this.putXml(entry.part, xml);
  }

  private putXml(part: string, xml: string | Buffer): void {
    if (typeof xml === "string") this.pkg.set(part, xml);
    else this.pkg.setBytes(part, xml);
  }

  /** Writes every edited sheet and its notes back into the package. */
  flushSheets(): void {
    for (const sheet of this.sheets.values()) {
      sheet.notes?.flush();
      if (sheet.editor.changed()) this.pkg.setBytes(sheet.part, sheet.editor.bytes());
    }
    this.sheets.clear();
  }

  /** Writes the shared strings and the styles back into the package. */
  flushShared(): void {
    if (this.sstCache?.changed())
      this.putPart(this.book.info.sharedStrings, "sharedStrings.xml", REL.sharedStrings, CONTENT.sharedStrings, this.sstCache.bytes());
    if (this.stylesCache?.changed())
      this.putPart(this.book.info.styles, "styles.xml", REL.styles, CONTENT.styles, Buffer.from(this.stylesCache.serialise(), "utf8"));
  }

  private putPart(existing: string | null, file: string, rel: string, type: string, data: Buffer): void {
    if (existing) return this.pkg.setBytes(existing, data);
    const part = path.join(path.dirname(this.workbook.part), file);
    this.pkg.setBytes(part, data);
    this.pkg.addRel(this.workbook.part, rel, part);
    addOverride(this.pkg, part, type);
  }
}
