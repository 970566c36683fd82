/**
 * Worksheet・WorksheetCollection・Workbook・NoteCollection の模擬。
 * - getItem は無いシートだと sync のときに ItemNotFound。getItemOrNullObject（ExcelApi 1.4）は null オブジェクト。
 * - ブックの構成が保護されていれば、シートの追加・削除は AccessDenied（workbook.protection は ExcelApi 1.7）。
 * - 注記（Note、ExcelApi 1.18）は保護されたシートでは「オブジェクトの編集」を許していなければ AccessDenied。
 */
import { a1 } from "../../../src/core/snapshot";
import { FakeObject, propertyList, type FakeContext } from "./context";
import { officeError } from "./errors";
import { parseBox } from "./address";
import { FakePageBreaks, FakePageLayout } from "./page-layout";
import { FakeRange } from "./range";
import { FakeSheet, type Box } from "./sheet";

function requireSheet(ctx: FakeContext, name: string, where: string): FakeSheet {
  const sheet = ctx.book.sheet(name);
  if (!sheet) throw officeError("ItemNotFound", `The requested resource doesn't exist (worksheet '${name}').`, where);
  return sheet;
}

function assertStructure(ctx: FakeContext, where: string): void {
  if (ctx.book.structureProtected) throw officeError("AccessDenied", "The workbook structure is protected.", where);
}

class FakeNote extends FakeObject {
  constructor(ctx: FakeContext, path: string, private readonly sheet: () => FakeSheet, private readonly cell: string) {
    super(ctx, path);
    this.nullState = undefined;
    ctx.enqueue({ request: { nullCheck: path }, run: () => !this.sheet().notes.has(cell), commit: (isNull) => { this.nullState = Boolean(isNull); } });
  }
  get content(): string { return this.read("content"); }
  set content(v: string) {
    this.queueSet("content", v, () => {
      const note = this.sheet().notes.get(this.cell);
      if (!note) throw officeError("ItemNotFound", "The note doesn't exist.", this.path);
      note.content = v;
    });
  }
  load(arg?: unknown): this {
    this.queueLoad(propertyList(arg), () => {
      const note = this.sheet().notes.get(this.cell);
      return note ? { content: note.content, authorName: note.author } : null;
    });
    return this;
  }
  delete(): void {
    this.queueCall("delete", [], () => {
      assertEditObjects(this.sheet(), this.path);
      this.sheet().notes.delete(this.cell);
    });
  }
}

function assertEditObjects(sheet: FakeSheet, where: string): void {
  if (sheet.protection.protected && !sheet.protection.allowEditObjects) throw officeError("AccessDenied", `The sheet '${sheet.name}' is protected.`, where);
}

class FakeNoteCollection extends FakeObject {
  constructor(ctx: FakeContext, path: string, private readonly sheet: () => FakeSheet) {
    super(ctx, path);
    ctx.requireApi("1.18", "Worksheet.notes");
  }
  private cellOf(address: string): string {
    const box = parseBox(address, this.path);
    if (box.top !== box.bottom || box.left !== box.right) throw officeError("InvalidArgument", "InvalidCellAddress: a note needs a single cell.", this.path);
    return a1(box.top, box.left);
  }
  add(address: string, content: string): FakeNote {
    this.queueCall("add", [address, content], () => {
      const sheet = this.sheet();
      assertEditObjects(sheet, this.path);
      const cell = this.cellOf(address);
      if (sheet.notes.has(cell)) throw officeError("InvalidOperation", `The cell ${cell} already has a note.`, this.path);
      sheet.notes.set(cell, { content, author: "評価アシスタント" });
    });
    return new FakeNote(this.ctx, `${this.path}.getItem('${address}')`, this.sheet, this.cellOfSafe(address));
  }
  private cellOfSafe(address: string): string {
    const box = parseBox(address, this.path);
    return a1(box.top, box.left);
  }
  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.ctx, `${this.path}.getItemOrNullObject('${address}')`, this.sheet, this.cellOfSafe(address));
  }
}

export class FakeWorksheet extends FakeObject {
  constructor(ctx: FakeContext, path: string, private readonly sheetName: () => string, nullable = false) {
    super(ctx, path);
    if (nullable) {
      this.nullState = undefined;
      ctx.enqueue({ request: { nullCheck: path }, run: () => !ctx.book.sheet(sheetName()), commit: (isNull) => { this.nullState = Boolean(isNull); } });
    }
  }

  private sheet = (): FakeSheet => requireSheet(this.ctx, this.sheetName(), this.path);

