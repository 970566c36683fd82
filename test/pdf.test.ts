import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findSoffice } from "../src/cli/libreoffice";
import { cli } from "./helpers/cli";
import { tempDir } from "./helpers/tmp";

/**
 * CLI の PDF（LibreOffice）を poppler の道具で確かめる。CI（REQUIRE_PDF=1）では LibreOffice がなければ失敗する。
 */
const ROOT = path.join(__dirname, "..");
const available = findSoffice() !== null && existsSync("/usr/bin/pdftotext");
if (!available && process.env.REQUIRE_PDF === "1") throw new Error("LibreOffice か poppler-utils がありません（.ci/run が入れるはず）");
const describeIf = available ? describe : describe.skip;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const text = (pdf: string, first?: number, last?: number): string =>
  execFileSync("pdftotext", [...(first ? ["-f", String(first), "-l", String(last ?? first)] : []), "-layout", pdf, "-"], { encoding: "utf8" });

describeIf.each(["block", "list"])("--pdf（%s 形式）", (layout) => {
  const pdf = tmp.file(`${layout}.pdf`);
  const headers = layout === "block" ? ["重点目標", "期限・数値目標等", "具体的な重点取組項目", "進捗状況・進捗度"] : ["No", "重点目標", "期限・数値目標等", "具体的な重点取組項目", "進捗状況", "進捗度"];

  beforeAll(async () => {
    const r = await cli([path.join(ROOT, "assets", "samples", `ueda-r2-chukan-${layout}.xlsx`), "--pdf", pdf]);
    expect(r.code).toBe(0);
  }, 180_000);

  it("is A4 landscape on every page", () => {
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", pdf], { encoding: "utf8" });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes) expect(size).toEqual([842, 595]);
  });

  it("has every column on page 1", () => {
    const page1 = text(pdf, 1).replace(/\s+/g, "");
    for (const h of headers) expect([h, page1.includes(h)]).toEqual([h, true]);
    expect(page1).toMatch(/[◎○△×]/);
  });

  it("has the legend, the 評価集計 summary, the marks and the 進捗…％ annotations", () => {
    const all = text(pdf).replace(/\s+/g, "");
    expect(all).toContain("評価基準");
    expect(all).toContain("評価集計");
    expect(all).toContain("未達の数値目標");
    expect(all).toContain("（進捗20.8％）");
    expect(all).toContain("（進捗106.5％）");
    for (const m of ["◎", "○", "△", "×"]) expect(all).toContain(m);
  });

  it("repeats the footer with department, as-of date and N / M", () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
    expect(text(pdf, 1)).toMatch(new RegExp(`基準日 2020年9月30日）\\s+1\\s*/\\s*${pages}`));
  });

  it("embeds a CJK font", () => {
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").filter((l) => /CJK|Gothic|Mincho|IPA|Takao/i.test(l));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((l) => / yes +yes /.test(l))).toBe(true);
  });

  it("renders page 1 to PNG", () => {
    const prefix = tmp.file(`${layout}-page`);
    execFileSync("pdftoppm", ["-png", "-r", "40", "-f", "1", "-l", "1", pdf, prefix]);
    const png = `${prefix}-1.png`;
    expect(existsSync(png) && statSync(png).size > 1000).toBe(true);
  });
});

describe("--pdf が失敗するとき（部分的なファイルを残さない）", () => {
  const sample = path.join(ROOT, "assets", "samples", "ueda-r2-chukan-block.xlsx");

  /** 終了コード 1、標準エラーに messages、PDF は残らない。 */
  async function expectFailedPdf(name: string, messages: string[]): Promise<void> {
    const out = tmp.file(name);
    const r = await cli([sample, "--pdf", out]);
    expect(r.code).toBe(1);
    for (const m of messages) expect(r.stderr).toContain(m);
    expect(existsSync(out)).toBe(false);
  }

  afterEach(() => {
    delete process.env.SOFFICE;
    delete process.env.JUTEN_PDF_TIMEOUT_MS;
  });

  it("a conversion that hangs is stopped at the time limit: exit 1 and no PDF", async () => {
    const slow = tmp.file("slow-soffice.sh");
    writeFileSync(slow, "#!/bin/sh\nsleep 30\n");
    chmodSync(slow, 0o755);
    process.env.SOFFICE = slow;
    process.env.JUTEN_PDF_TIMEOUT_MS = "500";
    await expectFailedPdf("slow.pdf", ["秒で終わりませんでした"]);
  });

  it("without LibreOffice: exit 1 and says how to install it", async () => {
    process.env.SOFFICE = "/nonexistent/soffice";
    await expectFailedPdf("missing.pdf", ["LibreOffice が見つかりません", "apt-get install libreoffice-calc-nogui"]);
  });

  it("when the converter fails: exit 1 and no PDF", async () => {
    process.env.SOFFICE = "/bin/false";
    await expectFailedPdf("failed.pdf", ["PDF を作れませんでした"]);
  });
});
