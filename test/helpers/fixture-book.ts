import ExcelJS from "exceljs";
import type { Fixture, FixtureSheet } from "../fixtures/layouts";

function fillSheet(ws: ExcelJS.Worksheet, sheet: FixtureSheet): void {
  for (const [addr, value] of Object.entries(sheet.cells)) {
    const cell = ws.getCell(addr);
    cell.value = value;
    cell.alignment = { wrapText: true, vertical: "top" };
  }
  for (const [addr, fmt] of Object.entries(sheet.formats ?? {})) ws.getCell(addr).numFmt = fmt;
  for (const [addr, f] of Object.entries(sheet.formulas ?? {}))
    ws.getCell(addr).value = { formula: f.formula, result: f.result } as ExcelJS.CellFormulaValue;
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
}

/** フィクスチャを ExcelJS のブックにする。 */
export function fixtureWorkbook(fixture: Fixture): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of fixture.sheets) fillSheet(wb.addWorksheet(sheet.name), sheet);
  return wb;
}

export async function writeFixture(fixture: Fixture, path: string): Promise<void> {
  await fixtureWorkbook(fixture).xlsx.writeFile(path);
}
