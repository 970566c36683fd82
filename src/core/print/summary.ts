import type { EvaluatedSheet } from "../evaluate-workbook";
import { formatIsoDate } from "../evaluate/dates";
import { formatExpected, formatRate, withUnit } from "../evaluate/format";
import { SUMMARY_SHEET, type SummarySheet } from "./types";

const MARKS = ["◎", "○", "△", "×"];

/**
 * 1 ページの「評価集計」：目標ごと・合計の ◎○△× の数と、遅れている数値目標の一覧（進捗率・期待・理由）。
 * 白黒でも読めるよう、記号と理由を文字で書く（色に頼らない）。
 */
export function buildSummary(sheets: EvaluatedSheet[]): SummarySheet {
  const rows: string[][] = [];
  const headerRows: number[] = [];
  const tableRows: number[] = [];
  const first = sheets[0]?.evaluation;
  rows.push([`評価集計（${first?.report ?? ""}・基準日 ${first ? formatIsoDate(first.asOf) : ""}）`]);
  rows.push([`担当部局：${sheets.map((s) => s.evaluation.model.meta.department ?? s.evaluation.model.name).join("、")}`]);
  rows.push([]);
  headerRows.push(rows.length);
  tableRows.push(rows.length);
  rows.push(["目標", "重点目標", ...MARKS, "記号なし", "要確認"]);
  const total = [0, 0, 0, 0, 0, 0];
  for (const s of sheets) {
    s.evaluation.goals.forEach((g, gi) => {
      const counts = [0, 0, 0, 0, 0, 0];
      g.items.forEach((item, ii) => {
        const mark = s.decisions[gi]?.[ii]?.mark ?? null;
        const k = mark ? MARKS.indexOf(mark) : -1;
        counts[k >= 0 ? k : 4] = (counts[k >= 0 ? k : 4] ?? 0) + 1;
        if (item.needsReview) counts[5] = (counts[5] ?? 0) + 1;
      });
      counts.forEach((n, i) => (total[i] = (total[i] ?? 0) + n));
      tableRows.push(rows.length);
      rows.push([`${sheets.length > 1 ? s.evaluation.model.name + " " : ""}${g.goal.no ?? ""}`, g.goal.title, ...counts.map(String)]);
    });
  }
  tableRows.push(rows.length);
  rows.push(["合計", "", ...total.map(String)]);
  rows.push([]);
  rows.push(["未達の数値目標（進捗率が期待進捗を下回るもの）"]);
  headerRows.push(rows.length);
  tableRows.push(rows.length);
  rows.push(["目標", "項目・目標", "記号", "実績", "目標値", "進捗率", "期待進捗", "理由"]);
  let behind = 0;
  for (const s of sheets) {
    s.evaluation.goals.forEach((g, gi) =>
      g.items.forEach((item, ii) => {
        for (const t of item.targets.filter((x) => x.status === "behind" && x.spec.quantity)) {
          behind++;
          tableRows.push(rows.length);
          rows.push([String(g.goal.no ?? ""), `${item.item.label}${t.spec.label}${t.spec.text}`, s.decisions[gi]?.[ii]?.mark ?? "", t.actual ? withUnit(t.actual.value, t.actual.unit) : "", t.spec.quantity ? withUnit(t.spec.quantity.value, t.spec.quantity.unit) : "", t.progressPercent === null ? "－" : `${formatRate(t.progressPercent)}％`, t.expectedPercent === null ? "－" : `${formatExpected(t.expectedPercent)}％`, t.reason]);
        }
      }),
    );
  }
  if (behind === 0) rows.push(["", "（なし）"]);
  rows.push([]);
  rows.push(["※ 評価基準［◎：目標を上回る進捗］［○：目標どおり進捗］［△：未進捗の部分あり］［×：全て目標未進捗］"]);
  return { name: SUMMARY_SHEET, rows, headerRows, tableRows, columnWidths: [8, 46, 6, 8, 8, 8, 9, 52] };
}
