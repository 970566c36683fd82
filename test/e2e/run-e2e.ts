/**
 * npm run test:e2e：本番ビルドを localhost で配り、Debian の Chromium（playwright-core）で作業ウィンドウとリボンの
 * ページを開く。office.js の CDN への要求は厳しい模擬の Office・Excel（見本ブックつき）で答え、外へは何も取りにいかない。
 * 試験は test/e2e/checks/*.ts に置く（ファイル名の順に走る。形は harness.ts）。最後に、外への要求がなかったことを確かめる。
 */
import assert from "node:assert/strict";
import { createReadStream, existsSync, mkdirSync, readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import type { SheetSnapshot } from "../../src/core/snapshot";
import type { E2ECheck, E2EContext, OpenOptions } from "./harness";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const ARTIFACTS = path.join(__dirname, "artifacts");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml" };

function serve(): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, path.normalize(decodeURIComponent((req.url ?? "/").split(/[?#]/)[0] ?? "/")));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      resolve({ url: `http://localhost:${port}`, close: () => server.close() });
    }),
  );
}

async function fakeOfficeScript(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(__dirname, "fake-office-host.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
  });
  return out.outputFiles[0]?.text ?? "";
}

async function loadChecks(): Promise<{ file: string; check: E2ECheck }[]> {
  const dir = path.join(__dirname, "checks");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const out: { file: string; check: E2ECheck }[] = [];
  for (const file of files) {
    const mod = (await import(path.join(dir, file))) as { default?: E2ECheck[] };
    assert.ok(Array.isArray(mod.default), `${file} は export default [{ name, run }] を返してください`);
    for (const check of mod.default) out.push({ file, check });
  }
  return out;
}

function opener(
  browser: Browser,
  url: string,
  sheets: SheetSnapshot[],
  officeJs: string,
  outside: string[],
): (o?: OpenOptions) => Promise<Page> {
  return async (o = {}) => {
    const page = await browser.newPage({
      viewport: { width: 420, height: 900 },
      locale: "ja-JP",
      ...(o.userAgent ? { userAgent: o.userAgent } : {}),
    });
    await page.addInitScript(
      ([s, profile, timeout]) => {
        const w = window as unknown as Record<string, unknown>;
        // tsx は関数の名前を残すために __name を差し込む：page.evaluate に渡した関数がブラウザーでも動くように
        w.__name = (f: unknown) => f;
        w.__SAMPLE_SHEETS__ = s;
        w.__PROFILE__ = profile;
        if (timeout) w.__JUTEN_START_TIMEOUT_MS = timeout;
      },
      [sheets, o.profile ?? "web", o.startTimeoutMs ?? 0] as const,
    );
    await page.route("**/*", (route) => {
      const u = route.request().url();
      if (o.block?.test(u)) return route.abort();
      if (u === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: o.officeJs ?? officeJs });
      if (u.startsWith(url)) return route.continue();
      outside.push(u);
      return route.abort();
    });
    page.on("pageerror", (e) => process.stdout.write(`  (page error: ${String(e).split("\n")[0]})\n`));
    const target = o.page ?? "taskpane.html";
    await page.goto(`${url}/${target}`);
    if (o.waitForApp ?? (target === "taskpane.html" && !o.userAgent && !o.block && !o.officeJs))
      await page.getByRole("button", { name: "評価計算" }).waitFor();
    return page;
  };
}

async function main(): Promise<number> {
  assert.ok(existsSync(path.join(DIST, "taskpane.html")), "dist/taskpane.html がありません：先に npm run build");
  mkdirSync(ARTIFACTS, { recursive: true });
  const sheets: SheetSnapshot[] = (await XlsxWorkbook.open(path.join(ROOT, "assets", "samples", "ueda-r2-chukan-block.xlsx"))).snapshot()
    .sheets;
  const [officeJs, checks, server] = await Promise.all([fakeOfficeScript(), loadChecks(), serve()]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const outside: string[] = [];
  const ctx: E2EContext = { url: server.url, sheets, artifacts: ARTIFACTS, open: opener(browser, server.url, sheets, officeJs, outside) };
  let failed = 0;
  const report = (name: string, error?: unknown): void => {
    if (error === undefined) process.stdout.write(`✓ ${name}\n`);
    else {
      failed++;
      process.stdout.write(`✕ ${name}\n  ${String(error).split("\n").join("\n  ")}\n`);
    }
  };
  try {
    for (const { file, check } of checks) {
      try {
        await check.run(ctx);
        report(`${file}: ${check.name}`);
      } catch (e) {
        report(`${file}: ${check.name}`, e);
      }
    }
    report(
      "nothing is fetched from outside localhost (office.js answered by the test)",
      outside.length === 0 ? undefined : outside.join("\n"),
    );
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write(`${checks.length + 1 - failed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`ブラウザーの試験を実行できません：${String(e)}\n`);
    process.exitCode = 1;
  },
);
