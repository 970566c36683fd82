/** 約束の試験（test/contract）ののぞき窓：模擬 Excel のブックの中身を直接見る・書き換える。 */
import { parseA1 } from "../../../src/core/snapshot";
import { STATE_SHEET } from "../../../src/core/state";
import { normaliseArea, type Preconditions, type Probe } from "../../contract/host";
import type { FakeWorkbook } from "./book";

const VISIBILITY: Record<string, "visible" | "hidden" | "veryHidden"> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

function cellOf(book: FakeWorkbook, sheet: string, address: string) {
  const p = parseA1(address);
  const s = book.sheet(sheet);
  if (!p || !s) throw new Error(`${sheet}!${address}`);
  return s.cell(p.row, p.col);
}

export function applyPreconditions(book: FakeWorkbook, pre: Preconditions = {}): void {
  for (const f of pre.fills ?? []) cellOf(book, f.sheet, f.address).fill = { color: f.color, pattern: f.pattern, patternColor: null };
  for (const n of pre.notes ?? []) book.sheet(n.sheet)?.notes.set(n.address, { content: n.text, author: "職員" });
  for (const s of pre.protectedSheets ?? []) {
    const sheet = book.sheet(s);
    if (sheet) sheet.protection.protected = true;
  }
}

export function fakeProbe(book: FakeWorkbook): Probe {
  return {
    fill: async (sheet, address) => {
      const fill = cellOf(book, sheet, address).fill;
      return { color: fill?.color ?? null, pattern: fill?.pattern ?? "None" };
    },
    note: async (sheet, address) => book.note(sheet, address),
    print: async (sheet) => {
      const p = book.sheet(sheet)?.print;
      if (!p) throw new Error(sheet);
      return {
        landscape: p.orientation === "Landscape",
        a4: p.paperSize === "A4",
        fitToWidth: p.zoom.horizontalFitToPages ?? null,
        printArea: normaliseArea(p.printArea),
        titleRows: normaliseArea(p.titleRows),
        centerFooter: p.centerFooter,
      };
    },
    sheets: async () => book.sheets.map((s) => ({ name: s.name, visibility: VISIBILITY[s.visibility] ?? "visible" })),
    stateCells: async () => {
      const s = book.sheet(STATE_SHEET);
      if (!s) return null;
      const rows = [...s.entries()].filter((e) => e.col === 0);
      const last = Math.max(-1, ...rows.map((e) => e.row));
      return Array.from({ length: last + 1 }, (_, r) => s.peek(r, 0)?.text ?? "");
    },
    setStateCells: async (cells) => {
      book.sheets = book.sheets.filter((s) => s.name !== STATE_SHEET || cells !== null);
      const s = book.sheet(STATE_SHEET);
      if (!s || cells === null) return;
      for (const { row, col } of [...s.entries()]) if (col === 0) s.cells.delete(row * 16384);
      cells.forEach((text, r) => Object.assign(s.cell(r, 0), { value: text === "" ? null : text, text, format: "@" }));
    },
    setFill: async (sheet, address, fill) => {
      cellOf(book, sheet, address).fill = fill.color === null ? null : { color: fill.color, pattern: fill.pattern, patternColor: null };
    },
  };
}
