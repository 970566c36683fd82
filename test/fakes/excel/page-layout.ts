/**
 * Worksheet.pageLayout と horizontalPageBreaks（ExcelApi 1.9）。zoom は丸ごと代入する（部分の代入は効かない：
 * 「Application-specific API model」の PageLayout.zoom の説明）。
 */
import { FakeObject, propertyList, type FakeContext } from "./context";
import { officeError } from "./errors";
import { parseBox } from "./address";
import { FakeRange, FakeRangeAreas } from "./range";
import type { FakePrint, FakeSheet } from "./sheet";

const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;
const SCALARS = ["orientation", "paperSize", "zoom", "centerHorizontally", ...MARGINS] as const;

export class FakePageLayout extends FakeObject {
  readonly headersFooters: { defaultForAllPages: FakeObject & { centerFooter: string } };

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, path);
    ctx.requireApi("1.9", "Worksheet.pageLayout");
    for (const p of SCALARS) {
      Object.defineProperty(this, p, {
        get: () => this.read(p),
        set: (v: unknown) => this.queueSet(p, v, () => this.setScalar(p, v)),
      });
    }
    const footer = new FakeHeaderFooter(ctx, `${path}.headersFooters.defaultForAllPages`, sheet);
    this.headersFooters = { defaultForAllPages: footer };
  }

  private setScalar(p: (typeof SCALARS)[number], v: unknown): void {
    const print = this.sheet().print;
    if ((MARGINS as readonly string[]).includes(p)) print.margins[p as (typeof MARGINS)[number]] = Number(v);
    else (print as unknown as Record<string, unknown>)[p] = p === "zoom" ? { ...(v as object) } : v;
  }

  /** 複数のプロパティをまとめて設定する（ClientObject.set）。 */
  set(properties: Record<string, unknown>): void {
    for (const [p, v] of Object.entries(properties)) {
      if (!(SCALARS as readonly string[]).includes(p))
        throw officeError("InvalidArgument", `PageLayout.set: unknown property ${p}`, this.path);
      this.queueSet(p, v, () => this.setScalar(p as (typeof SCALARS)[number], v));
    }
  }

  load(arg?: unknown): this {
    this.queueLoad(propertyList(arg), (ps) => {
      const print = this.sheet().print;
      return Object.fromEntries(
        ps.map((p) => [
          p,
          (MARGINS as readonly string[]).includes(p)
            ? print.margins[p as (typeof MARGINS)[number]]
            : (print as unknown as Record<string, unknown>)[p],
        ]),
      );
    });
    return this;
  }

  setPrintArea(address: string): void {
    this.queueCall("setPrintArea", [address], () => {
      parseBox(address, `${this.path}.setPrintArea`);
      this.sheet().print.printArea = address;
      this.sheet().names.add("Print_Area");
    });
  }

  setPrintTitleRows(address: string): void {
    this.queueCall("setPrintTitleRows", [address], () => {
      parseBox(address, `${this.path}.setPrintTitleRows`);
      this.sheet().print.titleRows = address;
      this.sheet().names.add("Print_Titles");
    });
  }

  getPrintAreaOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getPrintAreaOrNullObject()`,
      () => {
        const area = this.sheet().print.printArea;
        return area ? [parseBox(area, this.path)] : null;
      },
      () => this.sheet().name,
    );
  }

  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.getPrintTitleRowsOrNullObject()`,
      this.sheet,
      () => {
        const rows = this.sheet().print.titleRows;
        return rows ? parseBox(rows, this.path) : null;
      },
      true,
    );
  }
}

class FakeHeaderFooter extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, path);
  }
  get centerFooter(): string {
    return this.read("centerFooter");
  }
  set centerFooter(v: string) {
    this.queueSet("centerFooter", v, () => {
      if (v.length > 255) throw officeError("InvalidArgument", "The footer is longer than 255 characters.", this.path);
      this.sheet().print.centerFooter = v;
    });
  }
  load(arg?: unknown): this {
    this.queueLoad(propertyList(arg), () => ({ centerFooter: this.sheet().print.centerFooter }));
    return this;
  }
}

export class FakePageBreaks extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, path);
    ctx.requireApi("1.9", "Worksheet.horizontalPageBreaks");
  }
  get items(): { rowIndex: number }[] {
    return this.read("items");
  }
  removePageBreaks(): void {
    this.queueCall("removePageBreaks", [], () => {
      this.sheet().print.breaks = [];
    });
  }
  add(address: string): void {
    this.queueCall("add", [address], () => {
      const box = parseBox(address, `${this.path}.add`);
      const print: FakePrint = this.sheet().print;
      if (!print.breaks.includes(box.top)) print.breaks.push(box.top);
      if (print.breaks.length > 1026) throw officeError("InvalidOperation", "Too many page breaks.", this.path);
    });
  }
  load(): this {
    this.queueLoad(["items"], () => ({ items: this.sheet().print.breaks.map((rowIndex) => ({ rowIndex })) }));
    return this;
  }
}
