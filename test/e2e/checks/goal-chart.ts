/**
 * 作業ウィンドウの目標ごとの棒グラフ（issue 10 の 5）：結果の上にあり、目標ごとの数が核（CLI と同じ評価）と合い、
 * 読み上げ用の名前を持ち、明るい・暗いテーマのどちらでもマスの地と記号の文字の対比が足り（4.5 : 1 以上）、
 * ◎○△× の地の色が互いに違う。暗いテーマは、模擬の Office のテーマの色を暗くして開く。
 */
import assert from "node:assert/strict";
import path from "node:path";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { evaluateWorkbook } from "../../../src/core/evaluate-workbook";
import { defaultSettings } from "../../../src/core/evaluate/settings";
import { summaryContent } from "../../../src/core/print/summary-content";
import type { E2ECheck, E2EContext } from "../harness";

/** 模擬の Office に、暗いテーマ（本文の地 #1F1F1F）を名乗らせるスクリプト。 */
async function darkOffice(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(__dirname, "..", "fake-office-host.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
  });
  return `${out.outputFiles[0]?.text ?? ""}\n;window.Office.context.officeTheme = { bodyBackgroundColor: "#1F1F1F" };`;
}

interface Painted {
  mark: string;
  text: string;
  fg: string;
  bg: string;
}

/** マスの記号・文字の色・地の色（計算された値）。 */
const paintedCells = (page: Page): Promise<Painted[]> =>
  page.locator('[data-testid="goal-chart"] [data-mark]').evaluateAll((els) =>
    els.map((e) => ({
      mark: e.getAttribute("data-mark") ?? "",
      text: (e.textContent ?? "").trim(),
      fg: getComputedStyle(e).color,
      bg: getComputedStyle(e).backgroundColor,
    })),
  );

function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? [])
    .slice(0, 3)
    .map((v) => Number(v) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

async function checkChart(ctx: E2EContext, page: Page): Promise<void> {
  await page.getByRole("button", { name: "評価計算" }).click();
  await page.getByTestId("results").waitFor();
  const chart = page.getByTestId("goal-chart");
  await chart.waitFor();
  // 結果の一覧より上にある
  const chartBox = await chart.boundingBox();
  const firstItem = await page.getByTestId("item").first().boundingBox();
  assert.ok(chartBox && firstItem && chartBox.y + chartBox.height <= firstItem.y, "グラフが結果の上にありません");
  // 読み上げの名前：目標ごとの数が、核で評価した数と同じ
  const goals = summaryContent(evaluateWorkbook({ sheets: ctx.sheets, state: null }, defaultSettings()).sheets).goals;
  const list = page.getByRole("list", { name: "目標ごとの進捗度" });
  const names = await list.getByRole("listitem").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
  assert.equal(names.length, goals.length);
  goals.forEach((g, i) =>
    assert.match(
      names[i] ?? "",
      new RegExp(`^目標 ${g.label}「.*」：◎ ${g.counts["◎"]}、○ ${g.counts["○"]}、△ ${g.counts["△"]}、× ${g.counts["×"]}`),
    ),
  );
  // マス：項目の数だけ、記号を書き、文字と地の対比が足り、記号ごとに地の色が違う
  const cells = await paintedCells(page);
  assert.equal(
    cells.length,
    goals.reduce((n, g) => n + g.marks.length, 0),
  );
  for (const c of cells) {
    assert.equal(c.text, c.mark === "none" ? "－" : c.mark);
    assert.ok(contrast(c.fg, c.bg) >= 4.5, `${c.mark} の文字 ${c.fg} と地 ${c.bg} の対比が ${contrast(c.fg, c.bg).toFixed(2)}`);
  }
  const grounds = new Map(cells.map((c) => [c.mark, c.bg]));
  assert.equal(new Set(grounds.values()).size, grounds.size, `記号の地の色が重なっています：${JSON.stringify([...grounds])}`);
}

const checks: E2ECheck[] = [
  {
    name: "the goal chart sits above the results, matches the core's counts, reads out each goal and keeps its marks legible (light theme)",
    run: async (ctx) => {
      const page = await ctx.open();
      await checkChart(ctx, page);
      await page.getByTestId("goal-chart").screenshot({ path: path.join(ctx.artifacts, "goal-chart-light.png") });
    },
  },
  {
    name: "the goal chart in the dark theme: the same names, legible marks, distinct grounds",
    run: async (ctx) => {
      const page = await ctx.open({ officeJs: await darkOffice(), waitForApp: true });
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector(".fui-FluentProvider") ?? document.body).backgroundColor,
      );
      assert.ok(luminance(background) < 0.1, `暗いテーマになっていません（地 ${background}）`);
      await checkChart(ctx, page);
      await page.getByTestId("goal-chart").screenshot({ path: path.join(ctx.artifacts, "goal-chart-dark.png") });
    },
  },
];

export default checks;
