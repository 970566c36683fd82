/** 担当者の実績：要確認の目標に候補を選ぶ流れを、キーボードだけで、読み上げの知らせまで確かめる。 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { E2ECheck } from "../harness";

/** 見本の 4② 「講座2～3回」（候補：日本語セミナー 5回、食糧支援 3回）の行。 */
const TARGET = "講座2～3回";

const activeText = (page: Page): Promise<string> => page.evaluate(() => (document.activeElement?.textContent ?? "").trim());

const checks: E2ECheck[] = [
  {
    name: "a 要確認 target's actual can be chosen by keyboard alone, is announced, kept in the record, and removed again",
    run: async (ctx) => {
      const page = await ctx.open();
      await page.getByRole("button", { name: "評価計算" }).click();
      await page.getByTestId("results").waitFor();
      const line = page.getByTestId("target").filter({ hasText: TARGET });
      await line.getByRole("button", { name: "実績を選ぶ" }).focus();
      await page.keyboard.press("Enter");
      const picker = page.getByTestId("actual-picker");
      await picker.waitFor();
      assert.equal(await picker.getAttribute("aria-label"), `②${TARGET} の実績を選ぶ`);
      assert.match(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? ""), /radio/);
      const options = (
        await picker
          .getByRole("radio")
          .evaluateAll((els) => els.map((e) => (e.closest("label, span")?.textContent ?? e.parentElement?.textContent ?? "").trim()))
      ).join(" | ");
      assert.match(options, /5回.*日本語セミナー/);
      await page.keyboard.press("Tab");
      assert.equal(await activeText(page), "この実績を使う");
      await page.keyboard.press("Enter");
      const status = page.getByRole("status").filter({ hasText: "の実績を 5回 にしました" });
      await status.waitFor();
      await page.waitForFunction(() => (document.activeElement?.textContent ?? "").trim() === "選んだ実績を外す");
      assert.match(await line.innerText(), /担当者の実績/);
      assert.match(await line.innerText(), /250\.0％/);
      const record = await page.evaluate(() => window.__fakeBook.texts("評価アシスタント_状態"));
      assert.match(JSON.stringify(record), /JUTEN-STATE v2/);
      await page.keyboard.press("Enter");
      await page.getByRole("status").filter({ hasText: "担当者の実績を外しました" }).waitFor();
      assert.equal(await line.getByRole("button", { name: "実績を選ぶ" }).count(), 1);
    },
  },
  {
    name: "a typed actual that is not a number is refused with a message, and Esc closes the form",
    run: async (ctx) => {
      const page = await ctx.open();
      await page.getByRole("button", { name: "評価計算" }).click();
      await page.getByTestId("results").waitFor();
      const line = page.getByTestId("target").filter({ hasText: TARGET });
      await line.getByRole("button", { name: "実績を選ぶ" }).click();
      const picker = page.getByTestId("actual-picker");
      await picker.getByRole("radio", { name: "数を打ち込む" }).check();
      await picker.getByRole("textbox").fill("たくさん");
      await picker.getByRole("button", { name: "この実績を使う" }).click();
      await picker.getByText("数として読めません").waitFor();
      await page.keyboard.press("Escape");
      await picker.waitFor({ state: "detached" });
      assert.equal(await activeText(page), "実績を選ぶ");
    },
  },
];

export default checks;
