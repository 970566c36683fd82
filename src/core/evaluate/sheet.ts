import { EvaluationError } from "../errors";
import { Grid } from "../grid";
import { detectLayout, type LayoutMiss } from "../layout";
import { readSheetMeta, type ReportType } from "../layout/meta";
import { buildSheetModel } from "../model/build-model";
import type { GoalModel, SheetModel } from "../model/types";
import type { SheetSnapshot } from "../snapshot";
import { defaultAsOf, parseIsoDate, type CalendarDate } from "./dates";
import { evaluateItem } from "./item-rules";
import type { EvaluationSettings } from "./settings";
import type { EvaluationContext } from "./target-rules";
import type { ItemEvaluation } from "./types";

/** 1 シートの評価結果（記号をどう書くかは changes が決める）。 */
export interface SheetEvaluation {
  grid: Grid;
  model: SheetModel;
  report: ReportType;
  fiscalYear: number;
  asOf: CalendarDate;
  goals: { goal: GoalModel; items: ItemEvaluation[] }[];
}

export type SheetOutcome = { ok: true; value: SheetEvaluation } | { ok: false; miss: LayoutMiss };

function fiscalYearOf(d: CalendarDate): number {
  return d.month >= 4 ? d.year : d.year - 1;
}

function resolveDates(model: SheetModel, settings: EvaluationSettings): { fiscalYear: number; report: ReportType; asOf: CalendarDate } {
  const override = settings.asOf ? parseIsoDate(settings.asOf) : null;
  const fiscalYear = model.meta.fiscalYear ?? (override ? fiscalYearOf(override) : null);
  if (fiscalYear === null) {
    throw new EvaluationError(
      "missing-fiscal-year",
      "core",
      `シート「${model.name}」の年度が読み取れません（「【令和2年度重点目標】」のような行が見つかりません）。`,
      "表の上に年度の行を入れるか、基準日を指定してください（CLI では --as-of YYYY-MM-DD）。",
    );
  }
  const report =
    settings.report ?? model.meta.report ?? (override && override.month >= 4 && override.month <= 12 ? "中間報告" : "年度末報告");
  return { fiscalYear, report, asOf: override ?? defaultAsOf(fiscalYear, report) };
}

/** シート 1 枚を評価する。重点目標一覧表の形がなければ、探したものを返す。 */
export function evaluateSheet(sheet: SheetSnapshot, settings: EvaluationSettings): SheetOutcome {
  const grid = new Grid(sheet);
  const layout = detectLayout(grid);
  if (!layout.ok) return { ok: false, miss: layout.reason };
  const meta = readSheetMeta(grid, layout.value.firstHeaderRow);
  const model = buildSheetModel(grid, layout.value, meta);
  const dates = resolveDates(model, settings);
  const ctx: EvaluationContext = {
    fiscalYear: dates.fiscalYear,
    asOf: dates.asOf,
    thresholds: settings.thresholds,
    sheet: sheet.name,
    choices: settings.choices ?? [],
  };
  const goals = model.goals.map((goal) => ({ goal, items: goal.items.map((item) => evaluateItem(item, ctx)) }));
  return { ok: true, value: { grid, model, ...dates, goals } };
}
