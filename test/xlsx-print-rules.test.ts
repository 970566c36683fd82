import { footerWithCenter, FOOTER_MAX } from "../src/adapters/xlsx/footer";
import { editRich, parseRich, richPlainText, serialiseRich } from "../src/adapters/xlsx/rich-text";
import { footerShows } from "./conformance/excel-rules";

describe("footers as Excel reads them", () => {
  it("doubles a literal & (so &3 is not a font size) and keeps the page codes", () => {
    expect(footerWithCenter(null, "R&D課 &3　&P / &N")).toBe("&CR&&D課 &&3　&P / &N");
  });

  it("keeps the clerk's left and right sections", () => {
    expect(footerWithCenter("&L社外秘&C古い&R&D", "新しい &P")).toBe("&L社外秘&C新しい &P&R&D");
  });

  it("stays within 255 characters by shortening the longest literal part, never splitting a code", () => {
    const long = `${"部".repeat(300)}　中間報告　&P / &N`;
    const footer = footerWithCenter("&L社外秘", long);
    expect(footer.length).toBeLessThanOrEqual(FOOTER_MAX);
    expect(footer.endsWith("　中間報告　&P / &N")).toBe(true);
    expect(footerShows(footer)).toContain("…");
  });
});

describe("editing a rich text keeps its runs and furigana", () => {
  const si =
    '<r><rPr><b/></rPr><t>講座を5回</t></r><r><t>開催</t></r><rPh sb="0" eb="2"><t>コウザ</t></rPh><rPh sb="5" eb="7"><t>カイサイ</t></rPh><phoneticPr fontId="1"/>';

  it("inserts into the run before the insertion point and moves later furigana", () => {
    const edited = editRich(parseRich(si), "講座を5回（進捗20.8％）開催");
    expect(serialiseRich(edited, "")).toBe(
      '<r><rPr><b/></rPr><t>講座を5回（進捗20.8％）</t></r><r><t>開催</t></r><rPh sb="0" eb="2"><t>コウザ</t></rPh><rPh sb="14" eb="16"><t>カイサイ</t></rPh><phoneticPr fontId="1"/>',
    );
  });

  it("removing the insertion gives back the item as written", () => {
    const edited = editRich(parseRich(si), "講座を5回（進捗20.8％）開催");
    const back = editRich(parseRich(serialiseRich(edited, "")), "講座を5回開催");
    expect(serialiseRich(back, "")).toBe(si);
    expect(richPlainText(back)).toBe("講座を5回開催");
  });
});
