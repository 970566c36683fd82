import { writeFileSync } from "node:fs";
import { clerkBook } from "../fixtures/conformance/clerk-book";
import { DEPARTMENT, RICH_PROGRESS, SHEET } from "../fixtures/conformance/clerk-sheet";
import { tempDir } from "../helpers/tmp";
import { excelRuleProblems, footerShows } from "./excel-rules";
import { cellsOf, changedParts, localName, readParts, sharedItems, text, topElements } from "./parts";
import { run } from "./run";
import { validateParts, XSD_DIR } from "./schema";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
if (!XSD_DIR && process.env.REQUIRE_XSD === "1") throw new Error("OOXML_XSD_DIR に ECMA-376 のスキーマがありません");

/** The parts the add-in may change (its state sheet is new). */
const OWNED = [
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  "xl/workbook.xml",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
  "xl/worksheets/sheet1.xml",
  "xl/comments1.xml",
  "xl/drawings/vmlDrawing1.vml",
  "xl/worksheets/sheet4.xml",
];
/** The sheet's elements the add-in owns (print settings and its notes' drawing). */
const OWNED_ELEMENTS = ["printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "legacyDrawing"];

/** Row heights (pt) by row number; rows without ht have the sheet's default height. */
function rowHeights(sheet: string): Map<number, number> {
  const fallback = Number(/<sheetFormatPr\b[^>]*\bdefaultRowHeight="([\d.]+)"/.exec(sheet)?.[1] ?? 15);
  return new Map(
    [...sheet.matchAll(/<row\b[^>]*>/g)].map((m) => [
      Number(/\br="(\d+)"/.exec(m[0])?.[1]),
      Number(/\bht="([\d.]+)"/.exec(m[0])?.[1] ?? fallback),
    ]),
  );
}

/**
 * The sheet without the cells and elements the add-in owns (and the pageSetUpPr it adds to sheetPr), and without
 * row heights, which it grows so that every line shows (layout.md §5; checked separately: never shrunk).
 */
function withoutOwned(sheet: string, cells: string[]): string {
  let out = sheet.replace(/<pageSetUpPr[^>]*\/>/, "").replace(/<row\b[^>]*>/g, (tag) => tag.replace(/ (ht|customHeight)="[^"]*"/g, ""));
  for (const el of topElements(sheet)) if (OWNED_ELEMENTS.includes(localName(el))) out = out.replace(el, "");
  for (const [ref, c] of cellsOf(sheet)) if (cells.includes(ref)) out = out.replace(c, "");
  return out;
}

describe.each([
  ["xlsx", false],
  ["xlsm", true],
])("a clerk's workbook as Excel writes it (.%s)", (ext, macros) => {
  const input = tmp.file(`clerk.${ext}`);
  const out1 = tmp.file(`evaluated.${ext}`);
  const out2 = tmp.file(`evaluated-twice.${ext}`);
  const undone = tmp.file(`undone.${ext}`);
  let before: Map<string, Buffer>;
  let first: Map<string, Buffer>;

  beforeAll(async () => {
    writeFileSync(input, clerkBook({ macros }));
    before = readParts(input);
    first = (await run([input, "--out", out1, "--as-of", "2020-09-30"], out1)).parts;
  });

  it("--out changes only the parts the add-in owns; every other part is byte-for-byte the same", () => {
    const changed = changedParts(before, first);
    expect(changed.filter((p) => !OWNED.includes(p))).toEqual([]);
    for (const name of before.keys()) expect([name, first.has(name)]).toEqual([name, true]);
  });

  it("the sheet differs only in the marks, rates and flags it wrote and its print elements", () => {
    const cells = ["D6", "E6", "F6", "E7", "F7", "F8"];
    expect(withoutOwned(text(first, "xl/worksheets/sheet1.xml"), cells)).toBe(
      withoutOwned(text(before, "xl/worksheets/sheet1.xml"), cells),
    );
  });

  it("grows row heights only (never shrinks a row)", () => {
    const was = rowHeights(text(before, "xl/worksheets/sheet1.xml"));
    const now = rowHeights(text(first, "xl/worksheets/sheet1.xml"));
    for (const [row, height] of was) expect([row, (now.get(row) ?? 0) >= height]).toEqual([row, true]);
  });

  it("the rich-text progress keeps its runs and furigana around （進捗20.8％）", () => {
    const items = sharedItems(text(first, "xl/sharedStrings.xml"));
    const e6 = /<v>(\d+)<\/v>/.exec(cellsOf(text(first, "xl/worksheets/sheet1.xml")).get("E6") ?? "")?.[1];
    expect(items[Number(e6)]).toBe(RICH_PROGRESS.replace("<t>5回</t>", "<t>5回（進捗20.8％）</t>"));
    expect(items.slice(0, sharedItems(text(before, "xl/sharedStrings.xml")).length)).toEqual(
      sharedItems(text(before, "xl/sharedStrings.xml")),
    );
  });

  it("the workbook keeps every name, quotes the print names and asks Excel to recalculate", () => {
    const wb = text(first, "xl/workbook.xml");
    for (const name of ["全列", "税率", "動的範囲", "_xlnm._FilterDatabase"]) expect(wb).toContain(`name="${name}"`);
    expect(wb.match(/name="対象"/g)).toHaveLength(2);
    expect(wb).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'総務部 R&amp;D''s 課'!$A$1:$F$10</definedName>`);
    expect(wb).toContain('fullCalcOnLoad="1"');
    const strip = (x: string) =>
      x
        .replace(/<definedName name="_xlnm\.Print_Area"[^<]*<\/definedName>/, "")
        .replace(/<sheet name="評価アシスタント_状態"[^>]*\/>/, "")
        .replace(' fullCalcOnLoad="1"', "");
    expect(strip(wb)).toBe(text(before, "xl/workbook.xml"));
  });

  it("the footer shows the department as written (& and &3 escaped) beside the clerk's own sections", () => {
    const footer = /<oddFooter>([^<]*)<\/oddFooter>/.exec(text(first, "xl/worksheets/sheet1.xml"))?.[1]?.replace(/&amp;/g, "&") ?? "";
    expect(footer.startsWith("&L社外秘&C")).toBe(true);
    expect(footer.endsWith("&R&D")).toBe(true);
    expect(footerShows(footer.split("&C")[1]?.split("&R")[0] ?? "")).toContain(DEPARTMENT);
  });

  it("the clerk's notes stay; on the flagged cell the reason is added after the clerk's words, in a run like theirs", () => {
    const comments = text(first, "xl/comments1.xml");
    const clerkNote = (ref: string) =>
      new RegExp(`<comment ref="${ref}"[\\s\\S]*?</comment>`).exec(text(before, "xl/comments1.xml"))?.[0] as string;
    expect(comments).toContain(clerkNote("B6"));
    const f6 = clerkNote("F6");
    const lastRunFormat = [...f6.matchAll(/<rPr>[\s\S]*?<\/rPr>/g)].pop()?.[0] as string;
    expect(comments).toContain(
      `${f6.slice(0, f6.indexOf("</text>"))}<r>${lastRunFormat}<t xml:space="preserve">\n\n【評価アシスタント】未達成の数値目標があります\n講座 24回以上`,
    );
    expect(comments).toContain("<authors><author>山田 太郎</author></authors>");
  });

  it("every written part is valid (schemas) and keeps Excel's stricter rules", () => {
    const written = changedParts(before, first).map((n) => [n, text(first, n)] as [string, string]);
    expect(validateParts(written)).toEqual([]);
    expect(excelRuleProblems(first)).toEqual([]);
  });

  it("a second --out changes nothing", async () => {
    const second = (await run([out1, "--out", out2, "--as-of", "2020-09-30"], out2)).parts;
    expect(changedParts(first, second)).toEqual([]);
  });

  it("--undo puts the sheet, its notes and its print settings back byte-for-byte", async () => {
    const back = (await run([out1, "--undo", "--out", undone], undone)).parts;
    // the record sheet goes with the first evaluation undone; the strings and styles it added stay unused, and Excel is asked to recalculate
    expect(changedParts(before, back)).toEqual(["xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"]);
    expect([...back.keys()].sort()).toEqual([...before.keys()].sort());
    expect(validateParts(changedParts(before, back).map((n) => [n, text(back, n)] as [string, string]))).toEqual([]);
    expect(excelRuleProblems(back)).toEqual([]);
  });

  if (macros) {
    it("keeps the macros and the macro-enabled content type", () => {
      expect(first.get("xl/vbaProject.bin")?.equals(before.get("xl/vbaProject.bin") as Buffer)).toBe(true);
      expect(text(first, "[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    });
  }
  void SHEET;
});
