import path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { evaluateWorkbook, type WorkbookEvaluation } from "../src/core/evaluate-workbook";
import { defaultSettings } from "../src/core/evaluate/settings";
import { cellHeight } from "../src/core/print/cell-height";
import { EXCEL, LIBREOFFICE } from "../src/core/print/renderers";
import { buildSummary } from "../src/core/print/summary";
import { summaryContent } from "../src/core/print/summary-content";
import { GRID, SUMMARY_FONT } from "../src/core/print/summary-style";
import type { SummarySheet } from "../src/core/print/types";
import type { SheetSnapshot } from "../src/core/snapshot";

/**
 * 評価集計（issue 10 の 4）：目標ごと・合計の ◎○△× と棒の絵、遅れている数値目標（実績・目標・進捗率・期待進捗・理由）、
 * 要確認の一覧、目標の名前が 1 つに決まること、方眼に収まること、1 ページに収まらなければ「ほか N 件」。
 */
const SAMPLE = path.join(__dirname, "..", "assets", "samples", "ueda-r2-chukan-block.xlsx");

async function sample(): Promise<WorkbookEvaluation> {
  return evaluateWorkbook((await XlsxWorkbook.open(SAMPLE)).snapshot(), defaultSettings());
}

const texts = (s: SummarySheet): string[] => s.rows.flatMap((r) => r.cells.map((c) => c.text));

