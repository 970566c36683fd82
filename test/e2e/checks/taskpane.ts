/** 作業ウィンドウ（Excel on the web の型）：評価計算・選択・元に戻す・印刷設定・PDF保存・キーボードだけの操作。 */
import assert from "node:assert/strict";
import path from "node:path";
import type { Page } from "playwright-core";
import { evaluateWorkbook } from "../../../src/core/evaluate-workbook";
import { defaultSettings } from "../../../src/core/evaluate/settings";
import { toJsonDocument } from "../../../src/core/report/json";
import { countMarks, MARKS } from "../../../src/taskpane/components/Counts";
import { allTexts, cell, SHEET, type E2ECheck, type E2EContext } from "../harness";

async function evaluated(ctx: E2EContext): Promise<Page> {
  const page = await ctx.open();
  await page.getByRole("button", { name: "評価計算" }).click();
  await page.getByTestId("results").waitFor();
  return page;
}

const checks: E2ECheck[] = [
  {
    name: "評価計算 writes marks, （進捗…％）, fills and the reason note, and shows the same counts as the CLI's core",
    run: async (ctx) => {
      const page = await evaluated(ctx);
      assert.equal(await cell(page, "F21"), "△");
      assert.equal(await cell(page, "F48"), "◎");
      assert.equal(await cell(page, "F36"), "×");
      assert.match(await cell(page, "D21"), /相談会開催4回）（進捗20\.8％）/);
      assert.equal(await page.evaluate((s) => window.__fakeBook.fill(s, "F21"), SHEET), "#FFE699");
      assert.match(String(await page.evaluate((s) => window.__fakeBook.note(s, "F21"), SHEET)), /^【評価アシスタント】/);
      assert.deepEqual(
        await page.evaluate(() => [window.__fakeBook.formulaWrites, window.__fakeBook.unsyncedActions, window.__fakeBook.stats.refused]),
        [0, 0, 0],
      );
      const counts = countMarks(toJsonDocument(evaluateWorkbook({ sheets: ctx.sheets, state: null }, defaultSettings())));
      assert.equal(
        (await page.getByTestId("counts").innerText()).replace(/\s+/g, " ").trim(),
        MARKS.map((m) => `${m} ${counts[m]}`).join(" "),
      );
      assert.equal(await page.getByTestId("item").count(), 25);
      await page.screenshot({ path: path.join(ctx.artifacts, "taskpane.png"), fullPage: false });
    },
  },
  {
    name: "clicking an item selects its cell in the sheet",
    run: async (ctx) => {
      const page = await evaluated(ctx);
      await page.getByRole("button", { name: /F21 を選択/ }).click();
      await page.waitForFunction(() => window.__fakeBook.selected?.address === "F21");
    },
  },
  {
    name: "元に戻す restores the sheet as it was and removes the record sheet",
    run: async (ctx) => {
      const page = await ctx.open();
      const original = await allTexts(page);
      const sheets = await page.evaluate(() => window.__fakeBook.sheets.map((s) => s.name));
      await page.getByRole("button", { name: "評価計算" }).click();
      await page.getByTestId("results").waitFor();
      await page.getByRole("button", { name: "元に戻す" }).click();
      await page.getByText(/セルを元に戻しました/).waitFor();
      assert.equal(await allTexts(page), original);
      assert.deepEqual(await page.evaluate(() => window.__fakeBook.sheets.map((s) => s.name)), sheets);
    },
  },
  {
    name: "印刷設定 sets A4 landscape and the footer, and adds the 評価集計 sheet",
    run: async (ctx) => {
      const page = await ctx.open();
      await page.getByRole("button", { name: "印刷設定" }).click();
      await page.getByText(/印刷設定をしました/).waitFor();
      const print = await page.evaluate((s) => window.__fakeBook.sheet(s)?.print, SHEET);
      assert.equal(print?.orientation, "Landscape");
      assert.match(String(print?.centerFooter), /&P \/ &N/);
      assert.match(await page.evaluate(() => window.__fakeBook.text("評価集計", "A1")), /評価集計/);
    },
  },
  {
    name: "PDF保存 on Excel on the web offers the PDF as a download",
    run: async (ctx) => {
      const page = await ctx.open();
      await page.getByRole("button", { name: "PDF保存" }).click();
      const link = page.getByRole("link", { name: /PDF を保存/ });
      await link.waitFor();
      assert.equal(await link.getAttribute("download"), "重点目標一覧表.pdf");
      assert.equal(await page.evaluate((s) => window.__fakeBook.sheet(s)?.print.orientation, SHEET), "Landscape");
    },
  },
  {
    name: "the whole flow works by keyboard alone",
    run: async (ctx) => {
      const kb = await ctx.open();
      const focusOn = async (name: string) => {
        for (let i = 0; i < 40; i++) {
          await kb.keyboard.press("Tab");
          if ((await kb.evaluate(() => document.activeElement?.textContent ?? "")).trim() === name) return;
        }
        throw new Error(`「${name}」にキーボードで移れません`);
      };
      await focusOn("評価計算");
      await kb.keyboard.press("Enter");
      await kb.getByTestId("results").waitFor();
      assert.equal(await cell(kb, "F21"), "△");
      await kb.keyboard.press("Shift+Tab");
      await focusOn("元に戻す");
      await kb.keyboard.press("Enter");
      await kb.getByText(/セルを元に戻しました/).waitFor();
      assert.equal(await cell(kb, "F21"), "");
    },
  },
];

export default checks;
