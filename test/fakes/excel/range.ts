/**
 * Excel.Range の模擬。load した値だけが読め、書き込みは sync のときに積んだ順に当たる。
 * - 読み取りは 1 回に 500 万セルまで（「Resource limits…」：A range is limited to 5,000,000 cells for read operations）。
 * - 保護されたシートのロックされたセルへの書き込みは AccessDenied、バッチの残りは実行されない。
 * - getMergedAreasOrNullObject（ExcelApi 1.13）は結合が 512 を超えると失敗する（Range の API の説明）。
 * - getSpecialCellsOrNullObject・getCellProperties・getRowProperties は ExcelApi 1.9。
 */
import { a1 } from "../../../src/core/snapshot";
import { formulaOf, valueTypeOf, writeInput, type FakeCell } from "./cells";
import { FakeObject, propertyList, type FakeContext } from "./context";
import { officeError } from "./errors";
import { boxesOf } from "./address";
import { assertFormattable, FakeRangeFormat, type RangeTarget } from "./range-format";
import { boxAddress, cellCount, type Box, type FakeSheet } from "./sheet";
import { FakeClientResult, FakeRangeAreas } from "./areas";

export { FakeClientResult, FakeRangeAreas };

export const READ_CELL_LIMIT = 5_000_000;
export const MERGED_AREAS_LIMIT = 512;

const GRID = new Set(["values", "text", "numberFormat", "formulas", "valueTypes"]);

export class FakeRange extends FakeObject {
  readonly format: FakeRangeFormat;

