import type { ChangeSet } from "../../core/changes/types";
import { planUndo } from "../../core/changes/undo";
import { EvaluationError } from "../../core/errors";
import { evaluateWorkbook } from "../../core/evaluate-workbook";
import type { EvaluationSettings } from "../../core/evaluate/settings";
import { toJsonDocument } from "../../core/report/json";
import type { Progress, RunOutcome, WorkbookService } from "../../services/workbook-service";
import { applyWorkbookChanges } from "./apply";
import { printChanges } from "../../core/print";
import { exportPdf } from "./pdf";
import { MANUAL_PRINT_STEPS, queuePrint } from "./print";
import { readWorkbook } from "./read";
import { detectCapabilities, missingFeatureNotes, type Capabilities, type IsSetSupported } from "./requirements";
import { DEFAULT_RETRY, retryWhileEditing, type RetryOptions } from "./retry";
import { loadDocumentSettings, saveDocumentSettings } from "./settings-store";

/** Excel.run と同じ形（テストでは模擬の Excel を渡す）。 */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHost {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  settings?: Office.Settings;
  document?: Pick<Office.Document, "getFileAsync">;
  retry?: RetryOptions;
}

/** 同期の回数を数える（1 回の評価で 3 回：一覧・読み取り・書き込み）。 */
function counting(ctx: Excel.RequestContext): { ctx: Excel.RequestContext; count: () => number } {
  let n = 0;
  const sync = ctx.sync.bind(ctx);
  ctx.sync = <T>(passThroughValue?: T): Promise<T> => {
    n++;
    return sync(passThroughValue) as Promise<T>;
  };
  return { ctx, count: () => n };
}

/** office.js のアダプター：読む（2 回）→ 核で評価 → 書く（1 回）。 */
export class OfficeWorkbookService implements WorkbookService {
  private readonly caps: Capabilities;

  constructor(private readonly host: OfficeHost) {
    this.caps = detectCapabilities(host.isSetSupported);
  }

  private requireEvaluate(): void {
    if (!this.caps.evaluate) {
      throw new EvaluationError("requirement-set", "office", "この Excel は古いため、評価に必要な機能（ExcelApi 1.4）がありません。", "Microsoft 365 の Excel か Excel on the web で開いてください。");
    }
  }

  private run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    return retryWhileEditing(() => this.host.run(batch), this.host.retry ?? DEFAULT_RETRY);
  }

  async evaluate(settings: EvaluationSettings, onProgress: (p: Progress) => void): Promise<RunOutcome> {
    this.requireEvaluate();
    return this.run(async (raw) => {
      const { ctx, count } = counting(raw);
      onProgress({ step: "reading", message: "シートを読み込んでいます…" });
      const read = await readWorkbook(ctx, this.caps);
      onProgress({ step: "evaluating", message: "評価しています…" });
      const result = evaluateWorkbook(read.snapshot, settings);
      onProgress({ step: "writing", message: `${result.changes.writes.length} セルに書き込んでいます…` });
      const print = settings.printOnEvaluate ? () => queuePrint(ctx, printChanges(result, true), read.sheetNames, this.caps.pageLayout) : undefined;
      await applyWorkbookChanges(ctx, result.changes, read.sheetNames, read.fills, print);
      onProgress({ step: "done", message: "評価が終わりました。" });
      return { report: toJsonDocument(result), syncs: count(), notes: [...missingFeatureNotes(this.caps), ...read.warnings] };
    });
  }

  async printSetup(settings: EvaluationSettings): Promise<RunOutcome> {
    this.requireEvaluate();
    if (!this.caps.pageLayout) throw new EvaluationError("requirement-set", "office", MANUAL_PRINT_STEPS);
    return this.run(async (raw) => {
      const { ctx, count } = counting(raw);
      const read = await readWorkbook(ctx, this.caps);
      const result = evaluateWorkbook(read.snapshot, settings);
      queuePrint(ctx, printChanges(result, true), read.sheetNames, true);
      await ctx.sync();
      return { report: toJsonDocument(result), syncs: count(), notes: read.warnings };
    });
  }

  exportPdf(): Promise<Blob> {
    const doc = this.host.document;
    return exportPdf(doc ? doc.getFileAsync.bind(doc) : undefined, this.caps.pdfFile);
  }

  async undo(): Promise<number> {
    this.requireEvaluate();
    return this.run(async (ctx) => {
      const read = await readWorkbook(ctx, this.caps);
      const plan = planUndo(read.snapshot);
      if (!plan.ok) throw new EvaluationError("undo-conflict", "office", plan.reason);
      const changes: ChangeSet = plan.value;
      await applyWorkbookChanges(ctx, changes, read.sheetNames, read.fills);
      return changes.writes.length;
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  loadSettings(): EvaluationSettings {
    return loadDocumentSettings(this.host.settings);
  }

  saveSettings(settings: EvaluationSettings): Promise<void> {
    return saveDocumentSettings(this.host.settings, settings);
  }
}
