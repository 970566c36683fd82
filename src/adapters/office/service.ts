import { EvaluationError, isEvaluationError } from "../../core/errors";
import type { EvaluationSettings } from "../../core/evaluate/settings";
import { toJsonDocument } from "../../core/report/json";
import type { ChoiceRequest, TargetRef } from "../../services/choices";
import { EvaluationService } from "../../services/evaluation-service";
import type { PdfOutcome, Progress, RunOutcome, UndoSummary, WorkbookService } from "../../services/workbook-service";
import { desktopPdfSteps, exportPdf, WEB_PDF_STEPS } from "./pdf";
import { OfficeWorkbookPort, type ExcelRun } from "./port";
import { detectCapabilities, MIN_EXCEL_API, type Capabilities, type IsSetSupported } from "./requirements";
import { DEFAULT_RETRY, retryWhileEditing, type RetryOptions } from "./retry";
import { loadDocumentSettings, saveDocumentSettings } from "./settings-store";

export type { ExcelRun } from "./port";

export interface OfficeHost {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  /** Office.context.platform（"OfficeOnline"・"PC"・"Mac"） */
  platform?: string;
  settings?: Office.Settings;
  document?: Pick<Office.Document, "getFileAsync">;
  retry?: RetryOptions;
}

/** 作業ウィンドウとリボンの窓口：共通の EvaluationService を Excel のポートで動かし、Excel だけの操作を足す。 */
export class OfficeWorkbookService implements WorkbookService {
  readonly caps: Capabilities;

  constructor(private readonly host: OfficeHost) {
    this.caps = detectCapabilities(host.isSetSupported, host.platform);
  }

  private requireEvaluate(): void {
    if (!this.caps.evaluate) {
      throw new EvaluationError(
        "requirement-set",
        "office",
        `この Excel は古いため、評価に必要な機能（ExcelApi ${MIN_EXCEL_API}：結合セルの読み取りなど）がありません。何も書き込んでいません。`,
        "Microsoft 365 の Excel（Windows・Mac）か Excel on the web で開くか、コマンドライン（npm run evaluate）で評価してください。",
      );
    }
  }

  private port(): OfficeWorkbookPort {
    return new OfficeWorkbookPort(this.host.run, this.caps, this.host.retry ?? DEFAULT_RETRY);
  }

  private async run(settings: EvaluationSettings, print: boolean, onProgress?: (p: Progress) => void): Promise<RunOutcome> {
    this.requireEvaluate();
    const port = this.port();
    const outcome = await new EvaluationService(port).evaluate(settings, { write: true, print, onProgress });
    return { report: toJsonDocument(outcome.result), syncs: port.syncs, notes: outcome.notes };
  }

  /** 評価計算。「評価計算のときに印刷設定も」なら印刷設定も（Excel に断られたら、評価は残して知らせる）。 */
  evaluate(settings: EvaluationSettings, onProgress: (p: Progress) => void): Promise<RunOutcome> {
    return this.run(settings, settings.printOnEvaluate, onProgress);
  }

  /** 印刷設定（評価をして、その結果の表を印刷できる形にする）。 */
  printSetup(settings: EvaluationSettings): Promise<RunOutcome> {
    return this.run(settings, true);
  }

  exportPdf(): Promise<Blob> {
    const doc = this.host.document;
    return exportPdf(doc ? doc.getFileAsync.bind(doc) : undefined, this.caps.pdfFile);
  }

  /**
   * PDF保存。まず印刷設定をする。Excel on the web では PDF を取り出して
   * 保存のリンクにする。デスクトップ（Windows・Mac）では作業ウィンドウからファイルを保存できないので、Excel の機能で保存する手順を返す。
   */
  async savePdf(settings: EvaluationSettings): Promise<PdfOutcome> {
    const { notes } = await this.run(settings, true);
    if (this.caps.platform !== "web") return { kind: "steps", steps: desktopPdfSteps(this.caps.platform), notes };
    try {
      return { kind: "download", blob: await this.exportPdf(), notes };
    } catch (e) {
      if (!isEvaluationError(e) || e.code !== "pdf-failed") throw e;
      return { kind: "steps", steps: `${e.message}\n${WEB_PDF_STEPS}`, notes };
    }
  }

  async undoWithNotes(): Promise<UndoSummary> {
    this.requireEvaluate();
    const outcome = await new EvaluationService(this.port()).undo();
    return { cells: outcome.changes.writes.length, notes: outcome.notes };
  }

  async undo(): Promise<number> {
    return (await this.undoWithNotes()).cells;
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