  /** box が null を返すのは null オブジェクト（使用範囲がない） */
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheetOf: () => FakeSheet,
    private readonly boxOf: () => Box | null,
    nullable = false,
  ) {
    super(ctx, path);
    if (nullable) {
      this.nullState = undefined;
      ctx.enqueue({
        request: { nullCheck: path },
        run: () => this.boxOf() === null,
        commit: (isNull) => {
          this.nullState = Boolean(isNull);
        },
      });
    }
    this.format = new FakeRangeFormat(ctx, `${path}.format`, this.target());
  }

  private target(): RangeTarget {
    return { sheet: () => this.sheetOf(), box: () => this.box() };
  }

  private box(): Box {
    const box = this.boxOf();
    if (!box) throw officeError("InvalidOperation", "The object is a null object.", this.path);
    return box;
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.queueSet("values", v, () => this.writeValues(v));
  }
  get text(): string[][] {
    return this.read("text");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.queueSet("numberFormat", v, () =>
      this.writeGrid(
        v,
        (cell, f) => {
          cell.format = String(f);
        },
        true,
      ),
    );
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  private grid<T>(f: (cell: FakeCell | undefined) => T): T[][] {
    const sheet = this.sheetOf();
    const box = this.box();
    const out: T[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: T[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(f(sheet.peek(r, c)));
      out.push(row);
    }
    return out;
  }

  private property(p: string): unknown {
    const box = this.box();
    if (GRID.has(p) && cellCount(box) > READ_CELL_LIMIT)
      throw officeError("RangeExceedsLimit", `The range has more than ${READ_CELL_LIMIT} cells.`, this.path);
    switch (p) {
      case "address":
        return boxAddress(this.sheetOf().name, box);
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
      case "cellCount":
        return cellCount(box);
      case "values":
        return this.grid((c) => c?.value ?? "");
      case "text":
        return this.grid((c) => c?.text ?? "");
      case "numberFormat":
        return this.grid((c) => c?.format ?? "General");
      case "formulas":
        return this.grid((c) => (c ? formulaOf(c) : ""));
      case "valueTypes":
        return this.grid((c) => (c ? valueTypeOf(c) : "Empty"));
      default:
        throw officeError("InvalidArgument", `The property '${p}' does not exist on Range.`, this.path);
    }
  }

  load(arg?: unknown): this {
    const props = propertyList(arg);
    if (props.some((p) => p.includes("/"))) throw new Error(`navigational load is not allowed in this fake: ${props.join(",")}`);
    this.queueLoad(props, (ps) => (this.boxOf() === null ? null : Object.fromEntries(ps.map((p) => [p, this.property(p)]))));
    return this;
  }

  private writeGrid(v: unknown[][], put: (cell: FakeCell, value: unknown) => void, formatting: boolean): void {
    const sheet = this.sheetOf();
    const box = this.box();
    if (
      !Array.isArray(v) ||
      v.length !== box.bottom - box.top + 1 ||
      v.some((row) => !Array.isArray(row) || row.length !== box.right - box.left + 1)
    ) {
      throw officeError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        this.path,
      );
    }
    if (formatting) assertFormattable(this.target(), this.path);
    v.forEach((row, i) =>
      row.forEach((value, j) => {
        const cell = sheet.cell(box.top + i, box.left + j);
        if (!formatting && sheet.protection.protected && cell.locked)
          throw officeError(
            "AccessDenied",
            `The cell ${a1(box.top + i, box.left + j)} on the protected sheet '${sheet.name}' cannot be changed.`,
            this.path,
          );
        put(cell, value);
      }),
    );
  }

  private writeValues(v: unknown[][]): void {
    const book = this.ctx.book;
    this.writeGrid(
      v,
      (cell, value) => {
        if (writeInput(cell, value, this.path)) book.formulaWrites++;
      },
      false,
    );
  }

  clear(applyTo: string = "All"): void {
    this.queueCall("clear", [applyTo], () => {
      const sheet = this.sheetOf();
      const box = this.box();
      for (const { row, col, cell } of [...sheet.entries()]) {
        if (row < box.top || row > box.bottom || col < box.left || col > box.right) continue;
        if (applyTo !== "Formats" && sheet.protection.protected && cell.locked && cell.value !== null)
          throw officeError("AccessDenied", `The protected sheet '${sheet.name}' cannot be changed.`, this.path);
        if (applyTo !== "Formats") Object.assign(cell, { value: null, text: "", formula: null, quotePrefix: false });
        if (applyTo !== "Contents") Object.assign(cell, { format: "General", fill: null, borders: {} });
      }
    });
  }

  /**
   * 範囲を結合する（ExcelApi 1.2、Range.merge）。across なら行ごとに。保護されたシートでは AccessDenied、
   * 今ある結合と重なれば Excel と同じく InvalidOperation（先に unmerge が要る）。
   */
  merge(across = false): void {
    this.ctx.requireApi("1.2", "Range.merge");
    this.queueCall("merge", [across], () => {
      const sheet = this.sheetOf();
      const box = this.box();
      if (sheet.protection.protected) throw officeError("AccessDenied", `The sheet '${sheet.name}' is protected.`, this.path);
      if (sheet.merges.some((m) => m.bottom >= box.top && m.top <= box.bottom && m.right >= box.left && m.left <= box.right))
        throw officeError("InvalidOperation", "The range overlaps a merged area.", this.path);
      const rows = across ? Array.from({ length: box.bottom - box.top + 1 }, (_, i) => box.top + i) : [box.top];
      for (const top of rows)
        if (box.right > box.left || (!across && box.bottom > box.top))
          sheet.merges.push({ top, left: box.left, bottom: across ? top : box.bottom, right: box.right });
    });
  }

  select(): void {
    this.queueCall("select", [], () => {
      this.ctx.book.selected = { sheet: this.sheetOf().name, address: a1(this.box().top, this.box().left) };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getMergedAreasOrNullObject()`,
      () => {
        const box = this.box();
        const inside = this.sheetOf().merges.filter(
          (m) => m.bottom >= box.top && m.top <= box.bottom && m.right >= box.left && m.left <= box.right,
        );
        if (inside.length > MERGED_AREAS_LIMIT)
          throw officeError(
            "GeneralException",
            `There are more than ${MERGED_AREAS_LIMIT} merged areas in the range.`,
            `${this.path}.getMergedAreasOrNullObject`,
          );
        return inside.length === 0 ? null : inside;
      },
      () => this.sheetOf().name,
    );
  }

  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.ctx.requireApi("1.9", "Range.getSpecialCellsOrNullObject");
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getSpecialCellsOrNullObject(${cellType})`,
      () => {
        const box = this.box();
        const hits: { row: number; col: number }[] = [];
        for (const { row, col, cell } of this.sheetOf().entries()) {
          if (row < box.top || row > box.bottom || col < box.left || col > box.right) continue;
          if (
            cellType === "Formulas"
              ? cell.formula !== null
              : cellType === "Constants"
                ? cell.formula === null && cell.value !== null
                : false
          )
            hits.push({ row, col });
        }
        return hits.length === 0 ? null : boxesOf(hits);
      },
      () => this.sheetOf().name,
    );
  }

  private propertiesResult<T>(method: string, api: string, make: () => T): FakeClientResult<T> {
    this.ctx.requireApi("1.9", api);
    const result = new FakeClientResult<T>(`${this.path}.${method}`);
    this.ctx.enqueue({ request: { call: `${this.path}.${method}` }, run: () => make(), commit: (data) => result.settle(data as T) });
    return result;
  }

  getCellProperties(options: {
    format?: { fill?: Record<string, boolean>; rowHeight?: boolean };
    address?: boolean;
  }): FakeClientResult<unknown[][]> {
    return this.propertiesResult("getCellProperties", "Range.getCellProperties", () => {
      const box = this.box();
      return this.grid((c) => {
        const fill: Record<string, unknown> = {};
        if (options.format?.fill?.color) fill.color = c?.fill?.color ?? "#FFFFFF";
        if (options.format?.fill?.pattern) fill.pattern = c?.fill?.pattern ?? "None";
        if (options.format?.fill?.patternColor) fill.patternColor = c?.fill?.patternColor ?? null;
        return { format: { fill } };
      }).map((row, i) =>
        options.address
          ? row.map((p, j) => ({
              ...p,
              address: boxAddress(this.sheetOf().name, { top: box.top + i, left: box.left + j, bottom: box.top + i, right: box.left + j }),
            }))
          : row,
      );
    });
  }

  getRowProperties(options: { format?: { rowHeight?: boolean }; rowIndex?: boolean }): FakeClientResult<unknown[]> {
    return this.propertiesResult("getRowProperties", "Range.getRowProperties", () => {
      const box = this.box();
      const out: unknown[] = [];
      for (let r = box.top; r <= box.bottom; r++)
        out.push({ ...(options.rowIndex ? { rowIndex: r } : {}), format: { rowHeight: this.sheetOf().rowHeight(r) } });
      return out;
    });
  }

  getColumnProperties(options: { format?: { columnWidth?: boolean }; columnIndex?: boolean }): FakeClientResult<unknown[]> {
    return this.propertiesResult("getColumnProperties", "Range.getColumnProperties", () => {
      const box = this.box();
      const out: unknown[] = [];
      for (let c = box.left; c <= box.right; c++)
        out.push({ ...(options.columnIndex ? { columnIndex: c } : {}), format: { columnWidth: this.sheetOf().columnWidth(c) } });
      return out;
    });
  }
}
