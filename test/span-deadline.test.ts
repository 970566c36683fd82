import { evaluateItem } from "../src/core/evaluate/item-rules";
import { DEFAULT_THRESHOLDS } from "../src/core/evaluate/settings";
import type { EvaluationContext } from "../src/core/evaluate/target-rules";
import { cellLines, SourceText } from "../src/core/model/source-text";
import type { ItemModel } from "../src/core/model/types";

/**
 * 決まりが決めていないことの判断：まで の期限がなく、何年かにわたる期間が書かれた目標は、期間の終わりの年度末が期限で、
 * 期待進捗は期間の初め（始まりの年度の 4月）から数える（期間の途中で 100％ を求めない）。期待値は人が計算したもの。
 */
const yearEnd2016: EvaluationContext = { fiscalYear: 2016, asOf: { year: 2017, month: 3, day: 31 }, thresholds: DEFAULT_THRESHOLDS };
const text = (s: string) => new SourceText(cellLines(0, 0, s));
const item = (targets: string, progress: string): ItemModel => ({
  label: "①",
  no: 1,
  row: 0,
  action: text(""),
  targets: text(targets),
  progress: text(progress),
  mark: null,
  currentMark: "",
});

describe("何年かにわたる期間の目標", () => {
  test.each([
    // H27年4月〜H32年3月の 60 か月のうち、H29年3月末まで 24 か月：期待 40％。515 ÷ 1,000 = 51.5％ → s = 1.29
    ["雇用創出数 H27～H31年度の5年間で1,000人（累計）", "H28実績値は累計515人（うちH28年度255人）。", 51.5, 40, "◎"],
    // H27年4月〜H31年3月の 48 か月のうち 24 か月：期待 50％。96 ÷ 150 = 64％
    ["県総合計画アクションプラン（平成27～30年度）\n（1）企業立地件数 150件", "16年度末までの実績は立地件数96件。", 64, 50, "◎"],
    // 期間のない年度の目標はこれまでどおり年度末が期限：期待 100％
    ["企業立地件数 150件", "立地件数96件。", 64, 100, "×"],
  ])("%s ／ %s → %f％（期待 %f％）%s", (targets, progress, rate, expected, mark) => {
    const ev = evaluateItem(item(targets, progress), yearEnd2016);
    const t = ev.targets.find((x) => x.spec.quantity);
    expect([t?.progressPercent, t?.expectedPercent, ev.computedMark]).toEqual([rate, expected, mark]);
  });
});
