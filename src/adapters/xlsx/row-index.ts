import type { RowSpan } from "./sheet-scan";

/**
 * Where each row of a sheet is in its text, kept as plain number arrays in document order (rows are in
 * ascending order, as the format requires) and found by binary search: 50,000 rows cost five numbers each,
 * not an object and a map entry each. A sheet whose rows are out of order is looked up through a map.
 */
export class RowIndex {
  private readonly rows: number[] = [];
  private readonly starts: number[] = [];
  private readonly tagEnds: number[] = [];
  private readonly ends: number[] = [];
  private readonly empties: boolean[] = [];
  private unordered: Map<number, number> | null = null;

  add(span: RowSpan): void {
    const last = this.rows[this.rows.length - 1];
    if (last !== undefined && span.row <= last && !this.unordered) this.unordered = new Map(this.rows.map((r, i) => [r, i]));
    this.unordered?.set(span.row, this.rows.length);
    this.rows.push(span.row);
    this.starts.push(span.start);
    this.tagEnds.push(span.tagEnd);
    this.ends.push(span.end);
    this.empties.push(span.empty);
  }

  private indexOf(row: number): number {
    if (this.unordered) return this.unordered.get(row) ?? -1;
    let lo = 0;
    let hi = this.rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const r = this.rows[mid] as number;
      if (r === row) return mid;
      if (r < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  has(row: number): boolean {
    return this.indexOf(row) >= 0;
  }

  get(row: number): RowSpan | undefined {
    const i = this.indexOf(row);
    if (i < 0) return undefined;
    return {
      row,
      start: this.starts[i] as number,
      tagEnd: this.tagEnds[i] as number,
      end: this.ends[i] as number,
      empty: this.empties[i] as boolean,
    };
  }

  /** Where a new row goes: at the first row after it in the text (as the earlier code did), or null at the end of sheetData. */
  insertionPoint(row: number): number | null {
    if (this.unordered) {
      const i = this.rows.findIndex((r) => r > row);
      return i < 0 ? null : (this.starts[i] as number);
    }
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.rows[mid] as number) > row) hi = mid;
      else lo = mid + 1;
    }
    return lo < this.rows.length ? (this.starts[lo] as number) : null;
  }
}
