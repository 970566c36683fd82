import { FakeObject, type FakeContext } from "./context";
import { officeError } from "./errors";
import type { FakeSheet } from "./sheet";

/** シートの範囲の名前（Print_Area・Print_Titles）。 */
export class FakeNamedItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => FakeSheet,
    private readonly name: string,
    nullable: boolean,
  ) {
    super(ctx, path);
    if (nullable) {
      this.nullState = undefined;
      ctx.enqueue({
        request: { nullCheck: path },
        run: () => !this.sheet().names.has(name),
        commit: (isNull) => {
          this.nullState = Boolean(isNull);
        },
      });
    }
  }
  delete(): void {
    this.queueCall("delete", [], () => {
      const sheet = this.sheet();
      if (!sheet.names.has(this.name)) throw officeError("ItemNotFound", `The name '${this.name}' doesn't exist.`, this.path);
      sheet.names.delete(this.name);
      if (this.name === "Print_Area") sheet.print.printArea = null;
      if (this.name === "Print_Titles") sheet.print.titleRows = null;
    });
  }
}
