import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadSampleSource, sampleWorkbook } from "../scripts/build-sample";

const SAMPLES = path.join(__dirname, "..", "assets", "samples");
const SEED = path.join(__dirname, "fixtures", "seed", "000_49de446e39381b04.txt");

function sheetTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => out.push(`${cell.address}=${String(cell.value ?? "")}`)));
  return out;
}

describe("見本ブック（上田市 令和2年度 中間報告調書）", () => {
  const source = loadSampleSource();

  it("every word of the seed report is in the sample's source", () => {
    const all = [
      source.title,
      source.yearLine,
      source.departmentLabel,
      source.department,
      source.legend,
      ...source.goals.flatMap((g) => [g.no, g.title, ...g.items.flatMap((i) => [...i.target, ...i.action, ...i.progress])]),
      "重点目標",
      "期限・数値目標等",
      "具体的な重点取組項目（箇条書き）",
      "進捗状況・進捗度",
    ]
      .join("")
      .replace(/\s/g, "");
    const missing = readFileSync(SEED, "utf8")
      .split("\n")
      .flatMap((line) => line.trim().split(/\s+/))
      .filter((w) => w && !all.includes(w));
    expect(missing).toEqual([]);
  });

  it("has the seed's seven goals and twenty-five items", () => {
    expect(source.goals.map((g) => g.no)).toEqual(["１", "２", "３", "４", "５", "６", "7"]);
    expect(source.goals.reduce((n, g) => n + g.items.length, 0)).toBe(25);
  });

  test.each(["block", "list"] as const)("the committed %s workbook is the one the script builds from the source", async (layout) => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(path.join(SAMPLES, `ueda-r2-chukan-${layout}.xlsx`));
    const built = sampleWorkbook(source, layout);
    const roundTrip = new ExcelJS.Workbook();
    await roundTrip.xlsx.load((await built.xlsx.writeBuffer()) as ArrayBuffer);
    expect(sheetTexts(committed.worksheets[0]!)).toEqual(sheetTexts(roundTrip.worksheets[0]!));
  });
});
