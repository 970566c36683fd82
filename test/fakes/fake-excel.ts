/**
 * 模擬の Excel（office.js の Excel.run の一部）。jest の約束の試験と、ブラウザーの試験（esbuild で束ねる）で使う。
 * 読み取りは load() で頼んだものを sync() のときに埋め、書き込みは sync() のときに順に当てる。sync の回数を数える。
 */
import type { CellValue, MergeRange, SheetSnapshot } from "../../src/core/snapshot";
import { a1, parseA1 } from "../../src/core/snapshot";

export interface FakeCell { value: CellValue; text: string; format: string; formula: string | null; fill: string | null }
export interface FakePrint { orientation?: string; paperSize?: string; zoom?: unknown; centerHorizontally?: boolean; area?: string; titleRows?: string; centerFooter?: string; breaks: string[] }
export interface FakeSheet { name: string; cells: Map<string, FakeCell>; merges: MergeRange[]; visibility: string; print?: FakePrint; rowHeights?: Map<number, number>; autofitted?: Set<number>; borders?: Map<string, Record<string, { style?: string; weight?: string; color?: string }>> }

/** office.js の Excel.BorderIndex・BorderLineStyle・BorderWeight（これ以外は Excel と同じく InvalidArgument）。 */
const BORDER_INDEX = new Set(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"]);
const BORDER_STYLE = new Set(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]);
const BORDER_WEIGHT = new Set(["Hairline", "Thin", "Medium", "Thick"]);
const invalid = (what: string): Error => Object.assign(new Error(`InvalidArgument: ${what}`), { code: "InvalidArgument" });

type Op = () => void;

function bounds(sheet: FakeSheet): { top: number; left: number; bottom: number; right: number } | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  for (const [addr, cell] of sheet.cells) {
    if (cell.value === null && cell.text === "" && !cell.formula) continue;
    const p = parseA1(addr);
    if (!p) continue;
    top = Math.min(top, p.row); left = Math.min(left, p.col); bottom = Math.max(bottom, p.row); right = Math.max(right, p.col);
  }
  if (bottom < 0) return null;
  for (const m of sheet.merges) {
    top = Math.min(top, m.top); left = Math.min(left, m.left); bottom = Math.max(bottom, m.bottom); right = Math.max(right, m.right);
  }
  return { top, left, bottom, right };
}

