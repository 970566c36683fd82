import { commentWithReason } from "../src/adapters/xlsx/note-text";

const REASON = "未達成の数値目標があります\n講座 24回以上：5回 ÷ 24回 = 20.8％（期待進捗 50％）";
const ADDED = "\n\n【評価アシスタント】未達成の数値目標があります\n講座 24回以上：5回 ÷ 24回 = 20.8％（期待進捗 50％）";

describe("the reason added to a clerk's note (xlsx comments)", () => {
  it("a plain note stays one text, the reason after the clerk's words (spaces kept)", () => {
    const clerk = '<comment ref="F6" authorId="0" shapeId="0" xr:uid="{1}"><text><t>課長確認済み</t></text></comment>';
    expect(commentWithReason(clerk, REASON, "")).toBe(
      `<comment ref="F6" authorId="0" shapeId="0" xr:uid="{1}"><text><t xml:space="preserve">課長確認済み${ADDED}</t></text></comment>`,
    );
  });

  it("a note in runs keeps its runs as written and gets one more run formatted like its last", () => {
    const author = '<r><rPr><b/><sz val="9"/></rPr><t>山田:</t></r>';
    const body = '<r><rPr><sz val="9"/><color indexed="81"/></rPr><t xml:space="preserve">\n確認済み &amp; 了承</t></r>';
    const clerk = `<x:comment ref="B2" authorId="1"><x:text>${author.replace(/<(\/?)/g, "<$1x:")}${body.replace(/<(\/?)/g, "<$1x:")}</x:text></x:comment>`;
    const out = commentWithReason(clerk, REASON, "x:");
    expect(out).toBe(
      clerk.replace(
        "</x:text>",
        `<x:r><x:rPr><x:sz val="9"/><x:color indexed="81"/></x:rPr><x:t xml:space="preserve">${ADDED}</x:t></x:r></x:text>`,
      ),
    );
  });

  it("furigana of the note stays after the runs", () => {
    const clerk =
      '<comment ref="A1" authorId="0"><text><r><t>漢字</t></r><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></text></comment>';
    const out = commentWithReason(clerk, "理由", "") as string;
    expect(out).toBe(
      '<comment ref="A1" authorId="0"><text><r><t>漢字</t></r><r><t xml:space="preserve">\n\n【評価アシスタント】理由</t></r><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></text></comment>',
    );
  });

  it("a note without text is not added to (the caller writes the add-in's own note)", () => {
    expect(commentWithReason('<comment ref="A1" authorId="0"><text/></comment>', "理由", "")).toBeNull();
  });
});
