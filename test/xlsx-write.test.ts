import { readFileSync } from "node:fs";
import path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { splice, spliceBytes, utf8Concat } from "../src/adapters/xlsx/xml";
import { defaultSettings } from "../src/core/evaluate/settings";
import { EvaluationService } from "../src/services/evaluation-service";
import { tempDir } from "./helpers/tmp";

const SAMPLE = path.join(__dirname, "..", "assets", "samples", "ueda-r2-chukan-list.xlsx");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("writing parts and packages without a second copy", () => {
  it("spliceBytes gives the UTF-8 bytes of splice, with texts made on writing and edits at one point in the order given", () => {
    const xml = "<a>前<b/>後</a>";
    const edits = [
      { from: 3, to: 4, text: "まえ" },
      { from: 8, to: 8, text: null, n: 1 },
      { from: 8, to: 8, text: "<c/>", n: 0 },
      { from: 4, to: 8, text: null, n: 2 },
    ];
    const render = (e: { n?: number }): string => ["", "<d>①</d>", '<b x="&amp;"/>'][e.n ?? 0] as string;
    const expected = splice(
      xml,
      edits.map((e) => ({ from: e.from, to: e.to, text: e.text ?? render(e) })),
    );
    expect(expected).toBe('<a>まえ<b x="&amp;"/><d>①</d><c/>後</a>');
    expect(spliceBytes(xml, edits, render).toString("utf8")).toBe(expected);
    expect(utf8Concat(["前", "", "<x/>", "後"]).equals(Buffer.from("前<x/>後", "utf8"))).toBe(true);
  });

  it("writeTo writes the same bytes as toBuffer, for a package with kept and changed parts", async () => {
    const file = tmp.file("sample.xlsx");
    const book = await XlsxWorkbook.open(SAMPLE);
    await new EvaluationService(book).evaluate({ ...defaultSettings(), asOf: null }, { write: true, print: true, summary: true });
    await book.writeTo(file);
    expect(readFileSync(file).equals(book.toBuffer())).toBe(true);
    const again = await XlsxWorkbook.open(file);
    expect(again.snapshot().sheets.map((s) => s.name)).toEqual(book.snapshot().sheets.map((s) => s.name));
  });
});
