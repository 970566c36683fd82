import type { MergeRange, SheetSnapshot } from "./snapshot";

const ERROR_TEXT = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA)$/;

/** Excel のエラー値の表示か。 */
export function isErrorText(text: string): boolean {
  return text.length < 14 && ERROR_TEXT.test(text);
}

/**
 * スナップショットを引くための格子。結合セルは左上の値だけを持つので、
 * 任意のセルからその結合の左上を引けるようにする。
 */
export class Grid {
  readonly sheet: SheetSnapshot;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeAt = new Map<number, MergeRange>();

  constructor(sheet: SheetSnapshot) {
    this.sheet = sheet;
    this.top = sheet.origin.row;
    this.left = sheet.origin.col;
    this.bottom = this.top + sheet.texts.length - 1;
    let width = 0;
    for (const row of sheet.texts) width = Math.max(width, row.length);
    this.right = this.left + width - 1;
    for (const merge of sheet.merges) {
      for (let r = merge.top; r <= merge.bottom; r++) {
        for (let c = merge.left; c <= merge.right; c++) this.mergeAt.set(this.key(r, c), merge);
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** (row, col) を覆う結合範囲。結合されていなければ null。 */
  merge(row: number, col: number): MergeRange | null {
    return this.mergeAt.get(this.key(row, col)) ?? null;
  }

  /** (row, col) の値を持つセル（結合なら左上）。 */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** セルそのものの表示文字列（結合の左上以外は空）。エラー値（#N/A など）は空として読む。 */
  ownText(row: number, col: number): string {
    const text = this.sheet.texts[row - this.top]?.[col - this.left] ?? "";
    return isErrorText(text) ? "" : text;
  }

  /** エラー値のセル（A1 形式と値）。最大 limit 個。 */
  errorCells(limit: number): { row: number; col: number; text: string }[] {
    const out: { row: number; col: number; text: string }[] = [];
    this.sheet.texts.forEach((cells, r) =>
      cells.forEach((text, c) => {
        if (out.length < limit && isErrorText(text)) out.push({ row: r + this.top, col: c + this.left, text });
      }),
    );
    return out;
  }

  /** 結合を考慮した表示文字列。 */
  text(row: number, col: number): string {
    const a = this.anchor(row, col);
    return this.ownText(a.row, a.col);
  }

  value(row: number, col: number): unknown {
    const a = this.anchor(row, col);
    return this.sheet.values[a.row - this.top]?.[a.col - this.left] ?? null;
  }

  hasFormula(row: number, col: number): boolean {
    const a = this.anchor(row, col);
    return this.sheet.formulas?.[a.row - this.top]?.[a.col - this.left] ?? false;
  }

  /** 結合の右端の列（結合されていなければ col）。 */
  rightOf(row: number, col: number): number {
    return this.merge(row, col)?.right ?? col;
  }
}
