import path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { OfficeWorkbookService } from "../src/adapters/office/service";
import { defaultSettings } from "../src/core/evaluate/settings";
import { FakeWorkbook } from "./fakes/fake-excel";
import { EvaluationError } from "../src/core/errors";

const SAMPLE = path.join(__dirname, "..", "assets", "samples", "ueda-r2-chukan-list.xlsx");
const SHEET = "市民まちづくり推進部";

(globalThis as unknown as { Office: unknown }).Office = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" }, FileType: { Pdf: "pdf" } };

async function book(apiVersion = "1.13"): Promise<FakeWorkbook> {
  const b = FakeWorkbook.fromSnapshots((await XlsxWorkbook.open(SAMPLE)).snapshot().sheets);
  b.apiVersion = apiVersion;
  return b;
}

type FileResult = { status: string; value?: unknown; error?: { message: string } };
function pdfDocument(slices: number[][]) {
  const size = slices.reduce((n, s) => n + s.length, 0);
  return {
    getFileAsync: (_type: unknown, _opts: unknown, cb: (r: FileResult) => void) =>
      cb({ status: "succeeded", value: { size, sliceCount: slices.length, getSliceAsync: (i: number, done: (r: FileResult) => void) => done({ status: "succeeded", value: { data: slices[i] } }), closeAsync: () => undefined } }),
  } as unknown as Pick<Office.Document, "getFileAsync">;
}

function service(b: FakeWorkbook, document?: Pick<Office.Document, "getFileAsync">, pdf = true) {
  return new OfficeWorkbookService({ run: b.run, isSetSupported: (n, v) => (n === "PdfFile" ? pdf : b.isSetSupported(n, v)), document });
}

describe("印刷設定（pageLayout）", () => {
  it("sets A4 landscape, one page wide, repeated header rows, the print area, breaks and the footer in 3 syncs", async () => {
    const b = await book();
    const outcome = await service(b).printSetup(defaultSettings());
    expect(outcome.syncs).toBe(3);
    const print = b.sheet(SHEET)?.print;
    expect(print?.orientation).toBe("Landscape");
    expect(print?.paperSize).toBe("A4");
    expect(print?.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(print?.titleRows).toBe("$5:$5");
    expect(print?.area).toMatch(/^A1:F3\d$/);
    expect(print?.centerFooter).toContain("市民まちづくり推進部・上田地域自治Ｃ");
    expect(print?.centerFooter).toContain("&P / &N");
    expect(print?.breaks.length).toBeGreaterThan(0);
    expect(b.text("評価集計", "A1")).toContain("評価集計");
  });

  it("can run as part of 評価計算 without an extra sync", async () => {
    const b = await book();
    const outcome = await service(b).evaluate({ ...defaultSettings(), printOnEvaluate: true }, () => undefined);
    expect(outcome.syncs).toBe(3);
    expect(b.sheet(SHEET)?.print?.orientation).toBe("Landscape");
  });

  it("Office 2019 (no ExcelApi 1.9) gets the manual steps instead", async () => {
    const b = await book("1.8");
    await expect(service(b).printSetup(defaultSettings())).rejects.toThrow("ページ レイアウト > 印刷の向き > 横");
  });
});

describe("PDF保存（getFileAsync）", () => {
  it("reads every slice into one PDF", async () => {
    const blob = await service(await book(), pdfDocument([[0x25, 0x50], [0x44, 0x46]])).exportPdf();
    expect(blob.size).toBe(4);
    expect(Buffer.from(await blob.arrayBuffer()).toString()).toBe("%PDF");
  });

  it("a 0-byte result is a failure that tells how to export by hand", async () => {
    const error = await service(await book(), pdfDocument([])).exportPdf().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvaluationError);
    expect((error as EvaluationError).describe()).toContain("0 バイト");
    expect((error as EvaluationError).describe()).toContain("ファイル > エクスポート");
  });

  it("without the PdfFile requirement set it explains instead of crashing", async () => {
    await expect(service(await book(), pdfDocument([[1]]), false).exportPdf()).rejects.toThrow("PdfFile");
  });
});
