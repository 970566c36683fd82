import type { RowIndex } from "./row-index";
import { setAttribute } from "./xml";

type HeightPair = [ht: string | null, customHeight: string | null];

/**
 * The start tags of a sheet's rows as this run changes them: tags replaced whole, and heights set. A height
 * is kept as a pair shared by every row of that height, and the tag is made only when it is asked for
 * (when the part is written), so 50,000 grown rows hold no 50,000 tags.
 */
export class RowTags {
  private readonly replaced = new Map<number, string>();
  private readonly heights = new Map<number, HeightPair>();
  private readonly pairs = new Map<string, HeightPair>();

  constructor(
    private readonly xml: string,
    private readonly index: RowIndex,
    private readonly prefix: string,
  ) {}

  /** The start tag of a row as it is now (`<row r="5">` for a row the sheet lacks). */
  tag(row: number): string {
    const tag = this.baseTag(row);
    const height = this.heights.get(row);
    return height ? setAttribute(setAttribute(tag, "ht", height[0]), "customHeight", height[1]) : tag;
  }

  private baseTag(row: number): string {
    const replaced = this.replaced.get(row);
    if (replaced !== undefined) return replaced;
    const span = this.index.get(row);
    if (!span) return `<${this.prefix}row r="${row + 1}">`;
    const tag = this.xml.slice(span.start, span.tagEnd);
    return span.empty ? tag.replace(/\s*\/>$/, ">") : tag;
  }

  replace(row: number, tag: string): void {
    this.replaced.set(row, tag);
    this.heights.delete(row);
  }

  setHeight(row: number, ht: string | null, customHeight: string | null): void {
    const key = `${ht}\u0000${customHeight}`;
    let pair = this.pairs.get(key);
    if (!pair) this.pairs.set(key, (pair = [ht, customHeight]));
    this.heights.set(row, pair);
  }

  /** The rows whose start tag this run changes. */
  changedRows(): Set<number> {
    const rows = new Set(this.replaced.keys());
    for (const row of this.heights.keys()) rows.add(row);
    return rows;
  }

  get changed(): boolean {
    return this.replaced.size > 0 || this.heights.size > 0;
  }
}
