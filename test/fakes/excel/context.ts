/**
 * 模擬 Excel の要求の文脈（Excel.RequestContext）。office.js と同じく、プロキシへの操作と load は
 * 待ち行列に積まれ、context.sync() のときに積んだ順に実行される。
 *
 * 文書どおりの厳しさ：
 * - セルの編集中は何も受け付けない（InvalidOperationInCellEditMode。Excel.ErrorCodes）。
 * - 要求と応答を UTF-8 の JSON として数え、プロファイルの上限（Excel on the web は 5 MB）を超えたら
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded（「Resource limits and performance optimization」）。
 *   要求が大きすぎるときは何も実行しない。応答が大きすぎるときは、書き込みはもう済んでいて、読んだ値は返らない。
 * - 途中の操作が失敗すると、それより前の操作は当たったまま、後ろは実行されない（OfficeExtension.Error の
 *   traceMessages の説明：エラーの前に実行されたものだけが記録される）。
 * - 要件セットにない API は ApiNotFound（Excel.ErrorCodes）。呼んだ操作の順番で、sync のときに失敗する。
 */
import { notLoaded as officeErrorNotLoaded, officeError } from "./errors";
import { jsonBytes } from "./payload";
import { versionAtMost } from "./profiles";
import type { FakeWorkbook } from "./book";

/** 待ち行列の 1 つの操作。run は応答に載せる値（読み取りのとき）を返す。 */
export interface Action {
  request: unknown;
  run: () => unknown;
  commit?: (data: unknown) => void;
}

export class FakeContext {
  private queue: Action[] = [];
  /** この文脈で作った、後で値が分かる（null オブジェクトかどうかなど）プロキシへの通知 */
  readonly workbook: unknown;

  constructor(
    readonly book: FakeWorkbook,
    makeWorkbook: (ctx: FakeContext) => unknown,
  ) {
    this.workbook = makeWorkbook(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** 要件セットの版がプロファイルになければ、sync のときに ApiNotFound で失敗する操作を積む。 */
  requireApi(version: string, api: string): void {
    if (versionAtMost(version, this.book.profile.excelApi)) return;
    const profile = this.book.profile;
    this.enqueue({
      request: { api },
      run: () => {
        throw officeError(
          "ApiNotFound",
          `The API you are trying to use could not be found. It may be available in a newer version of Excel (${api} needs ExcelApi ${version}; ${profile.label} has ${profile.excelApi}).`,
          api,
        );
      },
    });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const book = this.book;
    book.stats.syncs++;
    const actions = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (book.editMode)
      throw officeError(
        "InvalidOperationInCellEditMode",
        "The operation is not allowed while a cell is being edited.",
        "RequestContext.sync",
      );
    const limit = book.profile.payloadLimit;
    const requestBytes = jsonBytes(actions.map((a) => a.request));
    if (limit !== null && requestBytes > limit) {
      book.stats.refused++;
      throw officeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
        "RequestContext.sync",
      );
    }
    book.noteRequest(requestBytes);
    const results: { action: Action; data: unknown }[] = [];
    for (const action of actions) {
      const path = JSON.stringify(action.request);
      const refusal = book.refusals.find((r) => r.match.test(path));
      if (refusal) throw officeError(refusal.code, refusal.message, path);
      const data = action.run();
      if (action.commit) results.push({ action, data });
    }
    const responseBytes = jsonBytes(results.map((r) => r.data ?? null));
    if (limit !== null && responseBytes > limit) {
      book.stats.refused++;
      throw officeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseBytes} bytes) has exceeded the limit.`,
        "RequestContext.sync",
      );
    }
    book.noteResponse(responseBytes);
    for (const r of results) r.action.commit?.(r.data);
    return passThroughValue as T;
  }

  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

/** プロキシの元：load して sync したプロパティだけが読める。 */
export class FakeObject {
  protected readonly loaded = new Map<string, unknown>();
  /** *OrNullObject の結果：sync までは分からない（undefined） */
  protected nullState: boolean | undefined = false;

  constructor(
    readonly ctx: FakeContext,
    readonly path: string,
  ) {}

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw officeErrorNotLoaded(property, this.path);
    return this.loaded.get(property) as T;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw officeErrorNotLoaded("isNullObject", this.path);
    return this.nullState;
  }

  /** 読み取りの操作を積む。null オブジェクトなら何も埋めない（読むと PropertyNotLoaded）。 */
  protected queueLoad(props: string[], snapshot: (props: string[]) => Record<string, unknown> | null): void {
    this.ctx.enqueue({
      request: { load: this.path, select: props.join(",") },
      run: () => snapshot(props),
      commit: (data) => {
        if (!data) return;
        for (const [k, v] of Object.entries(data as Record<string, unknown>)) this.loaded.set(k, v);
      },
    });
  }

  /** 書き込みの操作を積む。 */
  protected queueSet(property: string, value: unknown, apply: () => void): void {
    this.ctx.enqueue({ request: { set: `${this.path}.${property}`, value }, run: () => void apply() });
  }

  protected queueCall(method: string, args: unknown[], apply: () => void): void {
    this.ctx.enqueue({ request: { call: `${this.path}.${method}`, args }, run: () => void apply() });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  untrack(): this {
    return this;
  }
}

/** load の引数（"a,b"・["a"]・{ select: "a" }）を名前の並びにする。 */
export function propertyList(arg: unknown): string[] {
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.map(String);
  if (arg && typeof arg === "object" && "select" in arg) return propertyList((arg as { select: unknown }).select);
  return [];
}