function parseRange(address: string): { top: number; left: number; bottom: number; right: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = local.split(":");
  const col = /^[A-Z]+$/.test(a ?? "");
  if (col) {
    const c = parseA1(`${a}1`)?.col ?? 0;
    return { top: 0, left: c, bottom: 1048575, right: parseA1(`${b}1`)?.col ?? c };
  }
  const tl = parseA1(a ?? "A1") ?? { row: 0, col: 0 };
  const br = b ? parseA1(b) ?? tl : tl;
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

class FakeRange {
  isNullObject = false;
  private loadedValues?: unknown[][];
  get values(): unknown[][] | undefined { return this.loadedValues; }
  set values(v: unknown[][] | undefined) { if (v) this.write(v); }
  text?: string[][];
  numberFormat?: string[][];
  formulas?: unknown[][];
  address = "";
  rowIndex = 0;
  columnIndex = 0;
  private box: { top: number; left: number; bottom: number; right: number } | null;
  readonly format: {
    fill: { color: string; clear: () => void };
    font: { bold?: boolean; size?: number; name?: string; color?: string };
    columnWidth?: number;
    rowHeight?: number;
    borders: { getItem: (index: string) => { style: string; weight: string; color: string } };
    autofitRows: () => void;
  };

  constructor(private readonly ctx: FakeContext, private readonly sheet: FakeSheet, box: { top: number; left: number; bottom: number; right: number } | null) {
    this.box = box;
    const each = (f: (cell: FakeCell) => void): void => this.each(f);
    this.format = {
      fill: {
        set color(color: string) { each((cell) => { cell.fill = color; }); },
        get color() { return ""; },
        clear: () => each((cell) => { cell.fill = null; }),
      },
      font: {},
      set rowHeight(h: number) { ctx.queue(() => { if (box) for (let r = box.top; r <= box.bottom; r++) (sheet.rowHeights ??= new Map()).set(r, h); }); },
      borders: { getItem: (index: string) => this.border(index) },
      autofitRows: () => ctx.queue(() => { if (box) for (let r = box.top; r <= Math.min(box.bottom, box.top + 10000); r++) (sheet.autofitted ??= new Set()).add(r); }),
    };
  }

  /** 範囲の罫線 1 辺（書いた値は範囲の左上のセルに、辺の名前ごとに残す）。 */
  private border(index: string): { style: string; weight: string; color: string } {
    if (!BORDER_INDEX.has(index)) throw invalid(`BorderIndex ${index}`);
    const key = this.box ? a1(this.box.top, this.box.left) : "";
    const record = (field: "style" | "weight" | "color", value: string): void =>
      this.ctx.queue(() => {
        const cell = (this.sheet.borders ??= new Map()).get(key) ?? {};
        cell[index] = { ...cell[index], [field]: value };
        this.sheet.borders.set(key, cell);
      });
    return {
      set style(v: string) { if (!BORDER_STYLE.has(v)) throw invalid(`BorderLineStyle ${v}`); record("style", v); },
      get style() { return ""; },
      set weight(v: string) { if (!BORDER_WEIGHT.has(v)) throw invalid(`BorderWeight ${v}`); record("weight", v); },
      get weight() { return ""; },
      set color(v: string) { record("color", v); },
      get color() { return ""; },
    };
  }

  /** 範囲を結合する（across なら行ごと）。 */
  merge(across = false): void {
    const box = this.box;
    if (!box) return;
    this.ctx.queue(() => {
      const rows = across ? Array.from({ length: box.bottom - box.top + 1 }, (_, i) => box.top + i) : [box.top];
      for (const top of rows) this.sheet.merges.push({ top, left: box.left, bottom: across ? top : box.bottom, right: box.right });
    });
  }

  private cell(r: number, c: number): FakeCell {
    const key = a1(r, c);
    let cell = this.sheet.cells.get(key);
    if (!cell) {
      cell = { value: null, text: "", format: "General", formula: null, fill: null };
      this.sheet.cells.set(key, cell);
    }
    return cell;
  }

  private each(f: (cell: FakeCell) => void): void {
    const box = this.box;
    if (!box) return;
    this.ctx.queue(() => {
      for (const key of [...this.sheet.cells.keys()]) {
        const p = parseA1(key);
        if (p && p.row >= box.top && p.row <= box.bottom && p.col >= box.left && p.col <= box.right) f(this.sheet.cells.get(key) as FakeCell);
      }
      if (box.bottom - box.top < 1000) for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) f(this.cell(r, c));
    });
  }

  load(): this {
    this.ctx.queueLoad(() => this.fill());
    return this;
  }

  private fill(): void {
    const box = this.box;
    if (!box) {
      this.isNullObject = true;
      return;
    }
    const grid = <T>(f: (cell: FakeCell) => T): T[][] => {
      const out: T[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: T[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(f(this.sheet.cells.get(a1(r, c)) ?? { value: null, text: "", format: "General", formula: null, fill: null }));
        out.push(row);
      }
      return out;
    };
    this.loadedValues = grid((c) => c.value ?? "");
    this.text = grid((c) => c.text);
    this.numberFormat = grid((c) => c.format);
    this.formulas = grid((c) => c.formula ?? c.value ?? "");
    this.address = `${this.sheet.name}!${a1(box.top, box.left)}:${a1(box.bottom, box.right)}`;
    this.rowIndex = box.top;
    this.columnIndex = box.left;
  }

  write(v: unknown[][]): void {
    const box = this.box;
    if (!box) return;
    this.ctx.queue(() => {
      v.forEach((row, i) => row.forEach((value, j) => {
        const cell = this.cell(box.top + i, box.left + j);
        const s = String(value ?? "");
        if (s.startsWith("=")) this.ctx.book.formulaWrites++;
        cell.value = s.startsWith("'") ? s.slice(1) : (value as CellValue);
        cell.text = s.startsWith("'") ? s.slice(1) : s;
        cell.formula = s.startsWith("=") ? s : null;
      }));
    });
  }

  clear(): void {
    const box = this.box;
    if (!box) return;
    this.ctx.queue(() => {
      for (const key of [...this.sheet.cells.keys()]) {
        const p = parseA1(key);
        if (p && p.row >= box.top && p.row <= box.bottom && p.col >= box.left && p.col <= box.right) this.sheet.cells.delete(key);
      }
    });
  }

  select(): void {
    this.ctx.queue(() => { this.ctx.book.selected = { sheet: this.sheet.name, address: this.box ? a1(this.box.top, this.box.left) : "" }; });
  }

  getMergedAreasOrNullObject(): { isNullObject: boolean; address: string; load: () => void } {
    const areas = { isNullObject: true, address: "", load: () => undefined as void };
    areas.load = () => this.ctx.queueLoad(() => {
      const box = this.box;
      const inside = box ? this.sheet.merges.filter((m) => m.top >= box.top && m.bottom <= box.bottom && m.left >= box.left && m.right <= box.right) : [];
      areas.isNullObject = inside.length === 0;
      areas.address = inside.map((m) => `${this.sheet.name}!${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).join(", ");
    });
    return areas;
  }

  getCellProperties(): { value: { format: { fill: { color: string } } }[][] } {
    const result = { value: [] as { format: { fill: { color: string } } }[][] };
    this.ctx.queueLoad(() => {
      const box = this.box;
      if (!box) return;
      for (let r = box.top; r <= box.bottom; r++) {
        const row: { format: { fill: { color: string } } }[] = [];
        for (let c = box.left; c <= box.right; c++) row.push({ format: { fill: { color: this.sheet.cells.get(a1(r, c))?.fill ?? "#FFFFFF" } } });
        result.value.push(row);
      }
    });
    return result;
  }
}

class FakeWorksheet {
  constructor(private readonly ctx: FakeContext, readonly name: string) {}
  private get sheet(): FakeSheet {
    const s = this.ctx.book.sheet(this.name);
    if (!s) throw Object.assign(new Error(`シート「${this.name}」がありません`), { code: "ItemNotFound" });
    return s;
  }
  getUsedRangeOrNullObject(): FakeRange {
    const range = new FakeRange(this.ctx, this.ctx.book.sheet(this.name) ?? { name: this.name, cells: new Map(), merges: [], visibility: "Visible" }, null);
    this.ctx.queueLoad(() => { (range as unknown as { box: unknown }).box = this.ctx.book.sheet(this.name) ? bounds(this.sheet) : null; }, true);
    return range;
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, this.sheet, parseRange(address));
  }
  set visibility(v: string) { this.ctx.queue(() => { this.sheet.visibility = v; }); }
  get visibility(): string { return this.sheet.visibility; }
  activate(): void { this.ctx.queue(() => { this.ctx.book.activeSheet = this.name; }); }
  delete(): void { this.ctx.queue(() => { this.ctx.book.sheets = this.ctx.book.sheets.filter((s) => s.name !== this.name); }); }

  private get print(): FakePrint {
    const sheet = this.sheet;
    sheet.print ??= { breaks: [] };
    return sheet.print;
  }

  get pageLayout(): Record<string, unknown> {
    const print = this.print;
    const q = (f: () => void): void => this.ctx.queue(f);
    return {
      set orientation(v: string) { q(() => { print.orientation = v; }); },
      set paperSize(v: string) { q(() => { print.paperSize = v; }); },
      set zoom(v: unknown) { q(() => { print.zoom = v; }); },
      set centerHorizontally(v: boolean) { q(() => { print.centerHorizontally = v; }); },
      setPrintArea: (a: string) => q(() => { print.area = a; }),
      setPrintTitleRows: (a: string) => q(() => { print.titleRows = a; }),
      headersFooters: { defaultForAllPages: { set centerFooter(v: string) { q(() => { print.centerFooter = v; }); } } },
    };
  }

  get horizontalPageBreaks(): { removePageBreaks: () => void; add: (a: string) => void } {
    const print = this.print;
    return { removePageBreaks: () => this.ctx.queue(() => { print.breaks = []; }), add: (a) => this.ctx.queue(() => { print.breaks.push(a); }) };
  }
}

class FakeContext {
  private ops: Op[] = [];
  private loads: { op: Op; first: boolean }[] = [];
  readonly workbook: { worksheets: { items: FakeWorksheet[]; load: (p?: string) => void; getItem: (n: string) => FakeWorksheet; add: (n: string) => FakeWorksheet } };

  constructor(readonly book: FakeWorkbook) {
    const worksheets = {
      items: [] as FakeWorksheet[],
      load: () => this.queueLoad(() => { worksheets.items = book.sheets.map((s) => new FakeWorksheet(this, s.name)); }),
      getItem: (n: string) => new FakeWorksheet(this, n),
      add: (n: string) => {
        book.sheets.push({ name: n, cells: new Map(), merges: [], visibility: "Visible" });
        return new FakeWorksheet(this, n);
      },
    };
    this.workbook = { worksheets };
  }

  queue(op: Op): void { this.ops.push(op); }
  queueLoad(op: Op, first = false): void { this.loads.push({ op, first }); }

  async sync(): Promise<void> {
    this.book.syncs++;
    if (this.book.editMode) throw Object.assign(new Error("The cell is in edit mode"), { code: "InvalidOperationInCellEditMode" });
    const ops = this.ops;
    const loads = this.loads;
    this.ops = [];
    this.loads = [];
    for (const op of ops) op();
    for (const l of loads.filter((x) => x.first)) l.op();
    for (const l of loads.filter((x) => !x.first)) l.op();
    await Promise.resolve();
  }
}

/** 模擬のブック。 */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  syncs = 0;
  editMode = false;
  formulaWrites = 0;
  selected: { sheet: string; address: string } | null = null;
  activeSheet = "";
  /** 対応している ExcelApi の版（"1.13" なら 1.13 まで） */
  apiVersion = "1.13";

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  static fromSnapshots(sheets: SheetSnapshot[]): FakeWorkbook {
    const book = new FakeWorkbook();
    for (const s of sheets) {
      const cells = new Map<string, FakeCell>();
      s.texts.forEach((row, r) => row.forEach((text, c) => {
        const value = s.values[r]?.[c] ?? null;
        if (text === "" && value === null) return;
        cells.set(a1(r + s.origin.row, c + s.origin.col), { value, text, format: s.formats[r]?.[c] ?? "General", formula: s.formulas?.[r]?.[c] ? "=FORMULA()" : null, fill: null });
      }));
      book.sheets.push({ name: s.name, cells, merges: s.merges.map((m) => ({ ...m })), visibility: "Visible" });
    }
    return book;
  }

  isSetSupported = (name: string, version = "1.1"): boolean => {
    if (name !== "ExcelApi") return false;
    const [a, b] = version.split(".").map(Number);
    const [x, y] = this.apiVersion.split(".").map(Number);
    return (a ?? 0) < (x ?? 0) || ((a ?? 0) === (x ?? 0) && (b ?? 0) <= (y ?? 0));
  };

  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => batch(new FakeContext(this) as unknown as Excel.RequestContext);

  text(sheet: string, address: string): string {
    return this.sheet(sheet)?.cells.get(address)?.text ?? "";
  }

  fill(sheet: string, address: string): string | null {
    return this.sheet(sheet)?.cells.get(address)?.fill ?? null;
  }
}
