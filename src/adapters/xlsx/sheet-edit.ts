import { attr, scanSheetData, worksheetChildren, type CellSpan, type RowSpan } from "./sheet-scan";
import { insertionPoint, orderName, WORKSHEET_ORDER } from "./worksheet-order";
import { prefixOf, setAttribute, splice, type Element } from "./xml";

type Edit = { from: number; to: number; text: string };

/**
 * Edits one worksheet part in place: cells, row attributes and top-level elements are replaced
 * by exact ranges; every other byte of the part stays as it was.
 */
export class SheetEditor {
  readonly prefix: string;
  private readonly root: Element;
  private readonly children: Element[];
  private readonly rows = new Map<number, RowSpan>();
  private readonly rowOrder: RowSpan[] = [];
  private readonly cells = new Map<number, CellSpan>();
  private readonly rowCells = new Map<number, CellSpan[]>();
  private readonly newCells = new Map<number, Map<number, string>>();
  private readonly cellXml = new Map<number, string>();
  private readonly rowTags = new Map<number, string>();
  private readonly elements = new Map<string, string | null>();
  private readonly colStyles: { min: number; max: number; s: number }[] = [];

  /**
   * rows: the rows whose cells may be edited (only their cells are indexed, so that a large sheet
   * costs one pass and little memory); null indexes every row.
   */
  constructor(
    private readonly xml: string,
    rows: Set<number> | null = null,
  ) {
    const { root, children } = worksheetChildren(xml);
    this.root = root;
    this.children = children;
    this.prefix = prefixOf(root.tag);
    const sheetData = this.child("sheetData");
    if (sheetData && sheetData.tag.kind === "open") {
      scanSheetData(
        xml,
        sheetData,
        (r) => {
          this.rows.set(r.row, r);
          this.rowOrder.push(r);
        },
        (c) => {
          if (rows && !rows.has(c.row)) return;
          this.cells.set(key(c.row, c.col), c);
          const list = this.rowCells.get(c.row);
          if (list) list.push(c);
          else this.rowCells.set(c.row, [c]);
        },
      );
    }
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

  /** The `<c>` element of a cell as it is now, or null when the sheet has none. */
  cell(row: number, col: number): string | null {
    const edited = this.cellXml.get(key(row, col));
    if (edited !== undefined) return edited;
    const span = this.cells.get(key(row, col));
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
    if (!this.cells.has(key(row, col))) {
      let row0 = this.newCells.get(row);
      if (!row0) this.newCells.set(row, (row0 = new Map()));
      row0.set(col, xml);
    }
  }

  /** The start tag of a row as it is now (`<row r="5">` for a row the sheet lacks). */
  rowTag(row: number): string {
    const edited = this.rowTags.get(row);
    if (edited !== undefined) return edited;
    const span = this.rows.get(row);
    if (!span) return `<${this.prefix}row r="${row + 1}">`;
    const tag = this.xml.slice(span.start, span.tagEnd);
    return span.empty ? tag.replace(/\s*\/>$/, ">") : tag;
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
    this.rowTags.set(row, tag);
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
    return this.cellXml.size > 0 || this.rowTags.size > 0 || this.elements.size > 0 || this.rootTagEdit !== null;
  }

  private rowText(row: number, span: RowSpan | undefined): Edit[] {
    const added = this.newCells.get(row);
    const tagEdit = this.rowTags.get(row);
    const sorted = added ? [...added.entries()].sort((a, b) => a[0] - b[0]) : [];
    let tag = tagEdit ?? this.rowTag(row);
    if (sorted.length > 0) tag = widenSpans(tag, sorted[0]?.[0] as number, sorted[sorted.length - 1]?.[0] as number);
    if (!span) return [{ from: -1, to: -1, text: `${tag}${sorted.map((c) => c[1]).join("")}</${this.prefix}row>` }];
    if (span.empty) {
      if (sorted.length === 0) return [{ from: span.start, to: span.end, text: tag.replace(/>$/, "/>") }];
      return [{ from: span.start, to: span.end, text: `${tag}${sorted.map((c) => c[1]).join("")}</${this.prefix}row>` }];
    }
    const edits: Edit[] = [];
    if (tagEdit !== undefined || sorted.length > 0) edits.push({ from: span.start, to: span.tagEnd, text: tag });
    const closeAt = this.xml.lastIndexOf("</", span.end - 1);
    for (const [col, xml] of sorted) {
      let at = closeAt;
      for (const c of this.rowCells.get(row) ?? []) if (c.col > col && c.start < at) at = c.start;
      edits.push({ from: at, to: at, text: xml });
    }
    return edits;
  }

  private sheetDataEdits(): Edit[] {
    const edits: Edit[] = [];
    for (const [k, xml] of this.cellXml) {
      const span = this.cells.get(k);
      if (span) edits.push({ from: span.start, to: span.end, text: xml });
    }
    const rows = new Set([...this.newCells.keys(), ...this.rowTags.keys()]);
    const sheetData = this.child("sheetData");
    const fresh: { row: number; text: string }[] = [];
    for (const row of [...rows].sort((a, b) => a - b)) {
      for (const e of this.rowText(row, this.rows.get(row))) {
        if (e.from >= 0) edits.push(e);
        else fresh.push({ row, text: e.text });
      }
    }
    if (fresh.length === 0) return edits;
    if (!sheetData) throw new Error("worksheet without sheetData");
    if (sheetData.tag.kind === "empty") {
      const open = this.xml.slice(sheetData.tag.start, sheetData.tag.end).replace(/\s*\/>$/, ">");
      edits.push({
        from: sheetData.tag.start,
        to: sheetData.end,
        text: `${open}${fresh.map((f) => f.text).join("")}</${sheetData.tag.name}>`,
      });
      return edits;
    }
    for (const f of fresh) {
      const next = this.rowOrder.find((r) => r.row > f.row);
      const at = next ? next.start : sheetData.contentEnd;
      edits.push({ from: at, to: at, text: f.text });
    }
    return edits;
  }

  private elementEdits(): Edit[] {
    const edits: Edit[] = [];
    const named = this.children.map((el) => ({ el, name: orderName(this.xml, el) }));
    const added = [...this.elements].filter(([local, xml]) => !this.child(local) && xml !== null);
    added.sort((a, b) => WORKSHEET_ORDER.indexOf(a[0]) - WORKSHEET_ORDER.indexOf(b[0]));
    for (const [local, xml] of this.elements) {
      const el = this.child(local);
      if (el) edits.push({ from: el.tag.start, to: el.end, text: xml ?? "" });
    }
    for (const [local, xml] of added) {
      const at = insertionPoint(named, local, this.root.contentEnd);
      edits.push({ from: at, to: at, text: xml as string });
    }
    return edits;
  }

  /** The edited part. */
  serialise(): string {
    if (!this.changed()) return this.xml;
    const edits = [...this.sheetDataEdits(), ...this.elementEdits()];
    if (this.rootTagEdit !== null) edits.push({ from: this.root.tag.start, to: this.root.tag.end, text: this.rootTagEdit });
    // insertions at one point keep the order they were made in
    return splice(
      this.xml,
      edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.from - b.from || a.i - b.i),
    );
  }
}

const key = (row: number, col: number): number => row * 16384 + col;

/** The `spans` hint of a row ("1:6") widened to cover new cells. */
function widenSpans(tag: string, firstCol: number, lastCol: number): string {
  const spans = attr(tag, "spans");
  if (!spans) return tag;
  const [a, b] = spans.split(":").map(Number);
  if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) return tag;
  return setAttribute(tag, "spans", `${Math.min(a, firstCol + 1)}:${Math.max(b, lastCol + 1)}`);
}
