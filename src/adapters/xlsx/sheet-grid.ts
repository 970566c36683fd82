import type { CellTextStyle, CellValue, SheetSnapshot } from "../../core/snapshot";

/** Widest row array made up front from the sheet's dimension (a dimension of A1:XFD… must not cost 16,384 slots a row). */
const MAX_WIDTH_HINT = 64;

/** A row filled up to the width (holes are cells the sheet does not have). */
function filled<T>(row: T[], width: number, empty: T): T[] {
  for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = empty;
  return row;
}

/** One frozen row shared by every row that has nothing but the default (a row of "General", a row without formulas). */
function sharedRow<T>(width: number, value: T): T[] {
  return Object.freeze(new Array<T>(width).fill(value)) as T[];
}

/**
 * The snapshot's cell arrays, built row by row. Each row array is made with the width the sheet declares
 * (so it holds no spare capacity), and the formats and formulas of a row that has only "General" and no
 * formula are one shared frozen row: at 50,000 rows this is a third of the memory of growing arrays.
 */
export class SheetGrid {
  private readonly values: CellValue[][] = [];
  private readonly texts: string[][] = [];
  private readonly styles: (CellTextStyle | null)[][] = [];
  private readonly formats: (string[] | null)[] = [];
  private readonly formulas: (boolean[] | null)[] = [];
  private cols = 0;
  private readonly hint: number;

  constructor(widthHint: number) {
    this.hint = Math.max(0, Math.min(widthHint, MAX_WIDTH_HINT));
  }

  /** Makes the rows up to `row` (a row the sheet lacks is empty) and counts the column in the width. */
  touch(row: number, col: number): void {
    this.cols = Math.max(this.cols, col + 1);
    while (this.values.length <= row) {
      this.values.push(new Array<CellValue>(this.hint));
      this.texts.push(new Array<string>(this.hint));
      this.styles.push(new Array<CellTextStyle | null>(this.hint));
      this.formats.push(null);
      this.formulas.push(null);
    }
  }

  set(row: number, col: number, cell: { value: CellValue; text: string; format: string; formula: boolean }, style: CellTextStyle): void {
    (this.values[row] as CellValue[])[col] = cell.value;
    (this.texts[row] as string[])[col] = cell.text;
    (this.styles[row] as (CellTextStyle | null)[])[col] = style;
    if (cell.format !== "General") (this.formats[row] ??= new Array<string>(this.hint))[col] = cell.format;
    if (cell.formula) (this.formulas[row] ??= new Array<boolean>(this.hint))[col] = true;
  }

  get rowCount(): number {
    return this.values.length;
  }

  get width(): number {
    return this.cols;
  }

  /** The arrays as the snapshot holds them, every row as wide as the widest. */
  finish(): Pick<SheetSnapshot, "values" | "texts" | "formats" | "formulas" | "textStyles"> {
    const width = this.cols;
    const general = sharedRow(width, "General");
    const noFormula = sharedRow(width, false);
    return {
      values: this.values.map((row) => filled(row, width, null)),
      texts: this.texts.map((row) => filled(row, width, "")),
      formats: this.formats.map((row) => (row ? filled(row, width, "General") : general)),
      formulas: this.formulas.map((row) => (row ? filled(row, width, false) : noFormula)),
      textStyles: this.styles.map((row) => filled(row, width, null)),
    };
  }
}
