/** 印刷設定・PDF保存を、ホストの型ごとの厳しい模擬 Excel で。 */
import { defaultSettings } from "../src/core/evaluate/settings";
import { STATE_SHEET } from "../src/core/state";
import { PROFILES } from "./fakes/excel";
import { sampleBook, SAMPLE_LIST, SAMPLE_SHEET, serviceFor } from "./helpers/office";

const EVALUATING = [PROFILES.web, PROFILES.windows, PROFILES.mac];

describe.each(EVALUATING.map((p) => [p.label, p] as const))("印刷設定（%s）", (_label, profile) => {
  it("sets A4 landscape, one page wide, repeated header rows, the print area, breaks and the footer, and adds 評価集計", async () => {
    const book = await sampleBook(profile, SAMPLE_LIST);
    const { service } = serviceFor(book);
    const outcome = await service.printSetup(defaultSettings());
    const print = book.sheet(SAMPLE_SHEET)?.print;
    expect(print?.orientation).toBe("Landscape");
    expect(print?.paperSize).toBe("A4");
    expect(print?.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(print?.titleRows).toBe("$5:$5");
    expect(print?.printArea).toMatch(/^A1:F3\d$/);
    expect(print?.centerFooter).toContain("市民まちづくり推進部・上田地域自治Ｃ");
    expect(print?.centerFooter).toContain("&P / &N");
    expect(print?.breaks.length).toBeGreaterThan(0);
    expect(book.text("評価集計", "A1")).toContain("評価集計");
    expect([book.formulaWrites, book.unsyncedActions]).toEqual([0, 0]);
    expect(outcome.notes).toEqual([]);
  });

  it("元に戻す puts the print settings back and removes 評価集計 and the record sheet", async () => {
    const book = await sampleBook(profile, SAMPLE_LIST);
    const sheets = book.sheets.map((s) => s.name);
    const original = structuredClone(book.sheet(SAMPLE_SHEET)!.print);
    const { service } = serviceFor(book);
    await service.printSetup(defaultSettings());
    await service.undoWithNotes();
    expect(book.sheet(SAMPLE_SHEET)!.print).toEqual(original);
    expect(book.sheets.map((s) => s.name)).toEqual(sheets);
    expect(book.sheet(STATE_SHEET)).toBeUndefined();
  });
});

describe("評価計算のときに印刷設定も", () => {
  it("runs as part of 評価計算", async () => {
    const book = await sampleBook(PROFILES.web, SAMPLE_LIST);
    const { service } = serviceFor(book);
    await service.evaluate({ ...defaultSettings(), printOnEvaluate: true }, () => undefined);
    expect(book.sheet(SAMPLE_SHEET)?.print.orientation).toBe("Landscape");
  });

  it("when Excel refuses the print settings, the evaluation and its record stay written and a note says what to do", async () => {
    const book = await sampleBook(PROFILES.windows, SAMPLE_LIST);
    // 印刷設定を Excel に断らせる（プリンターのない PC など）
    book.refusals.push({ match: /pageLayout\.(orientation|setPrintArea)/, code: "GeneralException", message: "No printer is installed." });
    const { service } = serviceFor(book);
    const outcome = await service.evaluate({ ...defaultSettings(), printOnEvaluate: true }, () => undefined).catch((e: unknown) => e);
    expect(outcome).not.toBeInstanceOf(Error);
    expect(book.text(SAMPLE_SHEET, "F21")).not.toBe("");
    expect(book.sheet(STATE_SHEET)).toBeDefined();
    expect((outcome as { notes: string[] }).notes.join("\n")).toContain("印刷設定の途中で Excel が受け付けませんでした");
  });
});

describe("PDF保存", () => {
  it("Excel on the web: applies 印刷設定, then offers the PDF itself", async () => {
    const book = await sampleBook(PROFILES.web, SAMPLE_LIST);
    const { service } = serviceFor(book, {
      pdfSlices: [
        [0x25, 0x50],
        [0x44, 0x46],
      ],
    });
    const outcome = await service.savePdf(defaultSettings());
    expect(outcome.kind).toBe("download");
    if (outcome.kind !== "download") return;
    expect(Buffer.from(await outcome.blob.arrayBuffer()).toString()).toBe("%PDF");
    expect(book.sheet(SAMPLE_SHEET)?.print.orientation).toBe("Landscape");
  });

  it("Excel on the web: a 0-byte PDF becomes the steps to download it from Excel, with the reason", async () => {
    const book = await sampleBook(PROFILES.web, SAMPLE_LIST);
    const { service } = serviceFor(book, { pdfSlices: [] });
    const outcome = await service.savePdf(defaultSettings());
    expect(outcome.kind).toBe("steps");
    expect(outcome.kind === "steps" && outcome.steps).toMatch(/0 バイト[\s\S]*PDF としてダウンロード/);
  });

  it.each([
    [PROFILES.windows, /エクスポート > PDF\/XPS/],
    [PROFILES.mac, /名前を付けて保存[\s\S]*ファイル形式/],
  ] as const)(
    "%s: no Blob link (the webview cannot download it); 印刷設定 is applied and the steps say how to save from Excel",
    async (profile, steps) => {
      const book = await sampleBook(profile, SAMPLE_LIST);
      const { service } = serviceFor(book);
      const outcome = await service.savePdf(defaultSettings());
      expect(outcome.kind).toBe("steps");
      expect(outcome.kind === "steps" && outcome.steps).toMatch(steps);
      expect(book.sheet(SAMPLE_SHEET)?.print.orientation).toBe("Landscape");
    },
  );
});
