/**
 * 見本ブックを作る：assets/samples/ueda-r2-chukan.source.json（上田市の中間報告調書の文）から、
 * 調書形式と一覧形式の 2 つの .xlsx を書く。npm run sample で作り直す。
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeBlockSheet } from "./lib/sample-block";
import { writeListSheet } from "./lib/sample-list";
import type { SampleSource } from "./lib/sample-source";
import { fitSampleRows } from "./lib/sample-fit";

export const SAMPLE_DIR = path.join(__dirname, "..", "assets", "samples");
export const SAMPLE_SOURCE = path.join(SAMPLE_DIR, "ueda-r2-chukan.source.json");

export function loadSampleSource(file = SAMPLE_SOURCE): SampleSource {
  return JSON.parse(readFileSync(file, "utf8")) as SampleSource;
}

/** 見本を ExcelJS のブックにする（日時を固定して、作り直しても同じ内容にする）。 */
export function sampleWorkbook(src: SampleSource, layout: "block" | "list"): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "重点目標 評価アシスタント";
  wb.created = new Date(Date.UTC(2020, 9, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(src.sheetName);
  if (layout === "block") writeBlockSheet(ws, src);
  else writeListSheet(ws, src);
  fitSampleRows(ws, 5);
  return wb;
}

async function main(): Promise<void> {
  const src = loadSampleSource();
  for (const layout of ["block", "list"] as const) {
    const file = path.join(SAMPLE_DIR, `ueda-r2-chukan-${layout}.xlsx`);
    await sampleWorkbook(src, layout).xlsx.writeFile(file);
    process.stderr.write(`書きました：${path.relative(process.cwd(), file)}\n`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`見本ブックを作れませんでした：${String(e)}\n`);
    process.exit(1);
  });
}
