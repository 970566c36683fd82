import { growRows, restoreRows, type RowRecord } from "../src/adapters/xlsx/row-heights";
import { SheetEditor } from "../src/adapters/xlsx/sheet-edit";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (rows: string): string =>
  `<worksheet ${NS}><sheetFormatPr defaultRowHeight="13.5"/><sheetData>${rows}</sheetData></worksheet>`;
const ROWS =
  '<row r="1" spans="1:2" ht="30" customHeight="1"><c r="A1"/></row><row r="2" spans="1:2"><c r="A2"/></row><row r="3" spans="1:2" ht="12"/>';

/** Grows rows in one editor, writes the part, and undoes in a fresh editor (as a later run would). */
function roundTrip(xml: string, heights: { row: number; height: number }[], record: RowRecord): { grown: string; undone: string } {
  const editor = new SheetEditor(xml);
  growRows(editor, heights, editor.defaultRowHeight(), record);
  const grown = editor.serialise();
  const again = new SheetEditor(grown);
  restoreRows(again, JSON.parse(JSON.stringify(record)) as RowRecord);
  return { grown, undone: again.serialise() };
}

describe("grown row heights and their undo record", () => {
  it("grows only rows lower than wanted, and undo gives back every start tag byte for byte (a row it added stays empty)", () => {
    const record: RowRecord = {};
    const { grown, undone } = roundTrip(
      sheet(ROWS),
      [
        { row: 0, height: 20 },
        { row: 1, height: 27 },
        { row: 2, height: 27 },
        { row: 4, height: 27 },
      ],
      record,
    );
    expect(grown).toContain('<row r="1" spans="1:2" ht="30" customHeight="1">');
    expect(grown).toContain('<row r="2" spans="1:2" ht="27" customHeight="1">');
    expect(grown).toContain('<row r="3" spans="1:2" ht="27" customHeight="1"/>');
    expect(grown).toContain('<row r="5" ht="27" customHeight="1"></row>');
    expect(record.heights).toEqual([
      [1, 1, null, null],
      [2, 1, "12", null],
      [4, 1, null, null],
    ]);
    expect(undone).toBe(sheet(`${ROWS}<row r="5"></row>`));
  });

  it("records 50,000 rows of the same height as one run", () => {
    const rows = Array.from({ length: 50000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"/></row>`).join("");
    const record: RowRecord = {};
    const { undone } = roundTrip(
      sheet(rows),
      Array.from({ length: 50000 }, (_, row) => ({ row, height: 33.75 })),
      record,
    );
    expect(record.heights).toEqual([[0, 50000, null, null]]);
    expect(undone).toBe(sheet(rows));
  });

  it("keeps the first original when a later run grows a row again, and still undoes an earlier version's start tags", () => {
    const record: RowRecord = { rows: { "0": '<row r="1" spans="1:2" ht="30" customHeight="1">' } };
    const first = new SheetEditor(sheet(ROWS));
    growRows(first, [{ row: 1, height: 20 }], 13.5, record);
    const second = new SheetEditor(first.serialise());
    growRows(
      second,
      [
        { row: 0, height: 40 },
        { row: 1, height: 30 },
      ],
      13.5,
      record,
    );
    expect(record.heights).toEqual([[1, 1, null, null]]);
    const undo = new SheetEditor(second.serialise());
    restoreRows(undo, record);
    expect(undo.serialise()).toBe(sheet(ROWS));
  });
});
