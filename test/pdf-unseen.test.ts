import { existsSync } from "node:fs";
import { findSoffice } from "../src/cli/libreoffice";
import { cli } from "./helpers/cli";
import { evaluateForCouncil } from "./helpers/council";
import { measureRowHeights } from "./helpers/libreoffice-heights";
import { horizontalRules, pageCount, pdfWords, printedSizes, wordsCrossedByRules } from "./helpers/pdf-geometry";
import { STRESS_SHEET, writeStressBook, type StressOptions } from "./helpers/stress-book";
import { tempDir } from "./helpers/tmp";

/**
 * 見本と違う作りのブックの議会用 PDF（issue 10：見たことのないブックで判断される）：游ゴシック 10.5 pt で A3 向けの広い表、
 * 担当者の低すぎる行の高さ、備考の列／7 pt の小さな文字／狭い列と明朝 12 pt。どれも、罫線が文字を横切らず、
 * 本文が 8 pt 以上で、写しの行の高さが LibreOffice の最適な高さ以上（表と評価集計）。
 */
const available = findSoffice() !== null && existsSync("/usr/bin/pdftotext");
if (!available && process.env.REQUIRE_PDF === "1") throw new Error("LibreOffice か poppler-utils がありません（.ci/run が入れるはず）");
const describeIf = available ? describe : describe.skip;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const BOOKS: [string, StressOptions][] = [
  [
    "wide 游ゴシック 10.5 pt, rows set too low, 備考",
    { font: "游ゴシック", size: 10.5, widths: [5, 40, 45, 60, 80, 10, 30], height: 13.5, remarks: true },
  ],
  ["small ＭＳ Ｐゴシック 7 pt", { font: "ＭＳ Ｐゴシック", size: 7, widths: [4, 20, 25, 30, 45, 6], height: null, remarks: false }],
  ["narrow ＭＳ 明朝 12 pt", { font: "ＭＳ 明朝", size: 12, widths: [4, 12, 14, 16, 20, 6], height: 18, remarks: false }],
];

describeIf.each(BOOKS)("a workbook the project has not seen: %s", (name, options) => {
  const file = tmp.file(`${name.replace(/\W+/g, "-")}.xlsx`);
  const pdf = tmp.file(`${name.replace(/\W+/g, "-")}.pdf`);

  beforeAll(async () => {
    await writeStressBook(file, options);
    expect((await cli([file, "--pdf", pdf])).code).toBe(0);
  }, 120_000);

  it("prints body type at 8 pt or more, and no cell border runs through text, on every page", () => {
    for (let p = 1; p <= pageCount(pdf); p++) {
      const words = pdfWords(pdf, p);
      expect([p, Math.min(...printedSizes(words).map((s) => s.size)) >= 8]).toEqual([p, true]);
      expect([p, wordsCrossedByRules(words, horizontalRules(pdf, p)).map((w) => w.text)]).toEqual([p, []]);
    }
  });

  it("gives every row of the council copy at least LibreOffice's own optimal height", async () => {
    const { copy, outcome } = await evaluateForCouncil(file);
    const saved = tmp.file(`${name.replace(/\W+/g, "-")}-copy.xlsx`);
    await copy.save(saved);
    const sheets = [STRESS_SHEET, outcome.changes.print?.summary?.name ?? ""];
    const m = measureRowHeights(saved);
    expect(
      m.rows
        .filter((r) => sheets.includes(r.sheet) && r.filled && r.optimal <= 409 && r.stored < r.optimal - 0.3)
        .map((r) => `${r.sheet}!${r.row + 1}`),
    ).toEqual([]);
    expect(m.merges.filter((x) => sheets.includes(x.sheet) && x.stored < x.needed - 0.3).map((x) => `${x.sheet}!${x.top + 1}`)).toEqual([]);
  }, 60_000);
});
