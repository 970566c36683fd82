import { formatWithNumberFormat } from "../src/core/text/number-format";
import { OfficeWorkbookPort } from "../src/adapters/office/port";
import { detectCapabilities } from "../src/adapters/office/requirements";
import { parseA1, type SheetSnapshot } from "../src/core/snapshot";
import { runSnapshotPortContract } from "./contract/snapshot-port";
import { FakeWorkbook } from "./fakes/fake-excel";
import type { Fixture } from "./fixtures/layouts";

/** フィクスチャ（セルの表）から模擬の Excel のブックを作る。 */
export function fakeFromFixture(fixture: Fixture): FakeWorkbook {
  const sheets: SheetSnapshot[] = fixture.sheets.map((s) => {
    const values: SheetSnapshot["values"] = [];
    const texts: string[][] = [];
    const formats: string[][] = [];
    const formulas: boolean[][] = [];
    const put = (addr: string, value: string | number | null, text: string, fmt: string, formula: boolean): void => {
      const p = parseA1(addr);
      if (!p) return;
      for (const grid of [values, texts, formats, formulas] as unknown[][][]) while (grid.length <= p.row) grid.push([]);
      (values[p.row] as unknown[])[p.col] = value;
      (texts[p.row] as string[])[p.col] = text;
      (formats[p.row] as string[])[p.col] = fmt;
      (formulas[p.row] as boolean[])[p.col] = formula;
    };
    for (const [addr, v] of Object.entries(s.cells)) {
      const fmt = s.formats?.[addr] ?? "General";
      put(addr, v, typeof v === "number" ? formatWithNumberFormat(v, fmt) : v, fmt, false);
    }
    for (const [addr, f] of Object.entries(s.formulas ?? {})) {
      const text = typeof f.result === "object" ? f.result.error : String(f.result);
      put(addr, text, text, "General", true);
    }
    const width = Math.max(0, ...texts.map((r) => r.length));
    const fillRow = <T>(rows: T[][], blank: T): T[][] => rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? blank));
    const merges = (s.merges ?? []).map((r) => {
      const [a, b] = r.split(":").map((x) => parseA1(x));
      return { top: a?.row ?? 0, left: a?.col ?? 0, bottom: b?.row ?? 0, right: b?.col ?? 0 };
    });
    return { name: s.name, origin: { row: 0, col: 0 }, values: fillRow(values, null), texts: fillRow(texts, ""), formats: fillRow(formats, "General"), formulas: fillRow(formulas, false), merges };
  });
  return FakeWorkbook.fromSnapshots(sheets);
}

runSnapshotPortContract("office.js（模擬 Excel）", async (fixture) => {
  const book = fakeFromFixture(fixture);
  const caps = detectCapabilities(book.isSetSupported);
  const port = new OfficeWorkbookPort(book.run, caps, { timeoutMs: 0, intervalMs: 0, sleep: () => Promise.resolve(), now: () => 0 });
  await port.read();
  return port;
});
