import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { evaluateWorkbook } from "../src/core/evaluate-workbook";
import { defaultSettings } from "../src/core/evaluate/settings";
import { toJsonDocument } from "../src/core/report/json";
import { FIXTURES } from "./fixtures/layouts";
import { writeFixture } from "./helpers/fixture-book";
import { tempDir } from "./helpers/tmp";

const GOLDEN_DIR = path.join(__dirname, "fixtures", "layouts");
const SAMPLES = path.join(__dirname, "..", "assets", "samples");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** 黄金ファイルと比べる。UPDATE_GOLDEN=1 のときだけ書き直す（差分は人が読んで確かめる）。 */
function compareGolden(name: string, actual: unknown): void {
  const file = path.join(GOLDEN_DIR, `${name}.expected.json`);
  const text = JSON.stringify(actual, null, 2) + "\n";
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) writeFileSync(file, text);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, "utf8")));
}

async function evaluateFile(file: string, asOf: string | null = null) {
  const book = await XlsxWorkbook.open(file);
  return toJsonDocument(evaluateWorkbook(book.snapshot(), { ...defaultSettings(), asOf }));
}

describe("形のフィクスチャ（黄金ファイル）", () => {
  test.each(FIXTURES.map((f) => [f.name, f.about, f] as const))("%s：%s", async (name, _about, fixture) => {
    const file = tmp.file(`${name}.xlsx`);
    await writeFixture(fixture, file);
    compareGolden(name, await evaluateFile(file, fixture.asOf ?? null));
  });

  test.each(["block", "list"])("見本ブック（%s 形式）", async (layout) => {
    compareGolden(`sample-${layout}`, await evaluateFile(path.join(SAMPLES, `ueda-r2-chukan-${layout}.xlsx`)));
  });
});
