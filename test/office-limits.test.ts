/**
 * どの大きさのブックでも、Excel on the web の 5 MB の上限の内側で読み書きすることの試験（厳しい模擬 Excel の web の型）。
 * 模擬は上限を超えた要求・応答を RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded で断る。
 */
import { syntheticSnapshot } from "../scripts/lib/synthetic";
import { emptyChanges } from "../src/core/changes/types";
import { evaluateWorkbook } from "../src/core/evaluate-workbook";
import { defaultSettings } from "../src/core/evaluate/settings";
import { toJsonDocument } from "../src/core/report/json";
import type { SheetSnapshot } from "../src/core/snapshot";
import { OfficeWorkbookPort } from "../src/adapters/office/port";
import { detectCapabilities } from "../src/adapters/office/requirements";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { FakeWorkbook, MERGED_AREAS_LIMIT, PROFILES, WEB_PAYLOAD_LIMIT } from "./fakes/excel";
import { noWait, SAMPLE_BLOCK, SAMPLE_SHEET, serviceFor } from "./helpers/office";

const port = (book: FakeWorkbook) =>
  new OfficeWorkbookPort(book.run, detectCapabilities(book.isSetSupported, book.profile.platform), noWait);

/** 見本の調書形式の目標の塊（5 行目から）を times 回くり返したシート：結合が 512 を大きく超える。 */
function tiledBlockSheet(sheet: SheetSnapshot, times: number): SheetSnapshot {
  const start = 4;
  const body = sheet.texts.length - start;
  const rows = (grid: unknown[][]) => [...grid.slice(0, start), ...Array.from({ length: times }, () => grid.slice(start)).flat()];
  const merges = sheet.merges.filter((m) => m.top < start);
  for (let t = 0; t < times; t++)
    for (const m of sheet.merges.filter((x) => x.top >= start)) merges.push({ ...m, top: m.top + t * body, bottom: m.bottom + t * body });
  return {
    ...sheet,
    values: rows(sheet.values) as SheetSnapshot["values"],
    texts: rows(sheet.texts) as string[][],
    formats: rows(sheet.formats) as string[][],
    formulas: undefined,
    merges,
    rowHeights: undefined,
  };
}

describe("大きなブック（Excel on the web の 5 MB）", () => {
  it("evaluates a 10,000-target workbook twice (the second run reads and writes a larger record) within the limits", async () => {
    const book = FakeWorkbook.fromSnapshots([syntheticSnapshot(10000)], PROFILES.web);
    const { service } = serviceFor(book);
    const first = await service.evaluate(defaultSettings(), () => undefined);
    expect(first.report.sheets[0]?.goals.length).toBe(1000);
    book.resetStats();
    await service.evaluate(defaultSettings(), () => undefined);
    expect(book.stats.largestResponse).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(book.stats.largestRequest).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect([book.formulaWrites, book.unsyncedActions]).toEqual([0, 0]);
  });

  it("reads a sheet of long Japanese text (≈ 40 MB as UTF-8) in bands, each response under the limit", async () => {
    const base = syntheticSnapshot(200);
    const long = "進捗状況の説明文。".repeat(300);
    const texts = base.texts.map((row, r) => (r > 5 ? row.map((t, c) => (c === 4 ? `①${long}${t}` : t)) : row));
    const sheet: SheetSnapshot = { ...base, values: texts, texts };
    const tiled: SheetSnapshot = {
      ...sheet,
      values: [...texts, ...Array.from({ length: 30 }, () => texts.slice(6)).flat()],
      texts: [...texts, ...Array.from({ length: 30 }, () => texts.slice(6)).flat()],
      formats: [],
    };
    tiled.formats = tiled.texts.map((r) => r.map(() => "General"));
    const book = FakeWorkbook.fromSnapshots([tiled], PROFILES.web);
    const read = await port(book).read();
    expect(read.snapshot.sheets[0]?.texts).toEqual(tiled.texts);
    expect(book.stats.responseBytes).toBeGreaterThan(5 * WEB_PAYLOAD_LIMIT);
    // 最初の帯は 1 セル 300 バイトの見込みで大きすぎて断られ、半分にして読み直す。その後は読んだ大きさから見積もる
    expect(book.stats.refused).toBeLessThanOrEqual(2);
    expect(book.stats.syncs).toBeLessThan(20);
  });

  it("formatting-only cells far below the table do not enlarge what is read", async () => {
    const plain = FakeWorkbook.fromSnapshots([syntheticSnapshot(100)], PROFILES.web);
    const formatted = FakeWorkbook.fromSnapshots([syntheticSnapshot(100)], PROFILES.web);
    const sheet = formatted.sheet("総務部")!;
    for (let r = 200; r < 60000; r += 1) sheet.cell(r, 7).fill = { color: "#EEEEEE", pattern: "Solid", patternColor: null };
    await port(plain).read();
    await port(formatted).read();
    expect(formatted.stats.responseBytes).toBe(plain.stats.responseBytes);
  });

  it("splits writes by their UTF-8 size: 5.4 MB of Japanese text (2.7 MB counted the old way, as UTF-16) goes through", async () => {
    const book = FakeWorkbook.fromSnapshots([syntheticSnapshot(10)], PROFILES.web);
    const p = port(book);
    await p.read();
    const big = "あ".repeat(30000);
    const writes = Array.from({ length: 60 }, (_, i) => ({
      sheet: "総務部",
      row: 100 + i,
      col: 0,
      before: null,
      after: big,
      purpose: "rate" as const,
    }));
    await p.apply({ ...emptyChanges(), writes });
    expect(book.text("総務部", "A160")).toBe(big);
    expect(book.stats.largestRequest).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  });
});

describe("結合が 512 を超えるシート", () => {
  it("reads every merged area in bands and evaluates exactly as from the file", async () => {
    const sample = (await XlsxWorkbook.open(SAMPLE_BLOCK)).snapshot().sheets.find((s) => s.name === SAMPLE_SHEET) as SheetSnapshot;
    const sheet = tiledBlockSheet(sample, 8);
    expect(sheet.merges.length).toBeGreaterThan(MERGED_AREAS_LIMIT);
    const book = FakeWorkbook.fromSnapshots([sheet], PROFILES.web);
    const read = await port(book).read();
    const merges = (m: SheetSnapshot["merges"]) => m.map((x) => `${x.top},${x.left},${x.bottom},${x.right}`).sort();
    expect(merges(read.snapshot.sheets[0]?.merges ?? [])).toEqual(merges(sheet.merges));
    const viaExcel = toJsonDocument(evaluateWorkbook(read.snapshot, defaultSettings()));
    const direct = toJsonDocument(evaluateWorkbook({ sheets: [sheet], state: null }, defaultSettings()));
    expect(viaExcel).toEqual(direct);
  });
});
