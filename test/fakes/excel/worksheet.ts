/**
 * Worksheet・WorksheetCollection・Workbook・NoteCollection の模擬。
 * - getItem は無いシートだと sync のときに ItemNotFound。getItemOrNullObject（ExcelApi 1.4）は null オブジェクト。
 * - ブックの構成が保護されていれば、シートの追加・削除は AccessDenied（workbook.protection は ExcelApi 1.7）。
 * - 注記（Note、ExcelApi 1.18）は保護されたシートでは「オブジェクトの編集」を許していなければ AccessDenied。
 */
import { FakeObject, propertyList, type FakeContext } from "./context";
import { officeError } from "./errors";
import { parseBox } from "./address";
import { FakePageBreaks, FakePageLayout } from "./page-layout";
import { FakeRange } from "./range";
import { FakeNamedItem } from "./names";
import { FakeNoteCollection } from "./notes";
import { FakeSheet, type Box } from "./sheet";

function requireSheet(ctx: FakeContext, name: string, where: string): FakeSheet {
  const sheet = ctx.book.sheet(name);
  if (!sheet) throw officeError("ItemNotFound", `The requested resource doesn't exist (worksheet '${name}').`, where);
  return sheet;
}

function assertStructure(ctx: FakeContext, where: string): void {
  if (ctx.book.structureProtected) throw officeError("AccessDenied", "The workbook structure is protected.", where);
}

export class FakeWorksheet extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheetName: () => string,
    nullable = false,
  ) {
    super(ctx, path);
    if (nullable) {
      this.nullState = undefined;
      ctx.enqueue({
        request: { nullCheck: path },
        run: () => !ctx.book.sheet(sheetName()),
        commit: (isNull) => {
          this.nullState = Boolean(isNull);
        },
      });
    }
  }

  private sheet = (): FakeSheet => requireSheet(this.ctx, this.sheetName(), this.path);

  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.queueSet("visibility", v, () => {
      this.sheet().visibility = v;
    });
  }
  /** 枠線の表示（ExcelApi 1.8）。 */
  set showGridlines(v: boolean) {
    this.ctx.requireApi("1.8", "Worksheet.showGridlines");
    this.queueSet("showGridlines", v, () => {
      this.sheet().showGridlines = v;
    });
  }

  load(arg?: unknown): this {
    this.queueLoad(propertyList(arg), (ps) => {
      if (this.nullState !== false && !this.ctx.book.sheet(this.sheetName())) return null;
      const sheet = this.sheet();
      return Object.fromEntries(
        ps.map((p) => [
          p,
          p === "name"
            ? sheet.name
            : p === "visibility"
              ? sheet.visibility
              : (() => {
                  throw officeError("InvalidArgument", `Unknown property ${p}`, this.path);
                })(),
        ]),
      );
    });
    return this;
  }

  get protection(): FakeObject & { protected: boolean } {
    this.ctx.requireApi("1.2", "Worksheet.protection");
    return new FakeProtection(this.ctx, `${this.path}.protection`, () => this.sheet().protection.protected) as FakeObject & {
      protected: boolean;
    };
  }

  getRange(address = "A1:XFD1048576"): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange('${address}')`, this.sheet, () => parseBox(address, this.path));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    let memo: { box: Box | null } | null = null;
    return new FakeRange(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      this.sheet,
      () => {
        memo ??= { box: this.sheet().usedBox(valuesOnly) };
        return memo.box;
      },
      true,
    );
  }

  delete(): void {
    this.queueCall("delete", [], () => {
      assertStructure(this.ctx, this.path);
      const sheet = this.sheet();
      this.ctx.book.sheets = this.ctx.book.sheets.filter((s) => s !== sheet);
    });
  }

  activate(): void {
    this.queueCall("activate", [], () => {
      this.ctx.book.activeSheet = this.sheet().name;
    });
  }

  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.ctx, `${this.path}.pageLayout`, this.sheet);
  }
  get horizontalPageBreaks(): FakePageBreaks {
    return new FakePageBreaks(this.ctx, `${this.path}.horizontalPageBreaks`, this.sheet);
  }
  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.ctx, `${this.path}.notes`, this.sheet);
  }

  get names(): { getItem: (name: string) => FakeNamedItem; getItemOrNullObject: (name: string) => FakeNamedItem } {
    this.ctx.requireApi("1.4", "Worksheet.names");
    return {
      getItem: (name) => new FakeNamedItem(this.ctx, `${this.path}.names.getItem('${name}')`, this.sheet, name, false),
      getItemOrNullObject: (name) =>
        new FakeNamedItem(this.ctx, `${this.path}.names.getItemOrNullObject('${name}')`, this.sheet, name, true),
    };
  }
}

class FakeProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly get: () => boolean,
  ) {
    super(ctx, path);
  }
  get protected(): boolean {
    return this.read("protected");
  }
  load(arg?: unknown): this {
    this.queueLoad(propertyList(arg), () => ({ protected: this.get() }));
    return this;
  }
}

export class FakeWorksheetCollection extends FakeObject {
  get items(): FakeWorksheet[] {
    return this.read("items");
  }
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
      if (name.length > 31 || /[\\/?*[\]:]/.test(name))
        throw officeError("InvalidArgument", `The sheet name '${name}' is not valid.`, this.path);
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
    return new FakeProtection(this.ctx, "workbook.protection", () => this.ctx.book.structureProtected) as FakeObject & {
      protected: boolean;
    };
  }
}
