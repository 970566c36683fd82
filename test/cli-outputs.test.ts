import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { clerkBook } from "./fixtures/conformance/clerk-book";
import { excelRuleProblems } from "./conformance/excel-rules";
import { changedParts, readParts, text } from "./conformance/parts";
import { fakeSoffice } from "./conformance/run";
import { validateParts } from "./conformance/schema";
import { cli } from "./helpers/cli";
import { tempDir } from "./helpers/tmp";

const SAMPLE = path.join(__dirname, "..", "assets", "samples", "ueda-r2-chukan-block.xlsx");
const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => delete process.env.SOFFICE);

/** Nothing in the folder but what the test put there (no output, no temporary file). */
function onlyInputs(dir: string, inputs: string[]): void {
  expect(readdirSync(dir).filter((f) => !inputs.includes(f))).toEqual([]);
}

describe("a run that fails leaves nothing behind", () => {
  it("when the PDF fails after the workbook was written: exit 1, no --out, no temporary file", async () => {
    const dir = path.join(tmp.dir, "pdf-fails");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dir);
    process.env.SOFFICE = "/bin/false";
    const r = await cli([SAMPLE, "--out", path.join(dir, "out.xlsx"), "--pdf", path.join(dir, "out.pdf")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("PDF を作れませんでした");
    onlyInputs(dir, []);
  });

  test.each([
    ["--out and --pdf name the same file", (d: string) => ["--out", path.join(d, "same"), "--pdf", path.join(d, "same")], "同じファイル"],
    ["--pdf names the workbook itself", (d: string) => ["--pdf", path.join(d, "book.xlsx")], "そのもの"],
  ])("%s: a usage error (exit 2), nothing written", async (_name, extra, message) => {
    const dir = tmp.file(`clash-${message}`);
    const { mkdirSync, copyFileSync } = await import("node:fs");
    mkdirSync(dir);
    const book = path.join(dir, "book.xlsx");
    copyFileSync(SAMPLE, book);
    const r = await cli([book, ...extra(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(readFileSync(book).equals(readFileSync(SAMPLE))).toBe(true);
    onlyInputs(dir, ["book.xlsx"]);
  });

  it("a folder that cannot be written says so in Japanese, without raw error codes", async () => {
    const file = tmp.file("a-file");
    writeFileSync(file, "not a folder");
    const r = await cli([SAMPLE, "--out", path.join(file, "out.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("書き込めませんでした");
    expect(r.stderr).not.toMatch(/E[A-Z]{3,}/);
  });
});

describe("--as-of", () => {
  it("rejects a date that does not exist (2020-02-30) as a usage error", async () => {
    const r = await cli([SAMPLE, "--as-of", "2020-02-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("「2020-02-30」はありません");
  });

  it("warns when the date is outside the sheet's fiscal year, and still evaluates", async () => {
    const r = await cli([SAMPLE, "--as-of", "2019-05-01", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("年度（2020年4月1日〜2021年3月31日）の外です");
    expect(JSON.parse(r.stdout).asOf).toBe("2019-05-01");
  });
});

describe(".xlsm", () => {
  it("refuses to write a macro workbook under an .xlsx name (Excel would not open it)", async () => {
    const input = tmp.file("macros.xlsm");
    writeFileSync(input, clerkBook({ macros: true }));
    const out = tmp.file("macros-out.xlsx");
    const r = await cli([input, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".xlsm で終わる名前");
    expect(existsSync(out)).toBe(false);
  });
});

describe("the 評価集計 sheet (--pdf)", () => {
  const input = tmp.file("clerk-summary.xlsx");
  const out = tmp.file("clerk-summary-out.xlsx");

  beforeAll(async () => {
    writeFileSync(input, clerkBook({ macros: false }));
    process.env.SOFFICE = fakeSoffice(tmp.file("fake-soffice.sh"));
    const r = await cli([input, "--out", out, "--pdf", tmp.file("clerk-summary.pdf"), "--as-of", "2020-09-30"]);
    expect(r.code).toBe(0);
  });

  it("keeps the clerk's own 評価集計 and adds the add-in's under another name", () => {
    const before = readParts(input);
    const after = readParts(out);
    expect(after.get("xl/worksheets/sheet3.xml")?.equals(before.get("xl/worksheets/sheet3.xml") as Buffer)).toBe(true);
    const wb = text(after, "xl/workbook.xml");
    expect(wb).toContain('<sheet name="評価集計" sheetId="3" r:id="rId3"/>');
    expect(wb).toMatch(/<sheet name="評価集計（評価アシスタント）" sheetId="\d+" r:id="rId\d+"\/>/);
  });

  it("the imported sheet and every other written part are valid and keep Excel's rules", () => {
    const before = readParts(input);
    const after = readParts(out);
    expect(validateParts(changedParts(before, after).map((n) => [n, text(after, n)] as [string, string]))).toEqual([]);
    expect(excelRuleProblems(after)).toEqual([]);
  });

  it("--undo removes the add-in's 評価集計 and keeps the clerk's", async () => {
    const undone = tmp.file("clerk-summary-undone.xlsx");
    const r = await cli([out, "--undo", "--out", undone]);
    expect(r.code).toBe(0);
    const wb = text(readParts(undone), "xl/workbook.xml");
    expect(wb).not.toContain("評価集計（評価アシスタント）");
    expect(wb).toContain('<sheet name="評価集計" sheetId="3" r:id="rId3"/>');
    expect(excelRuleProblems(readParts(undone))).toEqual([]);
  });
});
