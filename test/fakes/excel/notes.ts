/** Worksheet.notes（ExcelApi 1.18）の模擬。保護されたシートでは「オブジェクトの編集」を許していなければ AccessDenied。 */
import { a1 } from "../../../src/core/snapshot";
import { FakeObject, propertyList, type FakeContext } from "./context";
import { officeError } from "./errors";
import { parseBox } from "./address";
import type { FakeSheet } from "./sheet";

class FakeNote extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => FakeSheet,
    private readonly cell: string,
  ) {
    super(ctx, path);
    this.nullState = undefined;
    ctx.enqueue({
      request: { nullCheck: path },
      run: () => !this.sheet().notes.has(cell),
      commit: (isNull) => {
        this.nullState = Boolean(isNull);
      },
    });
  }
  get content(): string {
    return this.read("content");
  }
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
  if (sheet.protection.protected && !sheet.protection.allowEditObjects)
    throw officeError("AccessDenied", `The sheet '${sheet.name}' is protected.`, where);
}

export class FakeNoteCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, path);
    ctx.requireApi("1.18", "Worksheet.notes");
  }
  private cellOf(address: string): string {
    const box = parseBox(address, this.path);
    if (box.top !== box.bottom || box.left !== box.right)
      throw officeError("InvalidArgument", "InvalidCellAddress: a note needs a single cell.", this.path);
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
  /** 注記がなければ sync のときに ItemNotFound。 */
  getItem(address: string): FakeNote {
    const cell = this.cellOfSafe(address);
    this.ctx.enqueue({
      request: { get: `${this.path}.getItem('${address}')` },
      run: () => {
        if (!this.sheet().notes.has(cell)) throw officeError("ItemNotFound", `There is no note on ${cell}.`, this.path);
      },
    });
    return new FakeNote(this.ctx, `${this.path}.getItem('${address}')`, this.sheet, cell);
  }
}
