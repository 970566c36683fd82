/** RangeAreas（結合・数式のセル・印刷範囲）と、メソッドの戻り値 ClientResult の模擬。 */
import { FakeObject, propertyList, type FakeContext } from "./context";
import { officeError } from "./errors";
import { boxAddress, type Box } from "./sheet";

/** メソッドが返す値（OfficeExtension.ClientResult）：sync の後にだけ value が読める。 */
export class FakeClientResult<T> {
  private done = false;
  private data: T | undefined;
  constructor(private readonly path: string) {}
  settle(value: T): void {
    this.data = value;
    this.done = true;
  }
  get value(): T {
    if (!this.done)
      throw officeError("PropertyNotLoaded", `The value of '${this.path}' is not available before context.sync().`, this.path);
    return this.data as T;
  }
}

export class FakeRangeAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly compute: () => Box[] | null,
    private readonly sheetName: () => string,
  ) {
    super(ctx, path);
    this.nullState = undefined;
    ctx.enqueue({
      request: { nullCheck: path },
      run: () => this.compute() === null,
      commit: (isNull) => {
        this.nullState = Boolean(isNull);
      },
    });
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  load(arg?: unknown): this {
    this.queueLoad(propertyList(arg), (ps) => {
      const boxes = this.compute();
      if (!boxes) return null;
      return Object.fromEntries(
        ps.map((p) => [p, p === "areaCount" ? boxes.length : boxes.map((b) => boxAddress(this.sheetName(), b)).join(",")]),
      );
    });
    return this;
  }
}
