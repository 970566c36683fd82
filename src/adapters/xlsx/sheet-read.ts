import type { CellTextStyle, CellValue, MergeRange, SheetSnapshot } from "../../core/snapshot";
import { SheetGrid } from "./sheet-grid";
import { formatWithNumberFormat } from "../../core/text/number-format";
import { parseRange } from "./cell-ref";
import { isDateFormat, serialToDateText } from "./number-formats";
import type { SharedStrings } from "./shared-strings";
import { richText } from "./shared-strings";
import { attr, scanSheetData, worksheetChildren, type CellSpan } from "./sheet-scan";
import type { Styles } from "./styles";
import { cellText, childElements, type Element } from "./xml";

/** What the cell reader needs from the rest of the package. */
export interface ReadContext {
  sst: SharedStrings | null;
  styles: Styles | null;
  date1904: boolean;
  /** the text style of a cell format index (shared by every cell of that format) */
  textStyle: (s: number) => CellTextStyle;
  /** the size of the workbook's default font (pt) */
  defaultFontSize: number;
}

/** A cell as the core sees it. */
export interface ReadCell {
  value: CellValue;
  text: string;
  format: string;
  formula: boolean;
}

const EMPTY: ReadCell = { value: null, text: "", format: "General", formula: false };

function valueText(xml: string, from: number, to: number): string | null {
  const v = xml.indexOf("<", from);
  if (v < 0 || v >= to) return null;
  const gt = xml.indexOf(">", v);
  if (xml.charCodeAt(gt - 1) === 47) return "";
  return cellText(xml.slice(gt + 1, xml.indexOf("<", gt)));
}

/** The cell format index of a `<c>` element (0 when it has none). */
export function styleIndexOf(xml: string, cell: CellSpan): number {
  return Number(attr(xml.slice(cell.start, cell.tagEnd), "s") ?? 0);
}

/** The value, display text and format of one `<c>` element (s: its cell format index). */
export function readCellAt(xml: string, cell: CellSpan, ctx: ReadContext, s = styleIndexOf(xml, cell)): ReadCell {
  const tag = xml.slice(cell.start, cell.tagEnd);
  const format = ctx.styles ? ctx.styles.formatCode(s) : "General";
  if (cell.tagEnd === cell.end) return format === "General" ? EMPTY : { ...EMPTY, format };
  const type = attr(tag, "t") ?? "n";
  const inner = xml.slice(cell.tagEnd, cell.end);
  const formula = /<(\w+:)?f[\s>/]/.test(inner);
  const vAt = inner.search(/<(\w+:)?v[\s>]/);
  const raw = vAt < 0 ? null : valueText(xml, cell.tagEnd + vAt, cell.end);
  if (type === "inlineStr") {
    const is = inner.search(/<(\w+:)?is[\s>]/);
    const text = is < 0 ? "" : richText(xml, cell.tagEnd + is, cell.end);
    return { value: text, text, format, formula };
  }
  if (raw === null) return { value: null, text: "", format, formula };
  switch (type) {
    case "s": {
      const text = ctx.sst?.text(Number(raw)) ?? "";
      return { value: text, text, format, formula };
    }
    case "str":
    case "d":
      return { value: raw, text: raw, format, formula };
    case "b":
      return { value: raw === "1" || raw === "true", text: raw === "1" || raw === "true" ? "TRUE" : "FALSE", format, formula };
    case "e":
      return { value: raw, text: raw, format, formula };
    default: {
      const n = Number(raw);
      if (raw === "" || Number.isNaN(n)) return { value: null, text: "", format, formula };
      if (ctx.styles && isDateFormat(ctx.styles.numFmtId(s), format)) {
        const text = serialToDateText(n, ctx.date1904);
        return { value: text, text, format, formula };
      }
      return { value: n, text: formatWithNumberFormat(n, format), format, formula };
    }
  }
}

function mergesOf(xml: string, el: Element | undefined): MergeRange[] {
  if (!el) return [];
  const out: MergeRange[] = [];
  for (const m of childElements(xml, el.contentStart, el.contentEnd)) {
    const range = parseRange(attr(xml.slice(m.tag.start, m.tag.end), "ref") ?? "");
    if (range) out.push(range);
  }
  return out;
}

function columnWidths(xml: string, el: Element | undefined, cols: number): (number | null)[] {
  const widths: (number | null)[] = Array.from({ length: cols }, () => null);
  if (!el) return widths;
  for (const c of childElements(xml, el.contentStart, el.contentEnd)) {
    const tag = xml.slice(c.tag.start, c.tag.end);
    const min = Number(attr(tag, "min") ?? 0) - 1;
    const max = Math.min(cols - 1, Number(attr(tag, "max") ?? 0) - 1);
    const width = attr(tag, "width");
    for (let i = Math.max(0, min); i <= max && width !== null; i++) widths[i] = Number(width);
  }
  return widths;
}

/** The number of columns the sheet's `<dimension>` declares (0 when it has none). */
function dimensionWidth(xml: string, el: Element | undefined): number {
  const range = el ? parseRange(attr(xml.slice(el.tag.start, el.tag.end), "ref") ?? "") : null;
  return range ? range.right + 1 : 0;
}

/** Covered (not top-left) cells of merged ranges, by row. */
function coveredCells(merges: MergeRange[]): Map<number, Set<number>> {
  const covered = new Map<number, Set<number>>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      let set = covered.get(r);
      if (!set) covered.set(r, (set = new Set()));
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) set.add(c);
    }
  }
  return covered;
}

/** Reads a worksheet part into the snapshot the core reads (A1 to the last cell written). */
export function readSheet(name: string, xml: string, ctx: ReadContext): SheetSnapshot {
  const { children } = worksheetChildren(xml);
  const child = (local: string): Element | undefined => children.find((c) => c.tag.local === local);
  const merges = mergesOf(xml, child("mergeCells"));
  const covered = coveredCells(merges);
  const heights = new Map<number, number>();
  const grid = new SheetGrid(dimensionWidth(xml, child("dimension")));
  const sheetData = child("sheetData");
  if (sheetData && sheetData.tag.kind === "open") {
    scanSheetData(
      xml,
      sheetData,
      (r) => {
        const ht = attr(xml.slice(r.start, r.tagEnd), "ht");
        if (ht !== null) heights.set(r.row, Number(ht));
      },
      (span) => {
        grid.touch(span.row, span.col);
        if (covered.get(span.row)?.has(span.col)) return;
        const s = styleIndexOf(xml, span);
        grid.set(span.row, span.col, readCellAt(xml, span, ctx, s), ctx.textStyle(s));
      },
    );
  }
  const rows = grid.rowCount;
  const protection = child("sheetProtection");
  const sheetLocked = protection ? /^(1|true)$/.test(attr(xml.slice(protection.tag.start, protection.tag.end), "sheet") ?? "") : false;
  return {
    name,
    origin: { row: 0, col: 0 },
    ...grid.finish(),
    merges,
    rowHeights: Array.from({ length: rows }, (_, r) => heights.get(r) ?? null),
    columnWidths: columnWidths(xml, child("cols"), grid.width),
    protected: sheetLocked,
    defaultFontSize: ctx.defaultFontSize,
  };
}
