/**
 * npm run test:e2e：本番ビルドを localhost で配り、Debian の Chromium（playwright-core）で作業ウィンドウを開く。
 * office.js の CDN への要求は模擬の Office・Excel（見本ブックつき）で答え、外へは何も取りにいかない。
 * 「評価計算」→ シートの記号・注記と画面の結果を確かめ、キーボードだけでも一度行い、「元に戻す」で元どおりかを確かめる。
 */
import assert from "node:assert/strict";
import { createReadStream, existsSync, mkdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Page } from "playwright-core";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { evaluateWorkbook } from "../../src/core/evaluate-workbook";
import { defaultSettings } from "../../src/core/evaluate/settings";
import { toJsonDocument } from "../../src/core/report/json";
import { countMarks, MARKS } from "../../src/taskpane/components/Counts";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const ARTIFACTS = path.join(__dirname, "artifacts");
const SHEET = "市民まちづくり推進部";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml" };

function serve(): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, path.normalize(decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/")));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const port = (server.address() as { port: number }).port;
    resolve({ url: `http://localhost:${port}`, close: () => server.close() });
  }));
}

async function fakeOfficeScript(): Promise<string> {
  const out = await build({ entryPoints: [path.join(__dirname, "fake-office-host.ts")], bundle: true, write: false, format: "iife", platform: "browser", target: "es2020" });
  return out.outputFiles[0]?.text ?? "";
}

const results: { name: string; ok: boolean; error?: string }[] = [];
async function check(name: string, f: () => Promise<void>): Promise<void> {
  try {
    await f();
    results.push({ name, ok: true });
    process.stdout.write(`✓ ${name}\n`);
  } catch (e) {
    results.push({ name, ok: false, error: String(e) });
    process.stdout.write(`✕ ${name}\n  ${String(e).split("\n").join("\n  ")}\n`);
  }
}

const cell = (page: Page, address: string) => page.evaluate(([s, a]) => window.__fakeBook.text(s as string, a as string), [SHEET, address]);
const allTexts = (page: Page) => page.evaluate(() => JSON.stringify([...(window.__fakeBook.sheet("市民まちづくり推進部")?.cells ?? new Map())].map(([k, v]) => [k, v.text]).filter(([, t]) => t !== "")));

async function main(): Promise<number> {
  assert.ok(existsSync(path.join(DIST, "taskpane.html")), "dist/taskpane.html がありません：先に npm run build");
  mkdirSync(ARTIFACTS, { recursive: true });
  const sheets: SheetSnapshot[] = (await XlsxWorkbook.open(path.join(ROOT, "assets", "samples", "ueda-r2-chukan-block.xlsx"))).snapshot().sheets;
  const officeJs = await fakeOfficeScript();
  // 画面の ◎○△× の数は、同じ見本を CLI と同じ核で評価した数と一致するはず
  const counts = countMarks(toJsonDocument(evaluateWorkbook({ sheets, state: null }, defaultSettings())));
  const expectedCounts = MARKS.map((m) => `${m} ${counts[m]}`).join(" ");
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const outside: string[] = [];
  const open = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "ja-JP" });
    await page.addInitScript((s) => { (window as unknown as { __SAMPLE_SHEETS__: unknown }).__SAMPLE_SHEETS__ = s; }, sheets);
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: officeJs });
      if (url.startsWith(server.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page.on("pageerror", (e) => process.stdout.write(`page error: ${String(e)}\n`));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("button", { name: "評価計算" }).waitFor();
    return page;
  };
  try {
    const page = await open();
    const original = await allTexts(page);
    await check("評価計算 writes marks and （進捗…％） into the workbook and shows the results", async () => {
      await page.getByRole("button", { name: "評価計算" }).click();
      await page.getByTestId("results").waitFor();
      assert.equal(await cell(page, "F21"), "△");
      assert.equal(await cell(page, "F48"), "◎");
      assert.equal(await cell(page, "F36"), "×");
      assert.match(await cell(page, "D21"), /相談会開催4回）（進捗20\.8％）/);
      assert.equal(await page.evaluate(() => window.__fakeBook.syncs), 3);
      const counts = (await page.getByTestId("counts").innerText()).replace(/\s+/g, " ").trim();
      assert.equal(counts, expectedCounts);
      assert.ok((await page.getByTestId("item").count()) === 25);
      await page.screenshot({ path: path.join(ARTIFACTS, "taskpane.png"), fullPage: false });
    });
    await check("clicking an item selects its cell in the sheet", async () => {
      await page.getByRole("button", { name: /F21 を選択/ }).click();
      await page.waitForFunction(() => window.__fakeBook.selected?.address === "F21");
    });
    await check("元に戻す restores the sheet as it was", async () => {
      await page.getByRole("button", { name: "元に戻す" }).click();
      await page.getByText(/セルを元に戻しました/).waitFor();
      assert.equal(await allTexts(page), original);
    });
    await check("印刷設定 sets A4 landscape and the footer, and adds the 評価集計 sheet", async () => {
      await page.getByRole("button", { name: "印刷設定" }).click();
      await page.getByText(/印刷設定をしました/).waitFor();
      const print = await page.evaluate(() => window.__fakeBook.sheet("市民まちづくり推進部")?.print);
      assert.equal(print?.orientation, "Landscape");
      assert.match(String(print?.centerFooter), /&P \/ &N/);
      assert.match(await page.evaluate(() => window.__fakeBook.text("評価集計", "A1")), /評価集計/);
    });
    await check("PDF保存 offers the PDF as a download", async () => {
      await page.getByRole("button", { name: "PDF保存" }).click();
      const link = page.getByRole("link", { name: /PDF を保存/ });
      await link.waitFor();
      assert.equal(await link.getAttribute("download"), "重点目標一覧表.pdf");
    });
    await check("the whole flow works by keyboard alone", async () => {
      const kb = await open();
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
    });
    await check("every URL in manifest.xml is served by the production build", async () => {
      const xml = await (await fetch(`${server.url}/manifest.xml`)).text();
      const urls = [...xml.matchAll(/"https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1] as string);
      assert.ok(urls.length > 5);
      for (const u of urls) assert.equal((await fetch(`${server.url}/${u}`)).status, 200, u);
    });
    await check("nothing is fetched from outside localhost (office.js answered by the test)", async () => {
      assert.deepEqual(outside, []);
    });
  } finally {
    await browser.close();
    server.close();
  }
  const failed = results.filter((r) => !r.ok).length;
  process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

main().then((code) => (process.exitCode = code), (e: unknown) => {
  process.stderr.write(`ブラウザーの試験を実行できません：${String(e)}\n`);
  process.exitCode = 1;
});
