import path from "node:path";
import ExcelJS from "exceljs";
import { STATE_SHEET } from "../src/core/state";
import { cli } from "./helpers/cli";
import { tempDir } from "./helpers/tmp";

const SAMPLE = path.join(__dirname, "..", "assets", "samples", "ueda-r2-chukan-block.xlsx");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

interface CellShape {
  value: unknown;
  style: unknown;
  note: unknown;
}
function cells(ws: ExcelJS.Worksheet): Map<string, CellShape> {
  const out = new Map<string, CellShape>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      out.set(cell.address, { value: cell.value, style: JSON.parse(JSON.stringify(cell.style ?? {})), note: cell.note ?? null });
    }),
  );
  return out;
}

describe("--out は アドインのセルだけを変える", () => {
  let changed: Set<string>;
  let input: ExcelJS.Workbook;
  let output: ExcelJS.Workbook;
  const out1 = tmp.file("evaluated.xlsx");
  const out2 = tmp.file("evaluated-twice.xlsx");

  beforeAll(async () => {
    const run = await cli([SAMPLE, "--out", out1, "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    changed = new Set<string>();
    for (const g of doc.sheets[0].goals) for (const i of g.items) if (i.markCell) changed.add(i.markCell);
    input = await load(SAMPLE);
    output = await load(out1);
  });

  it("keeps every other cell's value and style, and changes progress texts only by （進捗…％）", () => {
    const name = input.worksheets[0]!.name;
    const a = cells(input.getWorksheet(name)!);
    const b = cells(output.getWorksheet(name)!);
    let differing = 0;
    for (const [addr, before] of a) {
      const after = b.get(addr);
      expect(after).toBeDefined();
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      differing++;
      if (changed.has(addr)) continue;
      const strip = (v: unknown) => String(v ?? "").replace(/（進捗[0-9.]+％）/g, "");
      const flaggedOnly = JSON.stringify(before.value) === JSON.stringify(after?.value);
      expect([addr, flaggedOnly || strip(after?.value) === strip(before.value)]).toEqual([addr, true]);
    }
    expect(differing).toBeGreaterThan(10);
  });

  it("keeps merges and column widths, grows rows only (on the fitted sample: only rows whose text it lengthened), and keeps print settings", () => {
    const wsIn = input.worksheets[0]!;
    const wsOut = output.getWorksheet(wsIn.name)!;
    const merges = (ws: ExcelJS.Worksheet) => [...((ws.model as unknown as { merges: string[] }).merges ?? [])].sort();
    expect(merges(wsOut)).toEqual(merges(wsIn));
    expect(wsOut.columns.map((c) => c.width)).toEqual(wsIn.columns.map((c) => c.width));
    // layout.md §5：行の高さは、文字が全部見えるように広げるだけ（狭めない）。見本は合わせてあるので、広がるのは書き込んだ行だけ
    const written = (r: number) =>
      [...cells(wsOut)].some(
        ([addr, c]) => Number(wsOut.getCell(addr).row) === r && JSON.stringify(c.value) !== JSON.stringify(wsIn.getCell(addr).value),
      );
    for (let r = 1; r <= wsIn.rowCount; r++) {
      const before = wsIn.getRow(r).height ?? 15;
      const after = wsOut.getRow(r).height ?? 15;
      expect([r, after >= before, after === before || written(r)]).toEqual([r, true, true]);
    }
    expect(wsOut.pageSetup.orientation).toBe(wsIn.pageSetup.orientation);
    expect(wsOut.pageSetup.fitToWidth).toBe(wsIn.pageSetup.fitToWidth);
  });

  it("adds only its own very hidden state sheet", () => {
    expect(output.worksheets.map((w) => w.name)).toEqual([...input.worksheets.map((w) => w.name), STATE_SHEET]);
    expect(output.getWorksheet(STATE_SHEET)?.state).toBe("veryHidden");
  });

  it("a second run changes nothing", async () => {
    const run = await cli([out1, "--out", out2]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("0 セル更新");
    const again = await load(out2);
    for (const ws of output.worksheets) expect([...cells(again.getWorksheet(ws.name)!)]).toEqual([...cells(ws)]);
  });

  it("--out may name the input itself (atomic replace)", async () => {
    const copy = tmp.file("in-place.xlsx");
    await (await load(SAMPLE)).xlsx.writeFile(copy);
    const run = await cli([copy, "--out", copy]);
    expect(run.code).toBe(0);
    const replaced = await load(copy);
    expect(replaced.getWorksheet(STATE_SHEET)).toBeDefined();
  });
});
