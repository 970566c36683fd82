import { defaultSettings } from "../src/core/evaluate/settings";
import { a1 } from "../src/core/snapshot";
import { PROFILES } from "./fakes/excel";
import { SAMPLE_BLOCK, SAMPLE_LIST, SAMPLE_SHEET, sampleBook, serviceFor } from "./helpers/office";

/**
 * Excel の「印刷設定」（office.js、厳しい模擬の Excel）：書き込みの後に表の行を文字に合わせ（自動調整と、結合したセルの
 * 行は見積もった高さ）、評価集計を方眼の表として描く。
 */
async function printed(file: string) {
  const book = await sampleBook(PROFILES.web, file);
  const { service } = serviceFor(book);
  const outcome = await service.printSetup(defaultSettings());
  expect(outcome.notes).toEqual([]);
  return book;
}

describe("印刷設定の行の高さ", () => {
  it("autofits rows whose text sits in single cells (list form) after the annotations are written", async () => {
    const book = await printed(SAMPLE_LIST);
    // 13 行目（3①）は（進捗20.8％）を書き足した行
    expect(book.text(SAMPLE_SHEET, "E13")).toContain("（進捗20.8％）");
    expect(book.sheet(SAMPLE_SHEET)?.autofitted.has(12)).toBe(true);
  });

  it("sets an estimated height where a merged cell decides it, since Excel's autofit ignores merged cells (block form)", async () => {
    const book = await sampleBook(PROFILES.web, SAMPLE_BLOCK);
    const sheet = book.sheet(SAMPLE_SHEET)!;
    const before = new Map(sheet.rowHeights);
    await serviceFor(book).service.printSetup(defaultSettings());
    const mergedText = (row: number) =>
      sheet.merges.some(
        (m) =>
          m.top <= row && m.bottom >= row && (m.right > m.left || m.bottom > m.top) && book.text(SAMPLE_SHEET, a1(m.top, m.left)) !== "",
      );
    const set = [...sheet.rowHeights].filter(([r, h]) => !sheet.autofitted.has(r) && before.get(r) !== h).map(([r]) => r);
    expect(set.length).toBeGreaterThan(0);
    for (const row of set) expect([row, mergedText(row)]).toEqual([row, true]);
    for (const row of sheet.autofitted) expect([row, mergedText(row)]).toEqual([row, false]);
  });
});

describe("評価集計のシート（office.js）", () => {
  it("draws the styled grid: text values, merged cells, borders, no gridlines, one A4 page", async () => {
    const book = await printed(SAMPLE_BLOCK);
    const summary = book.sheet("評価集計")!;
    expect(book.text("評価集計", "A1")).toContain("評価集計");
    expect(summary.merges.length).toBeGreaterThan(10);
    expect(summary.showGridlines).toBe(false);
    const counts = [...summary.entries()].filter(({ col, cell }) => col > 2 && /^\d+$/.test(cell.text));
    expect(counts.length).toBeGreaterThan(10);
    for (const { cell } of counts) expect(typeof cell.value).toBe("string");
    const edges = [...summary.entries()].flatMap(({ cell }) => Object.values(cell.borders));
    expect(edges.length).toBeGreaterThan(50);
    expect(summary.print.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    expect(summary.print.orientation).toBe("Landscape");
    expect(summary.print.margins.leftMargin).toBeCloseTo(0.4 * 72);
  });
});
