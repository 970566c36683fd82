import type { WorkbookEvaluation } from "../evaluate-workbook";
import { formatIsoDate } from "../evaluate/dates";
import type { SheetSnapshot } from "../snapshot";
import { sheetAfterWrites } from "./after-writes";
import { planPrint } from "./plan";
import { LIBREOFFICE } from "./renderers";
import { buildSummary } from "./summary";
import type { PrintChanges } from "./types";

export type { PrintPlan, SummarySheet, PrintChanges, RowHeight, ColumnWidth } from "./types";
export { SUMMARY_SHEET } from "./types";

/**
 * 担当者のブックの印刷の変更：印刷設定、（頼まれれば）評価集計のシート、文字が切れないように広げる行の高さ。
 * 列幅は変えない。行の高さは、この評価で書き込む（進捗…％）などを当てた後の文字で決める。
 */
export function printChanges(result: WorkbookEvaluation, withSummary: boolean): PrintChanges {
  const prints = result.sheets.map((s) => {
    const sheet = s.evaluation.grid.sheet;
    const written = new Set(result.changes.writes.filter((w) => w.sheet === sheet.name).map((w) => w.row));
    return planPrint(s.evaluation, sheetAfterWrites(sheet, result.changes.writes), formatIsoDate(s.evaluation.asOf), "workbook", written);
  });
  return {
    plans: prints.map((p) => p.plan),
    summary: withSummary ? buildSummary(result.sheets) : null,
    rowHeights: prints.flatMap((p) => p.rowHeights),
    columnWidths: [],
    tooTall: prints.flatMap((p) => p.tooTall.map((row) => ({ sheet: p.plan.sheet, row }))),
  };
}

/**
 * 議会用 PDF の写しの印刷の変更：評価して書き込んだ後の写しのシート（sheets）を、A4 の幅に合わせた列幅と、
 * LibreOffice で文字が切れない行の高さにする。評価集計のシート（summaryName、なければ作らない）は、
 * LibreOffice で描く行の高さで作り直す（担当者のブックのものは Excel でも切れない高さ）。
 */
export function printCopyChanges(result: WorkbookEvaluation, sheets: SheetSnapshot[], summaryName: string | null): PrintChanges {
  const prints = result.sheets.flatMap((s) => {
    const sheet = sheets.find((x) => x.name === s.evaluation.model.name);
    return sheet ? [planPrint(s.evaluation, sheet, formatIsoDate(s.evaluation.asOf), "copy")] : [];
  });
  const summary = summaryName === null ? null : { ...buildSummary(result.sheets, [LIBREOFFICE]), name: summaryName };
  return {
    plans: prints.map((p) => p.plan),
    summary,
    rowHeights: prints.flatMap((p) => p.rowHeights),
    columnWidths: prints.flatMap((p) => p.columnWidths),
    tooTall: prints.flatMap((p) => p.tooTall.map((row) => ({ sheet: p.plan.sheet, row }))),
  };
}
