import type { ChangeSet } from "../../core/changes/types";
import type { ApplyResult, WorkbookPort, WorkbookRead } from "../../port";
import { applyWorkbookChanges } from "./apply";
import { readWorkbook } from "./read";
import { readOutline, type WorkbookOutline } from "./read/outline";
import type { Capabilities } from "./requirements";
import { retryWhileEditing, type RetryOptions } from "./retry";

/** Excel.run と同じ形（テストでは模擬の Excel を渡す）。 */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** 同期の回数を数える。 */
function counting(ctx: Excel.RequestContext, onSync: () => void): Excel.RequestContext {
  const sync = ctx.sync.bind(ctx);
  ctx.sync = <T>(passThroughValue?: T): Promise<T> => {
    onSync();
    return sync(passThroughValue) as Promise<T>;
  };
  return ctx;
}

/**
 * office.js のポート：読む（あらまし 2 回と、値を予算ごとの帯で）と書く（ふつう 1 回、元の書式を読むときは 2 回）。
 * 書くときは、直前に読んだあらまし（シートの一覧・保護）を使う。セルの編集中は少し待って繰り返す。
 */
export class OfficeWorkbookPort implements WorkbookPort {
  readonly origin = "office" as const;
  private outline: WorkbookOutline | null = null;
  /** この口で行った同期の回数（性能の確かめ用） */
  syncs = 0;

  constructor(
    private readonly run: ExcelRun,
    private readonly caps: Capabilities,
    private readonly retry: RetryOptions,
  ) {}

  private batch<T>(work: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    return retryWhileEditing(() => this.run((ctx) => work(counting(ctx, () => this.syncs++))), this.retry);
  }

  read(): Promise<WorkbookRead> {
    return this.batch(async (ctx) => {
      const read = await readWorkbook(ctx);
      this.outline = read.outline;
      return { snapshot: read.snapshot, notes: read.notes };
    });
  }

  apply(changes: ChangeSet): Promise<ApplyResult> {
    return this.batch(async (ctx) => {
      const outline = this.outline ?? (await readOutline(ctx));
      const notes = await applyWorkbookChanges(ctx, changes, outline, this.caps);
      this.outline = null;
      return { notes, syncs: this.syncs };
    });
  }
}