  get name(): string { return this.read("name"); }
  get visibility(): string { return this.read("visibility"); }
  set visibility(v: string) { this.queueSet("visibility", v, () => { this.sheet().visibility = v; }); }

  load(arg?: unknown): this {
    this.queueLoad(propertyList(arg), (ps) => {
      if (this.nullState !== false && !this.ctx.book.sheet(this.sheetName())) return null;
      const sheet = this.sheet();
      return Object.fromEntries(ps.map((p) => [p, p === "name" ? sheet.name : p === "visibility" ? sheet.visibility : (() => { throw officeError("InvalidArgument", `Unknown property ${p}`, this.path); })()]));
    });
    return this;
  }

  get protection(): FakeObject & { protected: boolean } {
    this.ctx.requireApi("1.2", "Worksheet.protection");
    return new FakeProtection(this.ctx, `${this.path}.protection`, () => this.sheet().protection.protected) as FakeObject & { protected: boolean };
  }

  getRange(address = "A1:XFD1048576"): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange('${address}')`, this.sheet, () => parseBox(address, this.path));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    let memo: { box: Box | null } | null = null;
    return new FakeRange(this.ctx, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, this.sheet, () => {
      memo ??= { box: this.sheet().usedBox(valuesOnly) };
      return memo.box;
    }, true);
  }

  delete(): void {
    this.queueCall("delete", [], () => {
      assertStructure(this.ctx, this.path);
      const sheet = this.sheet();
      this.ctx.book.sheets = this.ctx.book.sheets.filter((s) => s !== sheet);
    });
  }

  activate(): void {
    this.queueCall("activate", [], () => { this.ctx.book.activeSheet = this.sheet().name; });
  }

  get pageLayout(): FakePageLayout { return new FakePageLayout(this.ctx, `${this.path}.pageLayout`, this.sheet); }
  get horizontalPageBreaks(): FakePageBreaks { return new FakePageBreaks(this.ctx, `${this.path}.horizontalPageBreaks`, this.sheet); }
  get notes(): FakeNoteCollection { return new FakeNoteCollection(this.ctx, `${this.path}.notes`, this.sheet); }

  get names(): { getItemOrNullObject: (name: string) => { delete: () => void } } {
    this.ctx.requireApi("1.4", "Worksheet.names");
    return {
      getItemOrNullObject: (name) => ({
        delete: () => this.queueCall(`names.getItemOrNullObject('${name}').delete`, [], () => {
          const sheet = this.sheet();
          sheet.names.delete(name);
          if (name === "Print_Area") sheet.print.printArea = null;
          if (name === "Print_Titles") sheet.print.titleRows = null;
        }),
      }),
    };
  }
}

class FakeProtection extends FakeObject {
  constructor(ctx: FakeContext, path: string, private readonly get: () => boolean) {
    super(ctx, path);
  }
  get protected(): boolean { return this.read("protected"); }
  load(arg?: unknown): this {
    this.queueLoad(propertyList(arg), () => ({ protected: this.get() }));
    return this;
  }
}

export class FakeWorksheetCollection extends FakeObject {
  get items(): FakeWorksheet[] { return this.read("items"); }
  load(arg?: unknown): this {
    const props = propertyList(arg).map((p) => p.replace(/^items\//, ""));
    this.queueLoad(["items"], () => ({
      items: this.ctx.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, `${this.path}.getItem('${s.name}')`, () => s.name);
        const loaded = (ws as unknown as { loaded: Map<string, unknown> }).loaded;
        for (const p of props) loaded.set(p, p === "name" ? s.name : p === "visibility" ? s.visibility : undefined);
        return ws;
      }),
    }));
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.getItem('${name}')`, () => name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.ctx, `${this.path}.getItemOrNullObject('${name}')`, () => name, true);
  }
  add(name: string): FakeWorksheet {
    this.queueCall("add", [name], () => {
      assertStructure(this.ctx, this.path);
      if (this.ctx.book.sheet(name)) throw officeError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`, this.path);
      if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw officeError("InvalidArgument", `The sheet name '${name}' is not valid.`, this.path);
      this.ctx.book.sheets.push(new FakeSheet(name));
    });
    return this.getItem(name);
  }
}

export class FakeWorkbookProxy extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  constructor(ctx: FakeContext) {
    super(ctx, "workbook");
    this.worksheets = new FakeWorksheetCollection(ctx, "workbook.worksheets");
  }
  get protection(): FakeObject & { protected: boolean } {
    this.ctx.requireApi("1.7", "Workbook.protection");
    return new FakeProtection(this.ctx, "workbook.protection", () => this.ctx.book.structureProtected) as FakeObject & { protected: boolean };
  }
}
