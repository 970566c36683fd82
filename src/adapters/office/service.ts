import { EvaluationError } from "../../core/errors";
import type { EvaluationSettings } from "../../core/evaluate/settings";
import { toJsonDocument } from "../../core/report/json";
import type { ChoiceRequest, TargetRef } from "../../services/choices";
import { EvaluationService } from "../../services/evaluation-service";
import type { Progress, RunOutcome, WorkbookService } from "../../services/workbook-service";
import { exportPdf } from "./pdf";
import { OfficeWorkbookPort, type ExcelRun } from "./port";
import { MANUAL_PRINT_STEPS } from "./print";
import { detectCapabilities, type Capabilities, type IsSetSupported } from "./requirements";
import { DEFAULT_RETRY, retryWhileEditing, type RetryOptions } from "./retry";
import { loadDocumentSettings, saveDocumentSettings } from "./settings-store";

export type { ExcelRun } from "./port";

export interface OfficeHost {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  settings?: Office.Settings;
  document?: Pick<Office.Document, "getFileAsync">;
  retry?: RetryOptions;
}

/** 作業ウィンドウとリボンの窓口：共通の EvaluationService を Excel のポートで動かし、Excel だけの操作を足す。 */
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

  private port(): OfficeWorkbookPort {
    return new OfficeWorkbookPort(this.host.run, this.caps, this.host.retry ?? DEFAULT_RETRY);
  }

  async evaluate(settings: EvaluationSettings, onProgress: (p: Progress) => void): Promise<RunOutcome> {
    this.requireEvaluate();
    const port = this.port();
    const outcome = await new EvaluationService(port).evaluate(settings, { write: true, print: settings.printOnEvaluate, onProgress });
    return { report: toJsonDocument(outcome.result), syncs: port.syncs, notes: outcome.notes };
  }

  async printSetup(settings: EvaluationSettings): Promise<RunOutcome> {
    this.requireEvaluate();
    if (!this.caps.pageLayout) throw new EvaluationError("requirement-set", "office", MANUAL_PRINT_STEPS);
    const port = this.port();
    const outcome = await new EvaluationService(port).evaluate(settings, { write: true, print: true });
    return { report: toJsonDocument(outcome.result), syncs: port.syncs, notes: outcome.notes };
  }

  exportPdf(): Promise<Blob> {
    const doc = this.host.document;
    return exportPdf(doc ? doc.getFileAsync.bind(doc) : undefined, this.caps.pdfFile);
  }

  async undo(): Promise<number> {
    this.requireEvaluate();
    const outcome = await new EvaluationService(this.port()).undo();
    return outcome.changes.writes.length;
  }

  async select(sheet: string, address: string): Promise<void> {
    await retryWhileEditing(
      () =>
        this.host.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(address).select();
          await ctx.sync();
        }),
      this.host.retry ?? DEFAULT_RETRY,
    );
  }

  async chooseActual(settings: EvaluationSettings, request: ChoiceRequest): Promise<RunOutcome> {
    this.requireEvaluate();
    const port = this.port();
    const outcome = await new EvaluationService(port).choose(settings, request, { print: settings.printOnEvaluate });
    return { report: toJsonDocument(outcome.result), syncs: port.syncs, notes: outcome.notes };
  }

  async clearActual(settings: EvaluationSettings, ref: TargetRef): Promise<RunOutcome> {
    this.requireEvaluate();
    const port = this.port();
    const outcome = await new EvaluationService(port).clearChoice(settings, ref, { print: settings.printOnEvaluate });
    return { report: toJsonDocument(outcome.result), syncs: port.syncs, notes: outcome.notes };
  }

  loadSettings(): EvaluationSettings {
    return loadDocumentSettings(this.host.settings);
  }

  saveSettings(settings: EvaluationSettings): Promise<void> {
    return saveDocumentSettings(this.host.settings, settings);
  }
}
