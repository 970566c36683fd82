import type { EvaluationReport } from "../../services/workbook-service";

/** グラフのマスの種類：◎○△× と記号なし。 */
export type ChartMark = "◎" | "○" | "△" | "×" | "none";
export const CHART_MARKS: ChartMark[] = ["◎", "○", "△", "×", "none"];

/** 目標 1 つの棒：番号・題・記号ごとの数と、記号の順に並べた項目のマス（評価集計の棒の絵と同じ並び）。 */
export interface GoalBar {
  key: string;
  label: string;
  title: string;
  counts: Record<ChartMark, number>;
  cells: ChartMark[];
}

const asMark = (mark: string | null): ChartMark => (mark === "◎" || mark === "○" || mark === "△" || mark === "×" ? mark : "none");

/** 評価の結果から、目標ごとの棒を作る（シートが複数なら番号にシート名を添える）。 */
export function goalBars(report: EvaluationReport): GoalBar[] {
  const many = report.sheets.length > 1;
  return report.sheets.flatMap((sheet) =>
    sheet.goals.map((goal, gi): GoalBar => {
      const counts: Record<ChartMark, number> = { "◎": 0, "○": 0, "△": 0, "×": 0, none: 0 };
      for (const item of goal.items) counts[asMark(item.mark)] += 1;
      const cells = CHART_MARKS.flatMap((m) => Array.from({ length: counts[m] }, () => m));
      return { key: `${sheet.name}:${gi}`, label: `${many ? sheet.name + " " : ""}${goal.no ?? gi + 1}`, title: goal.title, counts, cells };
    }),
  );
}
