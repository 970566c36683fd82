/**
 * Range.format（塗り・罫線・ロック・行の高さ・列の幅・文字）。書式の変更は、保護されたシートでは
 * 「セルの書式設定」を許していなければ AccessDenied（保護されたシートへの書き込みと同じ扱い）。
 * 塗りの pattern・patternColor は ExcelApi 1.9（RangeFill）。塗りのないセルの color は "#FFFFFF"、pattern は "None"。
 */
import type { FakeCell } from "./cells";
import { FakeObject, propertyList, type FakeContext } from "./context";
import { officeError } from "./errors";
import type { Box, FakeSheet } from "./sheet";

export interface RangeTarget {
  sheet: () => FakeSheet;
  box: () => Box;
}

function eachCell(t: RangeTarget, f: (cell: FakeCell) => void, createAll = true): void {
  const sheet = t.sheet();
  const box = t.box();
  if (createAll && (box.bottom - box.top + 1) * (box.right - box.left + 1) <= 100_000) {
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) f(sheet.cell(r, c));
    return;
  }
  for (const { row, col, cell } of sheet.entries()) if (row >= box.top && row <= box.bottom && col >= box.left && col <= box.right) f(cell);
}

export function assertFormattable(t: RangeTarget, where: string): void {
  const sheet = t.sheet();
  if (sheet.protection.protected && !sheet.protection.allowFormatCells)
    throw officeError("AccessDenied", `The sheet '${sheet.name}' is protected.`, where);
}

/** 範囲の全セルで同じならその値、違えば null（office.js の書式のプロパティと同じ）。 */
function uniform<T>(t: RangeTarget, read: (cell: FakeCell | undefined) => T): T | null {
  const sheet = t.sheet();
  const box = t.box();
  let first: T | undefined;
  for (let r = box.top; r <= Math.min(box.bottom, box.top + 2000); r++) {
    for (let c = box.left; c <= Math.min(box.right, box.left + 200); c++) {
      const v = read(sheet.peek(r, c));
      if (first === undefined) first = v;
      else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}

class FakeFillProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly t: RangeTarget,
  ) {
    super(ctx, path);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.queueSet("color", v, () => {
      assertFormattable(this.t, this.path);
      eachCell(this.t, (c) => {
        c.fill = {
          color: v.toUpperCase(),
          pattern: c.fill?.pattern && c.fill.pattern !== "None" ? c.fill.pattern : "Solid",
          patternColor: c.fill?.patternColor ?? null,
        };
      });
    });
  }
  get pattern(): string {
    return this.read("pattern");
  }
  set pattern(v: string) {
    this.ctx.requireApi("1.9", "RangeFill.pattern");
    this.queueSet("pattern", v, () => {
      assertFormattable(this.t, this.path);
      eachCell(this.t, (c) => {
        c.fill = v === "None" ? null : { color: c.fill?.color ?? "#FFFFFF", pattern: v, patternColor: c.fill?.patternColor ?? null };
      });
    });
  }
  get patternColor(): string {
    return this.read("patternColor");
  }
  set patternColor(v: string) {
    this.ctx.requireApi("1.9", "RangeFill.patternColor");
    this.queueSet("patternColor", v, () => {
      assertFormattable(this.t, this.path);
      eachCell(this.t, (c) => {
        if (c.fill) c.fill.patternColor = v.toUpperCase();
      });
    });
  }
  clear(): void {
    this.queueCall("clear", [], () => {
      assertFormattable(this.t, this.path);
      eachCell(
        this.t,
        (c) => {
          c.fill = null;
        },
        false,
      );
    });
  }
  load(arg?: unknown): this {
    const props = propertyList(arg);
    if (props.some((p) => p !== "color")) this.ctx.requireApi("1.9", "RangeFill.pattern");
    this.queueLoad(props, (ps) =>
      Object.fromEntries(
        ps.map((p) => [
          p,
          uniform(this.t, (c) =>
            p === "color"
              ? (c?.fill?.color ?? "#FFFFFF")
              : p === "pattern"
                ? (c?.fill?.pattern ?? "None")
                : (c?.fill?.patternColor ?? null),
          ),
        ]),
      ),
    );
    return this;
  }
}

class FakeBorderProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly t: RangeTarget,
    private readonly edge: string,
  ) {
    super(ctx, path);
  }
  private setPart(part: "style" | "color" | "weight", v: string): void {
    this.queueSet(part, v, () => {
      assertFormattable(this.t, this.path);
      eachCell(this.t, (c) => {
        const b = c.borders[this.edge] ?? { style: "None", color: "#000000", weight: "Thin" };
        c.borders[this.edge] = { ...b, [part]: part === "color" ? v.toUpperCase() : v };
        if (c.borders[this.edge]?.style === "None") delete c.borders[this.edge];
      });
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.setPart("style", v);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setPart("color", v);
  }
  get weight(): string {
    return this.read("weight");
  }
  set weight(v: string) {
    this.setPart("weight", v);
  }
  load(arg?: unknown): this {
    this.queueLoad(propertyList(arg), (ps) =>
      Object.fromEntries(
        ps.map((p) => [
          p,
          uniform(this.t, (c) => {
            const b = c?.borders[this.edge];
            return p === "style" ? (b?.style ?? "None") : p === "color" ? (b?.color ?? "#000000") : (b?.weight ?? "Thin");
          }),
        ]),
      ),
    );
    return this;
  }
}

class FakeProtectionFormat extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly t: RangeTarget,
  ) {
    super(ctx, path);
    ctx.requireApi("1.2", "FormatProtection");
  }
  get locked(): boolean {
    return this.read("locked");
  }
  load(arg?: unknown): this {
    this.queueLoad(propertyList(arg), () => ({ locked: uniform(this.t, (c) => c?.locked ?? true) }));
    return this;
  }
}

export class FakeRangeFormat extends FakeObject {
  readonly fill: FakeFillProxy;
  readonly protection: FakeProtectionFormat;
  readonly font: Record<string, unknown>;
  readonly borders: { getItem: (edge: string) => FakeBorderProxy };

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly t: RangeTarget,
  ) {
    super(ctx, path);
    this.fill = new FakeFillProxy(ctx, `${path}.fill`, t);
    this.protection = new FakeProtectionFormat(ctx, `${path}.protection`, t);
    const font: Record<string, unknown> = {};
    for (const p of ["bold", "size", "color", "name"]) {
      Object.defineProperty(font, p, {
        set: (v: unknown) => this.queueSet(`font.${p}`, v, () => assertFormattable(t, path)),
        enumerable: true,
      });
    }
    this.font = font;
    this.borders = { getItem: (edge) => new FakeBorderProxy(ctx, `${path}.borders('${edge}')`, t, edge) };
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(v: number) {
    this.queueSet("rowHeight", v, () => {
      const sheet = this.t.sheet();
      if (sheet.protection.protected) throw officeError("AccessDenied", `The sheet '${sheet.name}' is protected.`, this.path);
      const box = this.t.box();
      for (let r = box.top; r <= box.bottom; r++) sheet.rowHeights.set(r, v);
    });
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(v: number) {
    this.queueSet("columnWidth", v, () => {
      const box = this.t.box();
      for (let c = box.left; c <= box.right; c++) this.t.sheet().columnWidths.set(c, v);
    });
  }
  set wrapText(v: boolean) {
    this.queueSet("wrapText", v, () => assertFormattable(this.t, this.path));
  }
  set verticalAlignment(v: string) {
    this.queueSet("verticalAlignment", v, () => assertFormattable(this.t, this.path));
  }
  set horizontalAlignment(v: string) {
    this.queueSet("horizontalAlignment", v, () => assertFormattable(this.t, this.path));
  }
  /** 字下げ（ExcelApi 1.9、0〜250）。 */
  set indentLevel(v: number) {
    this.ctx.requireApi("1.9", "RangeFormat.indentLevel");
    this.queueSet("indentLevel", v, () => {
      if (!Number.isInteger(v) || v < 0 || v > 250) throw officeError("InvalidArgument", `indentLevel ${v}`, this.path);
      assertFormattable(this.t, this.path);
    });
  }

  autofitRows(): void {
    this.ctx.requireApi("1.2", "RangeFormat.autofitRows");
    this.queueCall("autofitRows", [], () => {
      const sheet = this.t.sheet();
      const box = this.t.box();
      for (let r = box.top; r <= box.bottom; r++) {
        let lines = 1;
        for (let c = box.left; c <= Math.min(box.right, box.left + 200); c++)
          lines = Math.max(lines, (sheet.peek(r, c)?.text ?? "").split("\n").length);
        sheet.rowHeights.set(r, lines * 15);
        sheet.autofitted.add(r);
      }
    });
  }

  load(arg?: unknown): this {
    const sheetOf = this.t;
    this.queueLoad(propertyList(arg), (ps) =>
      Object.fromEntries(
        ps.map((p) => {
          const box = sheetOf.box();
          if (p === "rowHeight") return [p, sheetOf.sheet().rowHeight(box.top)];
          if (p === "columnWidth") return [p, sheetOf.sheet().columnWidth(box.left)];
          throw officeError("InvalidArgument", `Unknown property ${p}`, this.path);
        }),
      ),
    );
    return this;
  }
}
