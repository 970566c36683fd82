import type { ChangeSet } from "../../core/changes/types";
import type { ApplyResult, WorkbookPort, WorkbookRead } from "../../port";
import { applyWorkbookChanges } from "./apply";
import { queuePrint } from "./print";
import { readWorkbook } from "./read";
import { missingFeatureNotes, type Capabilities } from "./requirements";
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
 * office.js のポート：読む（一覧と中身で 2 回の同期）と書く（ふつう 1 回の同期）。
 * セルの編集中は少し待って繰り返す。
 */
export class OfficeWorkbookPort implements WorkbookPort {
  readonly origin = "office" as const;
  private sheetNames: string[] = [];
  private fills = new Map<string, string | null>();
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
      const read = await readWorkbook(ctx, this.caps);
      this.sheetNames = read.sheetNames;
      this.fills = read.fills;
      return { snapshot: read.snapshot, notes: [...missingFeatureNotes(this.caps), ...read.warnings] };
    });
  }

  apply(changes: ChangeSet): Promise<ApplyResult> {
    return this.batch(async (ctx) => {
      const print = changes.print;
      const extra = print ? () => queuePrint(ctx, print, this.sheetNames, this.caps.pageLayout) : undefined;
      await applyWorkbookChanges(ctx, changes, this.sheetNames, this.fills, extra);
      return { notes: [], syncs: this.syncs };
    });
  }
}
