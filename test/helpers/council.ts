import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import { councilCopy } from "../../src/cli/pdf";
import { defaultSettings } from "../../src/core/evaluate/settings";
import { EvaluationService, type EvaluateOutcome } from "../../src/services/evaluation-service";
import { FIXTURES, type Fixture } from "../fixtures/layouts";
import { writeFixture } from "./fixture-book";

/** CLI の --out --pdf と同じ手順で評価し、評価したブックと、議会用 PDF の写しを返す。 */
export async function evaluateForCouncil(
  file: string,
  asOf: string | null = null,
): Promise<{ book: XlsxWorkbook; outcome: EvaluateOutcome; copy: XlsxWorkbook }> {
  const book = await XlsxWorkbook.open(file);
  const pristine = await book.clone();
  const outcome = await new EvaluationService(book).evaluate({ ...defaultSettings(), asOf }, { write: true, print: true, summary: true });
  return { book, outcome, copy: (await councilCopy(pristine, outcome)).copy };
}

/** 表のあるシートの名前（評価したシート）。 */
export const tableSheets = (outcome: EvaluateOutcome): string[] => outcome.result.sheets.map((s) => s.evaluation.model.name);

/**
 * フィクスチャを .xlsx にする。bordered なら使っている範囲のすべてのセルに細い罫線を引く
 * （PDF の罫線が文字を横切っていないかで、行の高さを確かめるため）。
 */
export async function writeFixtureBook(fixture: Fixture, file: string, bordered: boolean): Promise<void> {
  await writeFixture(fixture, file);
  if (!bordered) return;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
  for (const ws of wb.worksheets) {
    for (let r = 5; r <= ws.rowCount; r++)
      for (let c = 1; c <= ws.columnCount; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  await wb.xlsx.writeFile(file);
}

export { FIXTURES };
