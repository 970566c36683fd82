import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { cli } from "./helpers/cli";
import { fixtureWorkbook } from "./helpers/fixture-book";
import { tempDir } from "./helpers/tmp";
import { FIXTURES } from "./fixtures/layouts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const fixture = FIXTURES.find((f) => f.name === "list-multiline-cell")!;
const SHEET = fixture.sheets[0]!.name;

/**
 * The fixture as a clerk might keep it: 10.5 pt ＭＳ 明朝 in the table, a 16 pt bold header, narrow text columns,
 * and every row left at 15 pt — so the header (row 5) and the legend (row 9), which the add-in never writes, clip too.
 */
async function clippedBook(file: string): Promise<void> {
  const wb = fixtureWorkbook(fixture);
  const ws = wb.getWorksheet(SHEET)!;
  ws.columns.forEach((c, i) => (c.width = [5, 14, 16, 16, 18, 6][i] ?? 8.43));
  for (let r = 1; r <= 9; r++) ws.getRow(r).height = 15;
  ws.eachRow((row) => row.eachCell((cell) => (cell.font = { name: "ＭＳ 明朝", size: 10.5 })));
  ws.getCell("D5").font = { name: "ＭＳ ゴシック", size: 16, bold: true };
  await wb.xlsx.writeFile(file);
}

async function heights(file: string): Promise<number[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET)!;
  return Array.from({ length: 9 }, (_, i) => ws.getRow(i + 1).height ?? 15);
}

describe("the xlsx reader gives the core each cell's text style", () => {
  const input = tmp.file("clipped.xlsx");
  beforeAll(() => clippedBook(input));

  it("reads font size (10.5 pt as 10.5), name, weight and wrap from the package's style sheet, and the default font size", async () => {
    const sheet = (await XlsxWorkbook.open(input)).snapshot().sheets.find((s) => s.name === SHEET)!;
    expect(sheet.textStyles?.[5]?.[4]).toEqual({ size: 10.5, font: "ＭＳ 明朝", bold: false, wrap: true });
    expect(sheet.textStyles?.[4]?.[3]).toEqual({ size: 16, font: "ＭＳ ゴシック", bold: true, wrap: true });
    expect(sheet.textStyles?.[7]?.[0]).toBeNull();
    expect(sheet.defaultFontSize).toBe(11);
  });

  it("--out grows every row of the print area whose text does not fit, also rows it does not write, and shrinks none", async () => {
    const out = tmp.file("fitted.xlsx");
    const run = await cli([input, "--out", out, "--as-of", "2020-09-30", "--json"]);
    expect(run.code).toBe(0);
    const written = new Set<number>(
      JSON.parse(run.stdout).sheets[0].goals.flatMap((g: { items: { markCell: string }[] }) =>
        g.items.map((i) => Number(/\d+/.exec(i.markCell)?.[0])),
      ),
    );
    const [before, after] = [await heights(input), await heights(out)];
    for (let r = 0; r < 9; r++) expect([r + 1, (after[r] as number) >= (before[r] as number)]).toEqual([r + 1, true]);
    expect(written.has(5) || written.has(9)).toBe(false);
    // the 16 pt header in a 16-character column takes two lines; the legend in a 14-character column several
    expect(after[4]).toBeGreaterThanOrEqual(2 * 16);
    expect(after[8]).toBeGreaterThan(3 * 10.5);
    // the empty row stays as it was
    expect(after[7]).toBe(15);
  });
});
