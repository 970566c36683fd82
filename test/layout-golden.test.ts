import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { evaluateWorkbook } from "../src/core/evaluate-workbook";
import { defaultSettings } from "../src/core/evaluate/settings";
import { toJsonDocument } from "../src/core/report/json";
import { FIXTURES } from "./fixtures/layouts";
import { findTarget, numericTargetCount, readTable, rowKey, type TableRow } from "./fixtures/layouts/tables";
import { writeFixture } from "./helpers/fixture-book";
import { tempDir } from "./helpers/tmp";

const GOLDEN_DIR = path.join(__dirname, "fixtures", "layouts");
const SAMPLES = path.join(__dirname, "..", "assets", "samples");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

type Doc = ReturnType<typeof toJsonDocument>;

/**
 * 黄金ファイル（変化の検出）。ないときは失敗する（その場で書かない）。UPDATE_GOLDEN=1 のときだけ書き直す
 * （差分は人が読んで確かめ、期待の表と食い違わないことをこのテストが確かめる）。
 */
function golden(name: string, actual: Doc): Doc {
  if (process.env.UPDATE_GOLDEN === "1")
    writeFileSync(path.join(GOLDEN_DIR, `${name}.expected.json`), JSON.stringify(actual, null, 2) + "\n");
  return readGolden(name);
}

function readGolden(name: string): Doc {
  const file = path.join(GOLDEN_DIR, `${name}.expected.json`);
  if (!existsSync(file))
    throw new Error(`黄金ファイル ${name}.expected.json がありません（UPDATE_GOLDEN=1 で作り、中身を確かめてください）`);
  return JSON.parse(readFileSync(file, "utf8")) as Doc;
}

async function evaluateFile(file: string, asOf: string | null = null): Promise<Doc> {
  const book = await XlsxWorkbook.open(file);
  return toJsonDocument(evaluateWorkbook(book.snapshot(), { ...defaultSettings(), asOf }));
}

/** 期待の表のすべての行が文書と合うか（目標値・実績・進捗率・状況・記号）、表が数値目標をすべて覆っているか。 */
function checkTable(doc: Doc, rows: TableRow[]): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const nth = seen.get(rowKey(row)) ?? 0;
    seen.set(rowKey(row), nth + 1);
    const { item, target } = findTarget(doc, row, nth);
    const where = `目標${row.goal}${row.item}${row.target}「${row.text}」`;
    expect({ where, value: target.target?.value ?? null, unit: target.target?.unit ?? "" }).toEqual({
      where,
      value: row.value,
      unit: row.unit,
    });
    expect({ where, actual: target.actual?.value ?? null, progress: target.progressPercent, status: target.status }).toEqual({
      where,
      actual: row.actual,
      progress: row.progress,
      status: row.status,
    });
    expect({ where, mark: item.suggestedMark }).toEqual({ where, mark: row.mark });
  }
  expect(rows.filter((r) => r.unit !== "" || r.value !== null || r.status === "unknown").length).toBe(numericTargetCount(doc));
}

describe("形のフィクスチャ（期待の表と黄金ファイル）", () => {
  test.each(FIXTURES.map((f) => [f.name, f.about, f] as const))("%s：%s", async (name, _about, fixture) => {
    const file = tmp.file(`${name}.xlsx`);
    await writeFixture(fixture, file);
    const doc = await evaluateFile(file, fixture.asOf ?? null);
    const rows = readTable(name);
    checkTable(doc, rows);
    const stored = golden(name, doc);
    checkTable(stored, rows);
    expect(doc).toEqual(stored);
  });

  test.each(["block", "list"])("見本ブック（%s 形式）", async (layout) => {
    const doc = await evaluateFile(path.join(SAMPLES, `ueda-r2-chukan-${layout}.xlsx`));
    const rows = readTable("sample");
    checkTable(doc, rows);
    const stored = golden(`sample-${layout}`, doc);
    checkTable(stored, rows);
    expect(doc).toEqual(stored);
  });

  it("a missing golden file fails instead of being written", () => {
    expect(() => readGolden("no-such-fixture")).toThrow(/黄金ファイル/);
    expect(existsSync(path.join(GOLDEN_DIR, "no-such-fixture.expected.json"))).toBe(false);
  });
});
