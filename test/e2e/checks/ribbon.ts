/** リボンの「評価計算」（ExecuteFunction）：エラーはダイアログで見せ、閉じてから完了にする。古い Webview でも黙らない。 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { SHEET, TRIDENT_UA, type E2ECheck, type E2EContext } from "../harness";

async function press(page: Page, viaGlobal = false): Promise<void> {
  await page.evaluate(async (global) => {
    const w = window as unknown as { evaluate: (e: unknown) => unknown };
    const event = {
      completed: () => {
        window.__fakeOffice.completed.count++;
      },
    };
    if (global) w.evaluate(event);
    else await window.__fakeOffice.associated.get("evaluate")?.(event);
  }, viaGlobal);
}

async function dialogText(ctx: E2EContext, page: Page): Promise<string> {
  await page.waitForFunction(() => window.__fakeOffice.dialogs.length > 0);
  const url = await page.evaluate(() => window.__fakeOffice.dialogs[0] as string);
  assert.ok(url.startsWith(`${ctx.url}/message.html#`), url);
  const dialog = await ctx.open({ page: url.slice(ctx.url.length + 1) });
  return dialog.locator("#message").innerText();
}

const checks: E2ECheck[] = [
  {
    name: "an error (a protected sheet) is shown in a dialog naming the sheet; the command completes when it is closed",
    run: async (ctx) => {
      const page = await ctx.open({ page: "commands.html" });
      await page.waitForFunction(() => window.__fakeOffice.associated.has("evaluate"));
      await page.evaluate((s) => {
        (window.__fakeBook.sheet(s) as { protection: { protected: boolean } }).protection.protected = true;
      }, SHEET);
      const pressing = press(page).then(
        () => undefined,
        (e: unknown) => e,
      );
      const text = await dialogText(ctx, page);
      assert.match(text, new RegExp(`評価できませんでした[\\s\\S]*「${SHEET}」[\\s\\S]*シート保護の解除`));
      assert.equal(await page.evaluate(() => window.__fakeOffice.completed.count), 0);
      await page.evaluate(() => window.__fakeOffice.closeDialog());
      const failed = await pressing;
      if (failed) throw failed;
      assert.equal(await page.evaluate(() => window.__fakeOffice.completed.count), 1);
    },
  },
  {
    name: "the dialog shows the text as text (no HTML from cell contents)",
    run: async (ctx) => {
      const evil = encodeURIComponent(JSON.stringify({ kind: "error", title: "題", text: '<img src=x onerror="window.__pwned=1">' }));
      const dialog = await ctx.open({ page: `message.html#${evil}` });
      assert.equal(await dialog.locator("#text").innerText(), '<img src=x onerror="window.__pwned=1">');
      assert.equal(await dialog.locator("#text img").count(), 0);
      assert.equal(await dialog.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    },
  },
  {
    name: "in an Internet Explorer 11 webview (the bundle cannot run there) the ribbon button still answers, with the message to use another Excel",
    run: async (ctx) => {
      const page = await ctx.open({ page: "commands.html", userAgent: TRIDENT_UA, block: /\/commands\.js$/ });
      await press(page, true);
      await page.waitForFunction(() => window.__fakeOffice.dialogs.length > 0);
      const url = await page.evaluate(() => window.__fakeOffice.dialogs[0] as string);
      assert.ok(url.endsWith("/message.html#legacy"), url);
      const dialog = await ctx.open({ page: "message.html#legacy" });
      assert.match(await dialog.locator("#text").innerText(), /Internet Explorer 11[\s\S]*Excel on the web/);
    },
  },
];

export default checks;
