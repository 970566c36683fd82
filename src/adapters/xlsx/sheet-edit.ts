import { attr, cellsOfRow, scanSheetData, worksheetChildren, type CellSpan, type RowSpan } from "./sheet-scan";
import { elementEdits, widenSpans } from "./sheet-edits";
import { RowIndex } from "./row-index";
import { RowTags } from "./row-tags";
import { prefixOf, setAttribute, spliceBytes, type Element, type LazyEdit } from "./xml";

/** An edit of the part; a row start tag (text null) is made when the part is written. */
type Edit = LazyEdit & { row: number };

/**
 * Edits one worksheet part in place: cells, row attributes and top-level elements are replaced
 * by exact ranges; every other byte of the part stays as it was.
 */
export class SheetEditor {
  readonly prefix: string;
  private readonly root: Element;
  private readonly children: Element[];
  private readonly rows = new RowIndex();
  /** the cells of the row read last (rows are edited one after another) */
  private lastRow: { row: number; cells: CellSpan[] } | null = null;
  private readonly newCells = new Map<number, Map<number, string>>();
  private readonly cellXml = new Map<number, string>();
  private readonly rowTags: RowTags;
  private readonly elements = new Map<string, string | null>();
  private readonly colStyles: { min: number; max: number; s: number }[] = [];

  /**
   * Indexes the rows of the part (where each starts and ends); a row's cells are read only when one of
   * them is asked for, so a large sheet costs one pass over its rows and little memory.
   */
  constructor(private readonly xml: string) {
    const { root, children } = worksheetChildren(xml);
    this.root = root;
    this.children = children;
    this.prefix = prefixOf(root.tag);
    this.rowTags = new RowTags(xml, this.rows, this.prefix);
    const sheetData = this.child("sheetData");
    if (sheetData && sheetData.tag.kind === "open")
      scanSheetData(
        xml,
        sheetData,
        (r) => this.rows.add(r),
        () => undefined,
        () => false,
      );
    const cols = this.child("cols");
    if (cols) {
      for (let t = xml.indexOf("<", cols.contentStart); t >= 0 && t < cols.contentEnd; t = xml.indexOf("<", t + 1)) {
        const tag = xml.slice(t, xml.indexOf(">", t) + 1);
        const s = attr(tag, "style");
        if (s !== null && /^<(\w+:)?col[\s/]/.test(tag))
          this.colStyles.push({ min: Number(attr(tag, "min")), max: Number(attr(tag, "max")), s: Number(s) });
      }
    }
  }

  child(local: string): Element | undefined {
    return this.children.find((c) => c.tag.local === local);
  }

  /** The text of a top-level element as it is now (after this run's edits), or null. */
  elementXml(local: string): string | null {
    if (this.elements.has(local)) return this.elements.get(local) ?? null;
    const el = this.child(local);
    return el ? this.xml.slice(el.tag.start, el.end) : null;
  }

  /** The original text of the part. */
  get text(): string {
    return this.xml;
  }

  /** The cells of a row as the part has them. */
  private rowCells(row: number): CellSpan[] {
    if (this.lastRow?.row !== row) {
      const span = this.rows.get(row);
      this.lastRow = { row, cells: span ? cellsOfRow(this.xml, span) : [] };
    }
    return this.lastRow.cells;
  }

  private cellSpan(row: number, col: number): CellSpan | undefined {
    return this.rowCells(row).find((c) => c.col === col);
  }

  /** The `<c>` element of a cell as it is now, or null when the sheet has none. */
  cell(row: number, col: number): string | null {
    const edited = this.cellXml.get(key(row, col));
    if (edited !== undefined) return edited;
    const span = this.cellSpan(row, col);
    return span ? this.xml.slice(span.start, span.end) : null;
  }

  /** The style a new cell gets: the row's when the row is formatted, else the column's (as Excel does). */
  inheritedStyle(row: number, col: number): number | null {
    const r = this.rows.get(row);
    if (r) {
      const tag = this.rowTag(row);
      if (/^(1|true)$/.test(attr(tag, "customFormat") ?? "")) return Number(attr(tag, "s") ?? 0);
    }
    const c = this.colStyles.find((x) => col + 1 >= x.min && col + 1 <= x.max);
    return c ? c.s : null;
  }

  /** Replaces (or adds) a cell's `<c>` element. */
  setCell(row: number, col: number, xml: string): void {
    this.cellXml.set(key(row, col), xml);
    if (!this.cellSpan(row, col)) {
      let row0 = this.newCells.get(row);
      if (!row0) this.newCells.set(row, (row0 = new Map()));
      row0.set(col, xml);
    }
  }

  /** The start tag of a row as it is now (`<row r="5">` for a row the sheet lacks). */
  rowTag(row: number): string {
    return this.rowTags.tag(row);
  }

  hasRow(row: number): boolean {
    return this.rows.has(row);
  }

  /** The height of rows without their own (sheetFormatPr's defaultRowHeight, else Excel's 15 pt). */
  defaultRowHeight(): number {
    const pr = this.elementXml("sheetFormatPr");
    const h = pr ? attr(pr.slice(0, pr.indexOf(">") + 1), "defaultRowHeight") : null;
    return h !== null ? Number(h) : 15;
  }

