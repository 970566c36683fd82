import type { WorkbookEvaluation } from "../evaluate-workbook";
import { formatIsoDate } from "../evaluate/dates";
import { planPrint } from "./plan";
import { buildSummary } from "./summary";
import type { PrintChanges } from "./types";

export type { PrintPlan, SummarySheet, PrintChanges, RowHeight, ColumnWidth } from "./types";
export { SUMMARY_SHEET } from "./types";

export function printChanges(result: WorkbookEvaluation, withSummary: boolean): PrintChanges {
  return {
    plans: result.sheets.map((s) => planPrint(s.evaluation, formatIsoDate(s.evaluation.asOf))),
    summary: withSummary ? buildSummary(result.sheets) : null,
    rowHeights: [],
    columnWidths: [],
  };
}