describe("評価集計の中身", () => {
  it("counts ◎○△× per goal from the marks written, and the total is their sum", async () => {
    const result = await sample();
    const content = summaryContent(result.sheets);
    const decided = result.sheets[0]?.decisions ?? [];
    content.goals.forEach((g, gi) => {
      const marks = (decided[gi] ?? []).map((d) => d.mark);
      for (const m of ["◎", "○", "△", "×"] as const)
        expect([g.label, m, g.counts[m]]).toEqual([g.label, m, marks.filter((x) => x === m).length]);
      expect(g.marks.length).toBe(marks.length);
    });
    for (const m of ["◎", "○", "△", "×"] as const) expect(content.total.counts[m]).toBe(content.goals.reduce((n, g) => n + g.counts[m], 0));
    expect(content.total.marks.length).toBe(25);
  });

  it("names every behind target unambiguously (item, sub-item and the words that differ)", async () => {
    const content = summaryContent((await sample()).sheets);
    const keys = content.behind.map((b) => `${b.goal} ${b.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining(["5 ②講演会（講演会・講座各2回以上）", "5 ②講座（講演会・講座各2回以上）", "3 ①（1）24回以上参加開催"]),
    );
  });

  it("gives each behind target its actual, target, rate, expected progress and the words it was read from", async () => {
    const content = summaryContent((await sample()).sheets);
    expect(content.behind.find((b) => b.name === "①（1）24回以上参加開催")).toEqual({
      goal: "3",
      name: "①（1）24回以上参加開催",
      mark: "△",
      actual: "5回",
      target: "24回",
      rate: "20.8％",
      expected: "50％",
      reason: "セミナー参加1回、相談会開催4回",
    });
    expect(content.behind.find((b) => b.name.includes("ポータルサイト"))?.reason).toMatch(/^予定のみ：.*導入予定/);
  });

  it("lists the 要確認 items per goal, telling suggestions from the wording apart from actuals it could not read", async () => {
    const content = summaryContent((await sample()).sheets);
    const goal4 = content.review.find((r) => r.goal === "4")?.items ?? "";
    expect(goal4).toContain("文から記号の案：");
    expect(goal4).toContain("実績を読み取れない：①○（総会）");
    expect(content.review.map((r) => r.goal)).not.toContain("3");
  });
});

describe("評価集計の表", () => {
  it("places every cell inside the grid without overlaps, with a style the renderers know", async () => {
    const summary = buildSummary((await sample()).sheets);
    expect(summary.columnWidths).toHaveLength(GRID.columns);
    for (const row of summary.rows) {
      const used = new Set<number>();
      for (const cell of row.cells) {
        expect(summary.styles[cell.style]).toBeDefined();
        for (let c = cell.col; c < cell.col + cell.span; c++) {
          expect([cell.text, c >= 0 && c < GRID.columns, used.has(c)]).toEqual([cell.text, true, false]);
          used.add(c);
        }
      }
    }
  });

  it("draws a bar per goal: one cell per item, filled in the order ◎○△×, each cell carrying its mark", async () => {
    const result = await sample();
    const summary = buildSummary(result.sheets);
    const content = summaryContent(result.sheets);
    const goalRows = summary.rows.filter((r) => r.cells.some((c) => c.style.startsWith("bar")));
    expect(goalRows).toHaveLength(content.goals.length);
    goalRows.forEach((row, i) => {
      const bar = row.cells.filter((c) => c.style.startsWith("bar")).map((c) => c.text);
      expect(bar).toEqual(content.goals[i]?.marks.map((m) => m ?? "－"));
    });
  });

  it("makes every row tall enough for its text in both Excel and LibreOffice, with room above and below", async () => {
    const summary = buildSummary((await sample()).sheets);
    for (const row of summary.rows) {
      for (const cell of row.cells) {
        const style = summary.styles[cell.style];
        if (!style || cell.text === "") continue;
        for (const r of [LIBREOFFICE, EXCEL]) {
          const width = r.columnPoints(GRID.width, 11) * cell.span - style.indent * 10;
          expect([
            cell.text,
            r.name,
            row.height >= cellHeight(r, cell.text, { size: style.size, font: SUMMARY_FONT, bold: style.bold, wrap: style.wrap }, width),
          ]).toEqual([cell.text, r.name, true]);
        }
      }
    }
  });

  /** 同じシートを n 枚並べた、目標と遅れの多いブック。 */
  const departments = (result: WorkbookEvaluation, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      ...result.sheets[0]!,
      evaluation: { ...result.sheets[0]!.evaluation, model: { ...result.sheets[0]!.evaluation.model, name: `部局${i}` } },
    }));
  const printedHeight = (s: SummarySheet): number => s.rows.reduce((n, r) => n + r.height, 0) * (8 / 9);
  const page = (s: SummarySheet): number => 595 - 72 * (s.margins.top + s.margins.bottom);

  it("keeps to one A4 page at 8 pt or more by ending a long list with 「ほか N 件」", async () => {
    const result = await sample();
    const two = buildSummary(departments(result, 2));
    expect(two.onePage).toBe(true);
    expect(printedHeight(two)).toBeLessThanOrEqual(page(two));
    expect(texts(two).some((t) => /^ほか \d+ 件/.test(t))).toBe(true);
    // 見本は、議会用 PDF（LibreOffice で描く写し）の評価集計なら全部が 1 ページに入る
    const council = buildSummary(result.sheets, [LIBREOFFICE]);
    expect(council.onePage).toBe(true);
    expect(texts(council).some((t) => /^ほか/.test(t))).toBe(false);
  });

  it("when the goals alone fill more than a page, keeps everything and prints as many pages as needed", async () => {
    const result = await sample();
    const many = buildSummary(departments(result, 5));
    expect(many.onePage).toBe(false);
    expect(texts(many).some((t) => /^ほか/.test(t))).toBe(false);
    expect(texts(many).filter((t) => t.includes("講演会（講演会・講座各2回以上）"))).toHaveLength(5);
  });

  it("says so when nothing is behind and nothing needs review", () => {
    const sheet: SheetSnapshot = {
      name: "市民課",
      origin: { row: 0, col: 0 },
      merges: [],
      values: [],
      formats: [],
      texts: [
        ["重点目標一覧表（中間報告調書）"],
        ["【令和2年度重点目標】"],
        ["担当部局名", "市民課"],
        ["No", "重点目標", "期限・数値目標等", "具体的な重点取組項目", "進捗状況", "進捗度"],
        ["1", "交流の推進", "①交流会を4回以上開催", "①交流会", "①交流会を3回開催", ""],
      ],
    };
    sheet.values = sheet.texts;
    sheet.formats = sheet.texts.map((r) => r.map(() => "General"));
    const summary = buildSummary(evaluateWorkbook({ sheets: [sheet], state: null }, defaultSettings()).sheets);
    expect(texts(summary)).toEqual(expect.arrayContaining(["遅れている数値目標はありません。", "要確認の項目はありません。"]));
  });
});
