/** ホストの型ごとの作業ウィンドウ：デスクトップの PDF保存、古い Excel、古い Webview、読み込めないとき。 */
import assert from "node:assert/strict";
import { parse } from "acorn";
import { cell, TRIDENT_UA, type E2ECheck } from "../harness";

const fallback = async (page: import("playwright-core").Page, part: "legacy" | "failed"): Promise<string> => {
  await page.locator(`#fallback-${part}`).waitFor({ state: "visible" });
  return page.locator("#fallback").innerText();
};

const checks: E2ECheck[] = [
  {
    name: "the production bundles are not ES5 (Internet Explorer 11 cannot parse them), which is why the pages carry ES5 fallbacks",
    run: async (ctx) => {
      for (const file of ["taskpane.js", "commands.js"]) {
        const code = await (await fetch(`${ctx.url}/${file}`)).text();
        assert.throws(() => parse(code, { ecmaVersion: 5 }), SyntaxError, `${file} が ES5 として読めてしまう`);
        assert.doesNotThrow(() => parse(code, { ecmaVersion: 2020 }), `${file} が ES2020 として読めない`);
      }
    },
  },
  {
    name: "Windows (WebView2): PDF保存 applies 印刷設定 and shows Excel's own steps, with no download link",
    run: async (ctx) => {
      const page = await ctx.open({ profile: "windows" });
      await page.getByRole("button", { name: "PDF保存" }).click();
      await page.getByText(/ファイル > エクスポート > PDF\/XPS/).waitFor();
      assert.equal(await page.getByRole("link", { name: /PDF を保存/ }).count(), 0);
      assert.equal(await page.evaluate(() => window.__fakeBook.sheet("市民まちづくり推進部")?.print.orientation), "Landscape");
    },
  },
  {
    name: "Mac (WKWebView): PDF保存 shows the Save As steps, with no download link",
    run: async (ctx) => {
      const page = await ctx.open({ profile: "mac" });
      await page.getByRole("button", { name: "PDF保存" }).click();
      await page
        .getByText(/名前を付けて保存/)
        .first()
        .waitFor();
      assert.equal(await page.getByRole("link", { name: /PDF を保存/ }).count(), 0);
    },
  },
  {
    name: "an Excel without ExcelApi 1.13 (Office 2019) gets the reason and what to use instead, and nothing is written",
    run: async (ctx) => {
      const page = await ctx.open({ profile: "office2019" });
      await page.getByRole("button", { name: "評価計算" }).click();
      await page.getByRole("alert").filter({ hasText: "ExcelApi 1.13" }).waitFor();
      assert.equal(await cell(page, "F21"), "");
    },
  },
  {
    name: "Internet Explorer 11 (Trident) webview: the pane shows its own message at once, not a blank pane",
    run: async (ctx) => {
      const page = await ctx.open({ userAgent: TRIDENT_UA });
      assert.match(await fallback(page, "legacy"), /Internet Explorer 11[\s\S]*Excel on the web[\s\S]*コマンドライン/);
      assert.equal(await page.getByRole("button", { name: "評価計算" }).count(), 0);
    },
  },
  {
    name: "when the program cannot be loaded, the pane says so instead of staying blank",
    run: async (ctx) => {
      const page = await ctx.open({ block: /\/taskpane\.js$/ });
      assert.match(await fallback(page, "failed"), /読み込めませんでした（プログラムを読み込めません）/);
    },
  },
  {
    name: "when office.js cannot be loaded (no network), the pane says so",
    run: async (ctx) => {
      const page = await ctx.open({ block: /appsforoffice\.microsoft\.com/ });
      assert.match(await fallback(page, "failed"), /office\.js を読み込めません/);
    },
  },
  {
    name: "when Office never becomes ready, the pane gives up after its time limit with a message",
    run: async (ctx) => {
      const page = await ctx.open({
        officeJs: "window.Office = { onReady: function () { return new Promise(function () {}); } };",
        startTimeoutMs: 1500,
      });
      assert.match(await fallback(page, "failed"), /時間切れ/);
    },
  },
];

export default checks;
