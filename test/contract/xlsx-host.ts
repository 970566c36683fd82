/** 約束の試験の .xlsx の入口：ExcelJS で保存したファイルを開き直して見る・書き換える。 */
import ExcelJS from "exceljs";
import { STATE_SHEET } from "../../src/core/state";
import { fixtureWorkbook } from "../helpers/fixture-book";
import type { Fixture } from "../fixtures/layouts";
import { normaliseArea, type FillSeen, type Preconditions, type Probe } from "./host";

const PATTERN_NAMES: Record<string, string> = { solid: "Solid", lightUp: "LightUp", none: "None" };
const PATTERN_TYPES: Record<string, ExcelJS.FillPatterns> = { Solid: "solid", LightUp: "lightUp" };

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(name);
  return ws;
}

function paint(cell: ExcelJS.Cell, fill: FillSeen): void {
  cell.fill = fill.color === null ? { type: "pattern", pattern: "none" } : { type: "pattern", pattern: PATTERN_TYPES[fill.pattern] ?? "solid", fgColor: { argb: `FF${fill.color.slice(1)}` } };
}

/** フィクスチャと前提を .xlsx に書く。 */
export async function writeFixtureWith(fixture: Fixture, pre: Preconditions = {}, file: string): Promise<void> {
  const wb = fixtureWorkbook(fixture);
  for (const f of pre.fills ?? []) paint(sheetOf(wb, f.sheet).getCell(f.address), { color: f.color, pattern: f.pattern });
  for (const n of pre.notes ?? []) sheetOf(wb, n.sheet).getCell(n.address).note = n.text;
  for (const s of pre.protectedSheets ?? []) await sheetOf(wb, s).protect("", {});
  await wb.xlsx.writeFile(file);
}

function noteText(note: ExcelJS.Cell["note"]): string | null {
  if (!note) return null;
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

export function xlsxProbe(file: string): Probe {
  const edit = async (f: (wb: ExcelJS.Workbook) => void): Promise<void> => {
    const wb = await load(file);
    f(wb);
    await wb.xlsx.writeFile(file);
  };
  return {
    fill: async (sheet, address) => {
      const fill = sheetOf(await load(file), sheet).getCell(address).fill;
      if (!fill || fill.type !== "pattern" || fill.pattern === "none") return { color: null, pattern: "None" };
      const argb = (fill.fgColor as { argb?: string } | undefined)?.argb ?? "FFFFFFFF";
      return { color: `#${argb.slice(2).toUpperCase()}`, pattern: PATTERN_NAMES[fill.pattern] ?? fill.pattern };
    },
    note: async (sheet, address) => noteText(sheetOf(await load(file), sheet).getCell(address).note),
    print: async (sheet) => {
      const ws = sheetOf(await load(file), sheet);
      const p = ws.pageSetup;
      return {
        landscape: p.orientation === "landscape",
        a4: p.paperSize === 9,
        fitToWidth: p.fitToPage ? (p.fitToWidth ?? null) : null,
        printArea: normaliseArea(p.printArea),
        titleRows: normaliseArea(p.printTitlesRow),
        centerFooter: (ws.headerFooter?.oddFooter ?? "").replace(/^&C/, ""),
      };
    },
    sheets: async () => (await load(file)).worksheets.map((ws) => ({ name: ws.name, visibility: ws.state })),
    stateCells: async () => {
      const ws = (await load(file)).getWorksheet(STATE_SHEET);
      if (!ws) return null;
      return Array.from({ length: ws.rowCount }, (_, r) => String(ws.getCell(r + 1, 1).text ?? ""));
    },
    setStateCells: (cells) =>
      edit((wb) => {
        const ws = wb.getWorksheet(STATE_SHEET);
        if (!ws) return;
        if (cells === null) {
          wb.removeWorksheet(ws.id);
          return;
        }
        for (let r = 1; r <= Math.max(ws.rowCount, cells.length); r++) ws.getCell(r, 1).value = cells[r - 1] || null;
      }),
    setFill: (sheet, address, fill) => edit((wb) => paint(sheetOf(wb, sheet).getCell(address), fill)),
  };
}
