import path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { FLAG_LOOK, FLAG_WORD } from "../src/core/changes/flag-look";
import { REMARK_PREFIX } from "../src/core/changes/remarks";
import { evaluateWorkbook } from "../src/core/evaluate-workbook";
import { defaultSettings } from "../src/core/evaluate/settings";
import { sheetAfterWrites } from "../src/core/print/after-writes";
import { flagLabelWrites } from "../src/core/print/flag-labels";
import type { SheetSnapshot, WorkbookSnapshot } from "../src/core/snapshot";
import { EvaluationService } from "../src/services/evaluation-service";
import { FIXTURES, writeFixtureBook } from "./helpers/council";
import { tempDir } from "./helpers/tmp";

/**
 * 白黒でも読める未達の印（issue 10 の 3）：網かけと太い罫線、備考の列があれば理由、議会用 PDF では記号の下に「未達」。
 */
const tmp = tempDir();
afterAll(() => tmp.cleanup());
const settings = { ...defaultSettings(), asOf: "2022-03-31" };

/** 備考の列のある一覧形式（建設部：②橋りょう修繕 8橋 に 6橋 で未達）を .xlsx にして開く。 */
async function remarksBook(): Promise<XlsxWorkbook> {
  const file = tmp.file(`remarks-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeFixtureBook(
    FIXTURES.find((f) => f.name === "list-header-variants")!,
    file,
    false,
  );
  return XlsxWorkbook.open(file);
}

const cell = (s: WorkbookSnapshot, a1: string): string => {
  const [col, row] = [a1.charCodeAt(0) - 65, Number(a1.slice(1)) - 1];
  return s.sheets[0]?.texts[row]?.[col] ?? "";
};

function withText(snapshot: WorkbookSnapshot, a1: string, text: string): WorkbookSnapshot {
  const [col, row] = [a1.charCodeAt(0) - 65, Number(a1.slice(1)) - 1];
  const sheet = snapshot.sheets[0] as SheetSnapshot;
  const texts = sheet.texts.map((r, i) => (i === row ? r.map((t, j) => (j === col ? text : t)) : r));
  return { ...snapshot, sheets: [{ ...sheet, texts, values: texts }, ...snapshot.sheets.slice(1)] };
}

describe("備考の列に未達の理由を書く", () => {
  it("writes the reason into 備考 of the flagged row, and leaves the clerk's 備考 alone", async () => {
    const book = await remarksBook();
    await new EvaluationService(book).evaluate(settings, { write: true, print: false });
    const after = book.snapshot();
    expect(cell(after, "G7")).toBe(`${REMARK_PREFIX}②橋りょう修繕 8橋：進捗75.0％（期待 100％）`);
    expect(cell(after, "G6")).toBe("国庫補助");
  });

  it("runs twice without a second copy, and undo takes it out", async () => {
    const book = await remarksBook();
    const service = new EvaluationService(book);
    await service.evaluate(settings, { write: true, print: false });
    const again = await service.evaluate(settings, { write: true, print: false });
    expect(again.changes.writes.filter((w) => w.purpose === "remark")).toEqual([]);
    await service.undo();
    expect(cell(book.snapshot(), "G7")).toBe("");
  });

  it("keeps the clerk's own lines and rewrites only its own when the figures change", async () => {
    const book = await remarksBook();
    const first = evaluateWorkbook(withText(book.snapshot(), "G7", "県と協議中"), settings);
    const remark = first.changes.writes.find((w) => w.purpose === "remark");
    expect(remark?.after).toBe(`県と協議中\n${REMARK_PREFIX}②橋りょう修繕 8橋：進捗75.0％（期待 100％）`);
    // 担当者が実績を直して目標に届いた：アドインの行だけが消える
    const met = withText(withText(book.snapshot(), "G7", remark?.after ?? ""), "F7", "②修繕工事を8橋で完了");
    expect(evaluateWorkbook(met, settings).changes.writes.find((w) => w.purpose === "remark")?.after).toBe("県と協議中");
  });
});

describe("議会用 PDF の写しの「未達」", () => {
  it("adds 未達 under the mark of each flagged item, once, and nowhere else", async () => {
    const book = await XlsxWorkbook.open(path.join(__dirname, "..", "assets", "samples", "ueda-r2-chukan-block.xlsx"));
    const result = evaluateWorkbook(book.snapshot(), defaultSettings());
    const written = result.sheets.map((s) => sheetAfterWrites(s.evaluation.grid.sheet, result.changes.writes));
    const labels = flagLabelWrites(result, written);
    const flagged = result.sheets.flatMap((s) => s.evaluation.goals.flatMap((g) => g.items)).filter((i) => i.flagged);
    expect(labels.map((w) => `${w.row}:${w.col}`).sort()).toEqual(flagged.map((i) => `${i.item.mark?.row}:${i.item.mark?.col}`).sort());
    for (const w of labels) expect(w.after).toBe(`${w.before}\n${FLAG_WORD}`);
    expect(
      flagLabelWrites(
        result,
        result.sheets.map((s, i) => sheetAfterWrites(written[i] as SheetSnapshot, labels)),
      ),
    ).toEqual(labels.map((w) => ({ ...w, before: w.after })));
  });
});

describe("強調の見た目は白黒で刷っても分かる", () => {
  /** 灰色に刷ったときの明るさ（0 黒〜1 白）。LibreOffice は網かけを、模様の色を密度の割合で混ぜた単色にして描く。 */
  function printedGrey(): number {
    const density = { solid: 0, gray0625: 0.0625, gray125: 0.125, lightGray: 0.25, lightUp: 0.25, lightDown: 0.25, lightHorizontal: 0.25 }[
      FLAG_LOOK.pattern
    ];
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, b] = rgb(FLAG_LOOK.fill).map((c, i) => c * (1 - density) + (rgb(FLAG_LOOK.patternColor)[i] ?? 0) * density) as [
      number,
      number,
      number,
    ];
    return 0.299 * r + 0.587 * g + 0.114 * b;
  }

  it("is a visible grey, not near-white like the plain yellow, yet light enough for black text", () => {
    expect(printedGrey()).toBeLessThan(0.82);
    expect(printedGrey()).toBeGreaterThan(0.6);
  });

  it("draws a heavier border than the table's thin rules", () => {
    expect(FLAG_LOOK.border?.style).toMatch(/medium|double/);
  });
});
