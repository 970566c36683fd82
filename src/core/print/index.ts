import type { WorkbookEvaluation } from "../evaluate-workbook";
import { formatIsoDate } from "../evaluate/dates";
import { planPrint } from "./plan";
import { buildSummary } from "./summary";
import type { PrintPlan, SummarySheet } from "./types";

export type { PrintPlan, SummarySheet } from "./types";
export { SUMMARY_SHEET } from "./types";

/** 印刷のための変更：各シートの印刷設定と、（頼まれれば）評価集計のシート。 */
export interface PrintChanges {
  plans: PrintPlan[];
  summary: SummarySheet | null;
}

export function printChanges(result: WorkbookEvaluation, withSummary: boolean): PrintChanges {
  return {
    plans: result.sheets.map((s) => planPrint(s.evaluation, formatIsoDate(s.evaluation.asOf))),
    summary: withSummary ? buildSummary(result.sheets) : null,
  };
}
