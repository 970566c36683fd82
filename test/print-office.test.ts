import path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { OfficeWorkbookService } from "../src/adapters/office/service";
import { defaultSettings } from "../src/core/evaluate/settings";
import { a1, parseA1 } from "../src/core/snapshot";
import { FakeWorkbook } from "./fakes/fake-excel";

/**
 * Excel の「印刷設定」（office.js、模擬の Excel）：書き込みの後に表の行を文字に合わせ（自動調整と、結合したセルの行は
 * 見積もった高さ）、評価集計を方眼の表として描く。同期は 3 回のまま。
 */
const SAMPLES = path.join(__dirname, "..", "assets", "samples");
const SHEET = "市民まちづくり推進部";

(globalThis as unknown as { Office: unknown }).Office = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" }, FileType: { Pdf: "pdf" } };

async function printed(layout: "block" | "list"): Promise<FakeWorkbook> {
  const book = FakeWorkbook.fromSnapshots((await XlsxWorkbook.open(path.join(SAMPLES, `ueda-r2-chukan-${layout}.xlsx`))).snapshot().sheets);
  const outcome = await new OfficeWorkbookService({ run: book.run, isSetSupported: book.isSetSupported }).printSetup(defaultSettings());
  expect(outcome.syncs).toBe(3);
  return book;
}

describe("印刷設定の行の高さ", () => {
  it("autofits rows whose text sits in single cells (list form) after the annotations are written", async () => {
    const book = await printed("list");
    const sheet = book.sheet(SHEET);
    // 13 行目（3①）は（進捗20.8％）を書き足した行
    expect(book.text(SHEET, "E13")).toContain("（進捗20.8％）");
    expect(sheet?.autofitted?.has(12)).toBe(true);
  });

  it("sets an estimated height where a merged cell decides it, since Excel's autofit ignores merged cells (block form)", async () => {
    const book = await printed("block");
    const sheet = book.sheet(SHEET);
    const merged = (row: number) => sheet?.merges.some((m) => m.top <= row && m.bottom >= row && m.right > m.left && book.text(SHEET, a1(m.top, m.left)) !== "");
    expect(sheet?.rowHeights?.size).toBeGreaterThan(0);
    for (const [row, height] of sheet?.rowHeights ?? []) expect([row, merged(row), height > 15]).toEqual([row, true, true]);
    for (const row of sheet?.autofitted ?? []) expect([row, merged(row)]).toEqual([row, false]);
  });
});

describe("評価集計のシート（office.js）", () => {
  it("draws the styled grid: text values, merged cells, borders on valid edges, one page", async () => {
    const book = await printed("block");
    const summary = book.sheet("評価集計");
    expect(book.text("評価集計", "A1")).toContain("評価集計");
    expect(summary?.merges.length).toBeGreaterThan(10);
    const cells = [...(summary?.cells ?? new Map())];
    const counts = cells.filter(([address, c]) => /^\d+$/.test(c.text) && (parseA1(address)?.col ?? 0) > 2);
    expect(counts.length).toBeGreaterThan(10);
    for (const [, c] of counts) expect(typeof c.value).toBe("string");
    const edges = [...(summary?.borders?.values() ?? [])].flatMap((b) => Object.entries(b));
    expect(edges.length).toBeGreaterThan(50);
    for (const [, e] of edges) expect(e).toEqual({ style: "Continuous", weight: expect.stringMatching(/^(Thin|Medium)$/), color: expect.stringMatching(/^#[0-9A-F]{6}$/) });
    expect(summary?.print?.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    expect(summary?.print?.orientation).toBe("Landscape");
  });
});
