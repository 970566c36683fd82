import type ExcelJS from "exceljs";
import type { ChangeSet } from "../../core/changes/types";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { applyChanges } from "./apply";
import { applyPrint } from "./print";
import type { PrintChanges } from "../../core/print";
import { loadWorkbook } from "./open";
import { saveWorkbook } from "./save";
import { workbookSnapshot } from "./snapshot";

/**
 * .xlsx ファイルのアダプター（ExcelJS）。スナップショットを読み、変更の一式を当て、原子的に保存する。
 */
export class XlsxWorkbook {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static async open(path: string): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await loadWorkbook(path));
  }

  snapshot(): WorkbookSnapshot {
    return workbookSnapshot(this.workbook);
  }

  apply(changes: ChangeSet): void {
    applyChanges(this.workbook, changes);
  }

  applyPrint(changes: PrintChanges): void {
    applyPrint(this.workbook, changes);
  }

  async save(path: string): Promise<void> {
    await saveWorkbook(this.workbook, path);
  }
}
