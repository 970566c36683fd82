import path from "node:path";
import { findSoffice } from "../src/cli/libreoffice";
import { breakUnits, paragraphLines } from "../src/core/print/text-metrics";
import { evaluateForCouncil, FIXTURES, tableSheets, writeFixtureBook } from "./helpers/council";
import { measureRowHeights } from "./helpers/libreoffice-heights";
import { tempDir } from "./helpers/tmp";

/**
 * 行の高さが文字に足りるかを、LibreOffice 自身の「最適な行の高さ」で確かめる（issue 10 の 1・7）。
 * 見本の 2 つの形と、形のフィクスチャのすべてで、--out のブックと議会用 PDF の写しの両方を測る。
 */
const ROOT = path.join(__dirname, "..");
const SAMPLES = path.join(ROOT, "assets", "samples");
const available = findSoffice() !== null;
if (!available && process.env.REQUIRE_PDF === "1") throw new Error("LibreOffice がありません（.ci/run が入れるはず）");
const describeIf = available ? describe : describe.skip;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** LibreOffice の行の高さの上限（これより高い文字は、どうしても 1 行に収まらない）。 */
const TALLEST = 409;

/** 測った行と縦の結合のうち、保存された高さが文字に要る高さより低いもの。 */
function clipped(file: string, sheets: string[]): string[] {
  const m = measureRowHeights(file);
  const rows = m.rows
    .filter((r) => sheets.includes(r.sheet) && r.filled && r.optimal <= TALLEST && r.stored < r.optimal - 0.3)
    .map((r) => `${r.sheet}!${r.row + 1}: ${r.stored.toFixed(1)} < ${r.optimal.toFixed(1)}`);
  const merges = m.merges
    .filter((x) => sheets.includes(x.sheet) && x.needed <= TALLEST && x.stored < x.needed - 0.3)
    .map((x) => `${x.sheet}!${x.top + 1}-${x.bottom + 1}: ${x.stored.toFixed(1)} < ${x.needed.toFixed(1)}`);
  return [...rows, ...merges];
}

const cases: [string, () => Promise<{ file: string; asOf: string | null }>][] = [
  ...(["block", "list"] as const).map((l): [string, () => Promise<{ file: string; asOf: string | null }>] => [
    `sample ${l}`,
    async () => ({ file: path.join(SAMPLES, `ueda-r2-chukan-${l}.xlsx`), asOf: null }),
  ]),
  ...FIXTURES.map((f): [string, () => Promise<{ file: string; asOf: string | null }>] => [
    `fixture ${f.name}`,
    async () => {
      const file = tmp.file(`${f.name}.xlsx`);
      await writeFixtureBook(f, file, false);
      return { file, asOf: f.asOf ?? null };
    },
  ]),
];

describeIf("no row clips its text (LibreOffice's own optimal row height)", () => {
  test.each(["block", "list"])("the bundled %s sample fits before evaluation", (layout) => {
    const file = path.join(SAMPLES, `ueda-r2-chukan-${layout}.xlsx`);
    expect(clipped(file, ["市民まちづくり推進部"])).toEqual([]);
  });

  test.each(cases)(
    "%s: the --out workbook and the council copy",
    async (name, prepare) => {
      const { file, asOf } = await prepare();
      const { book, outcome, copy } = await evaluateForCouncil(file, asOf);
      const out = tmp.file(`${name.replace(/\W+/g, "-")}-out.xlsx`);
      const printCopy = tmp.file(`${name.replace(/\W+/g, "-")}-copy.xlsx`);
      await book.save(out);
      await copy.save(printCopy);
      // 表のシートと、評価集計のシート
      const sheets = [...tableSheets(outcome), outcome.changes.print?.summary?.name ?? ""];
      expect(clipped(out, sheets)).toEqual([]);
      expect(clipped(printCopy, sheets)).toEqual([]);
    },
    60_000,
  );
});

describe("line breaking (the estimate LibreOffice is checked against)", () => {
  it("keeps closing brackets and punctuation with the character before, opening brackets with the one after", () => {
    expect(breakUnits("（進捗20.8％）、開催")).toEqual(["（進", "捗", "20.8％）、", "開", "催"]);
  });

  it("keeps an ASCII word together but breaks a URL after a slash", () => {
    expect(breakUnits("auPAY https://a.jp/x/1")).toEqual(["auPAY", " ", "https://", "a.jp/", "x/1"]);
  });

  it("wraps by width and counts empty paragraphs as lines", () => {
    const one = (): number => 10;
    expect(paragraphLines("あいうえお", 30, one)).toBe(2);
    expect(paragraphLines("あいうえお", 50, one)).toBe(1);
    expect(paragraphLines("", 50, one)).toBe(1);
  });
});
