import { parseRef } from "./cell-ref";
import { attributes, elementOf, nextTag, type Element } from "./xml";

/** A cell element in the sheet's text. */
export interface CellSpan {
  row: number;
  col: number;
  /** [start, end) of the whole `<c>` element; tagEnd is after its start tag */
  start: number;
  tagEnd: number;
  end: number;
}

/** A row element in the sheet's text. */
export interface RowSpan {
  row: number;
  start: number;
  tagEnd: number;
  end: number;
  empty: boolean;
}

/**
 * A fast attribute read on a start tag: ` name="…"` as Excel writes it, falling back to the
 * general parser for other quoting or spacing.
 */
export function attr(tag: string, name: string): string | null {
  const key = ` ${name}="`;
  const i = tag.indexOf(key);
  if (i >= 0) {
    const v = tag.slice(i + key.length, tag.indexOf('"', i + key.length));
    return v.indexOf("&") < 0 ? v : (attributes(tag).get(name) ?? null);
  }
  if (tag.indexOf("'") < 0 && tag.indexOf(`${name} `) < 0 && tag.indexOf(`${name}=`) < 0) return null;
  return attributes(tag).get(name) ?? null;
}

/**
 * Walks the rows and cells of `<sheetData>` in document order (rows and cells without an `r`
 * attribute follow the previous one, as the format allows). wantCells, when given, says which rows'
 * cells are needed: the others are passed over to their end tag without looking at their cells.
 */
export function scanSheetData(
  xml: string,
  sheetData: Element,
  onRow: ((r: RowSpan) => void) | null,
  onCell: (c: CellSpan) => void,
  wantCells: ((row: number) => boolean) | null = null,
): void {
  const to = sheetData.contentEnd;
  let rowIndex = -1;
  let nextCol = 0;
  let current: RowSpan | null = null;
  for (let t = nextTag(xml, sheetData.contentStart, to); t;) {
    if (t.local === "row" && t.kind !== "close") {
      const r = attr(xml.slice(t.start, t.end), "r");
      rowIndex = r ? Number(r) - 1 : rowIndex + 1;
      nextCol = 0;
      current = { row: rowIndex, start: t.start, tagEnd: t.end, end: t.end, empty: t.kind === "empty" };
      if (t.kind === "empty") onRow?.(current);
      else if (wantCells && !wantCells(rowIndex)) {
        // rows do not nest and cells hold no markup named like the row's end tag
        const close = xml.indexOf(`</${t.name}>`, t.end);
        if (close >= 0 && close < to) {
          current.end = close + t.name.length + 3;
          onRow?.(current);
          current = null;
          t = nextTag(xml, close + t.name.length + 3, to);
          continue;
        }
      }
      t = nextTag(xml, t.end, to);
      continue;
    }
    if (t.local === "row" && t.kind === "close" && current) {
      current.end = t.end;
      onRow?.(current);
      current = null;
      t = nextTag(xml, t.end, to);
      continue;
    }
    if (t.local === "c" && t.kind !== "close") {
      const ref = attr(xml.slice(t.start, t.end), "r");
      const at = ref ? parseRef(ref) : null;
      const col = at ? at.col : nextCol;
      const end = t.kind === "empty" ? t.end : elementOf(xml, t).end;
      onCell({ row: at ? at.row : rowIndex, col, start: t.start, tagEnd: t.end, end });
      nextCol = col + 1;
      t = nextTag(xml, end, to);
      continue;
    }
    t = nextTag(xml, t.end, to);
  }
}

/** The cells of one row, in order (read from the row's span in the text when a cell of it is asked for). */
export function cellsOfRow(xml: string, span: RowSpan): CellSpan[] {
  const cells: CellSpan[] = [];
  if (span.empty) return cells;
  const rowOnly = { contentStart: span.start, contentEnd: span.end } as Element;
  scanSheetData(xml, rowOnly, null, (c) => cells.push(c.row === span.row ? c : { ...c, row: span.row }));
  return cells;
}

/** The top-level children of a worksheet, found without walking the cells (sheetData ends at its literal end tag). */
export function worksheetChildren(xml: string): { root: Element; children: Element[] } {
  let p = 0;
  let root: Element | null = null;
  for (let t = nextTag(xml, p); t; t = nextTag(xml, t.end)) {
    if (t.kind === "open" || t.kind === "empty") {
      const close = xml.lastIndexOf(`</${t.name}>`);
      root = { tag: t, end: close < 0 ? t.end : close + t.name.length + 3, contentStart: t.end, contentEnd: close < 0 ? t.end : close };
      break;
    }
  }
  if (!root) throw new Error("no worksheet element");
  const children: Element[] = [];
  p = root.contentStart;
  for (let t = nextTag(xml, p, root.contentEnd); t; t = nextTag(xml, p, root.contentEnd)) {
    if (t.kind !== "open" && t.kind !== "empty") {
      p = t.end;
      continue;
    }
    let el: Element;
    if (t.local === "sheetData" && t.kind === "open") {
      const close = xml.indexOf(`</${t.name}>`, t.end);
      el = { tag: t, end: close + t.name.length + 3, contentStart: t.end, contentEnd: close };
    } else el = elementOf(xml, t);
    children.push(el);
    p = el.end;
  }
  return { root, children };
}
