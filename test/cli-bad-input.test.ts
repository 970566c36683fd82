import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./helpers/cli";
import { writeFixture } from "./helpers/fixture-book";
import { tempDir } from "./helpers/tmp";
import { listFormulasErrors } from "./fixtures/layouts/fixtures-list";

const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(ROOT, "assets", "samples", "ueda-r2-chukan-block.xlsx");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function workbookWith(name: string, fill: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Sheet1"));
  const file = tmp.file(name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** 失敗した実行は何も書き出さない（一時ファイルも残さない）。 */
function expectNoOutput(out: string): void {
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(path.dirname(out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}

describe("読めない入力：終了コード 3、標準エラーに理由、出力なし", () => {
  it("a text file that is not a workbook", async () => {
    const file = tmp.file("notes.xlsx");
    writeFileSync(file, "これはブックではありません");
    const out = tmp.file("out-1.xlsx");
    const r = await cli([file, "--out", out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("Excel ブック（.xlsx）ではありません");
    expectNoOutput(out);
  });

  it("an encrypted workbook (an OLE container holding an EncryptedPackage stream)", async () => {
    const file = tmp.file("locked.xlsx");
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(file, Buffer.concat([header, Buffer.alloc(504), Buffer.from("EncryptionInfo\0EncryptedPackage", "utf16le")]));
    const out = tmp.file("out-2.xlsx");
    const r = await cli([file, "--out", out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("パスワードで保護（暗号化）");
    expect(r.stderr).toContain("パスワードを外して");
    expectNoOutput(out);
  });

  it("a workbook with no 重点目標一覧表 says which headers it looked for and where", async () => {
    const file = await workbookWith("budget.xlsx", (ws) => {
      ws.getCell("A1").value = "予算要求一覧";
      ws.getCell("A2").value = "重点目標";
      ws.getCell("B2").value = "金額";
    });
    const out = tmp.file("out-3.xlsx");
    const r = await cli([file, "--out", out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("重点目標一覧表が見つかりません");
    expect(r.stderr).toContain("期限・数値目標等");
    expect(r.stderr).toContain("シート「Sheet1」");
    expect(r.stderr).toContain("A2「重点目標」");
    expectNoOutput(out);
  });

  it("an empty sheet", async () => {
    const file = await workbookWith("empty.xlsx", () => undefined);
    const r = await cli([file, "--json"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("見出しなし");
  });

  it("a missing file", async () => {
    const r = await cli([tmp.file("nowhere.xlsx")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("ファイルがありません");
  });
});

describe("評価できるが注意のある入力：終了コード 0、標準エラーに注意", () => {
  it("formulas, #N/A, #REF! and a 10,000-character cell", async () => {
    const file = tmp.file("formulas.xlsx");
    await writeFixture(listFormulasErrors, file);
    const r = await cli([file, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("エラー値 #N/A");
    expect(r.stderr).toContain("エラー値 #REF!");
    expect(r.stderr).toContain("数式があるため、書き換えません");
    const doc = JSON.parse(r.stdout);
    expect(doc.sheets[0].goals[0].items[1].targets[0].actual.value).toBe(120);
  });

  it("a write into a folder that does not exist fails with 1 and leaves nothing", async () => {
    const out = path.join(tmp.dir, "no-such-folder", "out.xlsx");
    const r = await cli([SAMPLE, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("書き込めません");
    expect(existsSync(out)).toBe(false);
  });
});

describe("使い方の誤り：終了コード 2", () => {
  test.each([
    [[], "ブック（.xlsx）を指定してください"],
    [[SAMPLE, "--as-of", "2020/13/40"], "--as-of の日付"],
    [[SAMPLE, "--frobnicate"], "知らない指定です"],
    [[SAMPLE, "--out"], "--out の後に値がありません"],
    [["a.xlsx", "b.xlsx"], "1 つだけ"],
  ])("%j", async (args, message) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe("npm run --silent evaluate（実際のプロセス）", () => {
  it("--json prints exactly one JSON document on standard output", () => {
    const stdout = execFileSync("npm", ["run", "--silent", "evaluate", "--", SAMPLE, "--json", "--as-of", "2020-09-30"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const doc = JSON.parse(stdout);
    expect(doc.asOf).toBe("2020-09-30");
    expect(doc.sheets[0].goals[2].items[0].markCell).toBe("F21");
  });

  it("exits 3 for a file that is not a workbook", () => {
    const file = tmp.file("plain.txt");
    writeFileSync(file, "hello");
    const r = spawnSync("npm", ["run", "--silent", "evaluate", "--", file], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(3);
  });
});
