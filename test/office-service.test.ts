import path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { OfficeWorkbookService } from "../src/adapters/office/service";
import { applyWorkbookChanges, PAYLOAD_LIMIT } from "../src/adapters/office/apply";
import { defaultSettings } from "../src/core/evaluate/settings";
import { FakeWorkbook } from "./fakes/fake-excel";
import { syntheticSnapshot } from "../scripts/lib/synthetic";
import { EvaluationError } from "../src/core/errors";
import { emptyChanges } from "../src/core/changes/types";

const SAMPLE = path.join(__dirname, "..", "assets", "samples", "ueda-r2-chukan-block.xlsx");
const SHEET = "市民まちづくり推進部";
const noWait = { timeoutMs: 50, intervalMs: 10, sleep: () => Promise.resolve(), now: (() => { let t = 0; return () => (t += 20); })() };

async function sampleBook(apiVersion = "1.13"): Promise<FakeWorkbook> {
  const book = FakeWorkbook.fromSnapshots((await XlsxWorkbook.open(SAMPLE)).snapshot().sheets);
  book.apiVersion = apiVersion;
  return book;
}

function serviceFor(book: FakeWorkbook, settings?: Office.Settings) {
  return new OfficeWorkbookService({ run: book.run, isSetSupported: book.isSetSupported, settings, retry: noWait });
}

describe("office.js アダプター", () => {
  it("評価計算 on the sample costs 3 context.sync() calls and writes marks and annotations", async () => {
    const book = await sampleBook();
    const outcome = await serviceFor(book).evaluate(defaultSettings(), () => undefined);
    expect(outcome.syncs).toBe(3);
    expect(book.syncs).toBe(3);
    expect(book.text(SHEET, "F21")).toBe("△");
    expect(book.text(SHEET, "F48")).toBe("◎");
    expect(book.text(SHEET, "D21")).toContain("相談会開催4回）（進捗20.8％）");
    expect(book.fill(SHEET, "F21")).toBe("#FFE699");
    expect(book.sheet("評価アシスタント_状態")?.visibility).toBe("VeryHidden");
  });

  it("a 10,000-target workbook also costs 3 syncs", async () => {
    const book = FakeWorkbook.fromSnapshots([syntheticSnapshot(10000)]);
    const outcome = await serviceFor(book).evaluate(defaultSettings(), () => undefined);
    expect(outcome.syncs).toBe(3);
    expect(outcome.report.sheets[0]?.goals.length).toBe(1000);
  });

  it("splits a write only when it would pass the 5 MB payload limit", async () => {
    const book = FakeWorkbook.fromSnapshots([syntheticSnapshot(10)]);
    const big = "あ".repeat(30000);
    const writes = Array.from({ length: Math.ceil((PAYLOAD_LIMIT * 2) / (big.length * 2)) }, (_, i) => ({ sheet: "総務部", row: 100 + i, col: 0, before: "", after: big, purpose: "rate" as const }));
    await book.run(async (ctx) => applyWorkbookChanges(ctx, { ...emptyChanges(), writes }, ["総務部"], new Map()));
    expect(book.syncs).toBe(3);
    const small = FakeWorkbook.fromSnapshots([syntheticSnapshot(10)]);
    await small.run(async (ctx) => applyWorkbookChanges(ctx, { ...emptyChanges(), writes: writes.slice(0, 3) }, ["総務部"], new Map()));
    expect(small.syncs).toBe(1);
  });

  it("text that starts with = is written as text, never as a formula", async () => {
    const book = FakeWorkbook.fromSnapshots([syntheticSnapshot(10)]);
    await book.run(async (ctx) => applyWorkbookChanges(ctx, { ...emptyChanges(), writes: [{ sheet: "総務部", row: 50, col: 0, before: "", after: "=HYPERLINK(\"x\")", purpose: "rate" }], }, ["総務部"], new Map()));
    expect(book.formulaWrites).toBe(0);
    expect(book.text("総務部", "A51")).toBe("=HYPERLINK(\"x\")");
  });

  it("retries while a cell is in edit mode, then gives up with a message", async () => {
    const book = await sampleBook();
    book.editMode = true;
    const run = serviceFor(book).evaluate(defaultSettings(), () => undefined);
    await expect(run).rejects.toThrow("セルを編集中");
    expect(book.syncs).toBeGreaterThan(1);
  });

  it("succeeds when edit mode ends during the retries", async () => {
    const book = await sampleBook();
    book.editMode = true;
    const svc = new OfficeWorkbookService({ run: book.run, isSetSupported: book.isSetSupported, retry: { ...noWait, timeoutMs: 10_000, sleep: async () => { book.editMode = false; } } });
    await expect(svc.evaluate(defaultSettings(), () => undefined)).resolves.toBeDefined();
    expect(book.text(SHEET, "F21")).toBe("△");
  });

  it("Office 2019 (ExcelApi 1.8, no merged areas): infers merges and gives the same marks", async () => {
    const modern = await sampleBook("1.13");
    const old = await sampleBook("1.8");
    const a = await serviceFor(modern).evaluate(defaultSettings(), () => undefined);
    const b = await serviceFor(old).evaluate(defaultSettings(), () => undefined);
    const marks = (r: typeof a) => r.report.sheets[0]?.goals.flatMap((g) => g.items.map((i) => `${g.no}${i.label}${i.mark}`));
    expect(marks(b)).toEqual(marks(a));
    expect(b.notes.join("")).toContain("ExcelApi 1.13");
  });

  it("an Excel without ExcelApi 1.4 gets a message, not a crash", async () => {
    const book = await sampleBook("1.3");
    const run = serviceFor(book).evaluate(defaultSettings(), () => undefined);
    await expect(run).rejects.toBeInstanceOf(EvaluationError);
    await expect(run).rejects.toThrow("ExcelApi 1.4");
  });

  it("元に戻す restores every cell and refuses when the clerk edited one since", async () => {
    const book = await sampleBook();
    const before = book.text(SHEET, "D21");
    const svc = serviceFor(book);
    await svc.evaluate(defaultSettings(), () => undefined);
    expect(await svc.undo()).toBeGreaterThan(10);
    expect(book.text(SHEET, "D21")).toBe(before);
    expect(book.text(SHEET, "F21")).toBe("");
    expect(book.fill(SHEET, "F21")).toBeNull();
    await svc.evaluate(defaultSettings(), () => undefined);
    book.sheet(SHEET)!.cells.get("F21")!.text = "○";
    await expect(svc.undo()).rejects.toThrow("F21");
  });

  it("settings live in the document settings", async () => {
    const store = new Map<string, unknown>();
    const settings = { get: (k: string) => store.get(k), set: (k: string, v: unknown) => store.set(k, v), saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }) } as unknown as Office.Settings;
    const book = await sampleBook();
    const svc = serviceFor(book, settings);
    await svc.saveSettings({ ...defaultSettings(), asOf: "2020-10-31", overwriteManual: true });
    expect(serviceFor(book, settings).loadSettings().asOf).toBe("2020-10-31");
    expect(serviceFor(book, settings).loadSettings().overwriteManual).toBe(true);
  });

  it("clicking an item selects its cell", async () => {
    const book = await sampleBook();
    await serviceFor(book).select(SHEET, "F21");
    expect(book.selected).toEqual({ sheet: SHEET, address: "F21" });
  });
});