  setRowTag(row: number, tag: string): void {
    this.rowTags.replace(row, tag);
  }

  /** Sets a row's ht and customHeight (null removes one); its start tag is made when the part is written. */
  setRowHeight(row: number, ht: string | null, customHeight: string | null): void {
    this.rowTags.setHeight(row, ht, customHeight);
  }

  /** Replaces a top-level element (null removes it); a new one goes where the schema's order puts it. */
  setElement(local: string, xml: string | null): void {
    this.elements.set(local, xml);
  }

  private rootTagEdit: string | null = null;

  /** The prefix bound to the relationships namespace (declared on the root when it is not). */
  relPrefix(): string {
    const tag = this.rootTagEdit ?? this.xml.slice(this.root.tag.start, this.root.tag.end);
    const m = /xmlns:([\w.-]+)\s*=\s*["']http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships["']/.exec(tag);
    if (m?.[1]) return m[1];
    this.rootTagEdit = setAttribute(tag, "xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    return "r";
  }

  changed(): boolean {
    return this.cellXml.size > 0 || this.rowTags.changed || this.elements.size > 0 || this.rootTagEdit !== null;
  }

  /** The edits of one row: its start tag (made when written, when only it changes) and its new cells. */
  private rowEdits(row: number, span: RowSpan | undefined, edits: Edit[], fresh: { row: number; text: string }[]): void {
    const added = this.newCells.get(row);
    const sorted = added ? [...added.entries()].sort((a, b) => a[0] - b[0]) : [];
    const cells = sorted.map((c) => c[1]).join("");
    const tag = (): string => {
      const t = this.rowTag(row);
      return sorted.length > 0 ? widenSpans(t, sorted[0]?.[0] as number, sorted[sorted.length - 1]?.[0] as number) : t;
    };
    if (!span) return void fresh.push({ row, text: `${tag()}${cells}</${this.prefix}row>` });
    if (span.empty) {
      const text = sorted.length === 0 ? tag().replace(/>$/, "/>") : `${tag()}${cells}</${this.prefix}row>`;
      return void edits.push({ from: span.start, to: span.end, text, row });
    }
    if (sorted.length === 0) return void edits.push({ from: span.start, to: span.tagEnd, text: null, row });
    edits.push({ from: span.start, to: span.tagEnd, text: tag(), row });
    const closeAt = this.xml.lastIndexOf("</", span.end - 1);
    for (const [col, xml] of sorted) {
      let at = closeAt;
      for (const c of this.rowCells(row)) if (c.col > col && c.start < at) at = c.start;
      edits.push({ from: at, to: at, text: xml, row: -1 });
    }
  }

  private sheetDataEdits(edits: Edit[]): void {
    for (const [k, xml] of this.cellXml) {
      const span = this.cellSpan(Math.floor(k / COLUMNS), k % COLUMNS);
      if (span) edits.push({ from: span.start, to: span.end, text: xml, row: -1 });
    }
    const rows = this.rowTags.changedRows();
    for (const row of this.newCells.keys()) rows.add(row);
    const fresh: { row: number; text: string }[] = [];
    for (const row of Int32Array.from(rows).sort()) this.rowEdits(row, this.rows.get(row), edits, fresh);
    if (fresh.length === 0) return;
    const sheetData = this.child("sheetData");
    if (!sheetData) throw new Error("worksheet without sheetData");
    if (sheetData.tag.kind === "empty") {
      const open = this.xml.slice(sheetData.tag.start, sheetData.tag.end).replace(/\s*\/>$/, ">");
      const text = `${open}${fresh.map((f) => f.text).join("")}</${sheetData.tag.name}>`;
      return void edits.push({ from: sheetData.tag.start, to: sheetData.end, text, row: -1 });
    }
    for (const f of fresh) {
      const at = this.rows.insertionPoint(f.row) ?? sheetData.contentEnd;
      edits.push({ from: at, to: at, text: f.text, row: -1 });
    }
  }

  /**
   * The edited part as UTF-8 bytes. Row start tags that only change their height are made as they are written,
   * so a sheet of 50,000 grown rows holds no 50,000 new tags at once, and the part is never one joined string.
   */
  bytes(): Buffer {
    const edits: Edit[] = [];
    this.sheetDataEdits(edits);
    for (const e of elementEdits(this.xml, this.root, this.children, this.elements)) edits.push({ ...e, row: -1 });
    if (this.rootTagEdit !== null) edits.push({ from: this.root.tag.start, to: this.root.tag.end, text: this.rootTagEdit, row: -1 });
    // insertions at one point keep the order they were made in (the sort is stable)
    return spliceBytes(this.xml, edits, (e) => this.rowTag(e.row));
  }

  /** The edited part as text. */
  serialise(): string {
    return this.changed() ? this.bytes().toString("utf8") : this.xml;
  }
}

/** Columns a sheet can have (A to XFD): a cell's key is row × COLUMNS + column. */
const COLUMNS = 16384;
const key = (row: number, col: number): number => row * COLUMNS + col;
