import ExcelJS from "exceljs";
import type { ChangeSet } from "../../core/changes/types";
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { ApplyResult, WorkbookPort, WorkbookRead } from "../../port";
import { applyChanges } from "./apply";
import { applyPrint, restorePrint } from "./print";
import { loadWorkbook } from "./open";
import { saveWorkbook } from "./save";
import { workbookSnapshot } from "./snapshot";

/**
 * .xlsx ファイルのアダプター（ExcelJS）。スナップショットを読み、変更の一式を当て、原子的に保存する。
 */
export class XlsxWorkbook implements WorkbookPort {
  readonly origin = "xlsx" as const;

  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static async open(path: string): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await loadWorkbook(path));
  }

  snapshot(): WorkbookSnapshot {
    return workbookSnapshot(this.workbook);
  }

  read(): Promise<WorkbookRead> {
    return Promise.resolve({ snapshot: this.snapshot(), notes: [] });
  }

  /** 変更の一式を当てる（印刷設定の元の値を状態に残してから状態を書く）。 */
  apply(changes: ChangeSet): Promise<ApplyResult> {
    if (changes.state && changes.restorePrint.length > 0) restorePrint(this.workbook, changes.restorePrint, changes.state);
    if (changes.print) applyPrint(this.workbook, changes.print, changes.state);
    return Promise.resolve({ notes: applyChanges(this.workbook, changes) });
  }

  /** 議会用 PDF の写しなど、このブックとは別に手を加えるための複製。 */
  async clone(): Promise<XlsxWorkbook> {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(await this.workbook.xlsx.writeBuffer());
    return new XlsxWorkbook(copy);
  }

  async save(path: string): Promise<void> {
    await saveWorkbook(this.workbook, path);
  }
}
