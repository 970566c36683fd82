import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import path from "node:path";
import { renderToString } from "react-dom/server";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { evaluateWorkbook } from "../src/core/evaluate-workbook";
import { defaultSettings } from "../src/core/evaluate/settings";
import { toJsonDocument } from "../src/core/report/json";
import { summaryContent } from "../src/core/print/summary-content";
import type { EvaluationReport } from "../src/services/workbook-service";
import { GoalChart } from "../src/taskpane/components/GoalChart";
import { goalBars } from "../src/taskpane/components/goal-chart-data";
import { STRINGS } from "../src/taskpane/i18n";
import { StringsContext } from "../src/taskpane/service-context";

/**
 * 作業ウィンドウの目標ごとの棒グラフ（issue 10 の 5）：評価集計と同じ数・同じ並び、読み上げ用の文、言語、文字の扱い。
 * 明るい・暗いテーマでの見た目はブラウザーの試験（test/e2e/checks/goal-chart.ts）が確かめる。
 */
const SAMPLE = path.join(__dirname, "..", "assets", "samples", "ueda-r2-chukan-block.xlsx");

async function sample() {
  const result = evaluateWorkbook((await XlsxWorkbook.open(SAMPLE)).snapshot(), defaultSettings());
  return { result, report: toJsonDocument(result) as EvaluationReport };
}

const render = (report: EvaluationReport, lang: "ja" | "en" = "ja", dark = false): string =>
  renderToString(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <StringsContext.Provider value={STRINGS[lang]}>
        <GoalChart report={report} />
      </StringsContext.Provider>
    </FluentProvider>,
  );

describe("目標ごとの棒グラフ", () => {
  it("has the same counts and the same order of cells as the 評価集計 page", async () => {
    const { result, report } = await sample();
    const bars = goalBars(report);
    const summary = summaryContent(result.sheets);
    expect(bars.map((b) => b.label)).toEqual(summary.goals.map((g) => g.label));
    bars.forEach((bar, i) => {
      const goal = summary.goals[i]!;
      for (const m of ["◎", "○", "△", "×"] as const) expect([bar.label, m, bar.counts[m]]).toEqual([bar.label, m, goal.counts[m]]);
      expect(bar.cells.map((c) => (c === "none" ? null : c))).toEqual(goal.marks);
    });
  });

  it("gives screen readers each goal's counts in words, and hides the painted cells from them", async () => {
    const { report } = await sample();
    const html = render(report);
    const bars = goalBars(report);
    for (const bar of bars)
      expect(html).toContain(
        `aria-label="目標 ${bar.label}「${bar.title}」：◎ ${bar.counts["◎"]}、○ ${bar.counts["○"]}、△ ${bar.counts["△"]}、× ${bar.counts["×"]}"`,
      );
    expect(html).toContain("目標ごとの進捗度");
    expect((html.match(/data-testid="goal-bar"/g) ?? []).length).toBe(bars.length);
    expect(html).toMatch(/class="[^"]*"[^>]*aria-hidden="true"/);
  });

  it("speaks English when the pane does", async () => {
    const { report } = await sample();
    expect(render(report, "en")).toContain("Marks per goal");
    expect(render(report, "en")).toMatch(/aria-label="Goal 1 &quot;[^"]+&quot;: ◎ \d+、○/);
  });

  it("renders in the dark theme too, with every cell carrying its mark", async () => {
    const { report } = await sample();
    const html = render(report, "ja", true);
    for (const m of ["◎", "○", "△", "×"]) expect(html).toContain(`data-mark="${m}">${m}</span>`);
  });

  it("never puts a goal title into the page as HTML", () => {
    const evil = '<img src=x onerror="alert(1)">';
    const report = {
      asOf: "2020-09-30",
      warnings: [],
      changes: { cells: 0, flags: 0 },
      sheets: [
        {
          name: "部",
          department: null,
          report: "中間報告",
          fiscalYear: 2020,
          asOf: "2020-09-30",
          layout: "list",
          goals: [{ no: 1, title: evil, items: [{ label: "①", mark: "○" }] }],
        },
      ],
    } as unknown as EvaluationReport;
    const html = render(report);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
  });
});
