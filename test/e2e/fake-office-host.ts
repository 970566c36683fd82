/**
 * ブラウザーの試験で office.js の代わりに読み込ませる模擬の Office・Excel。
 * window.__SAMPLE_SHEETS__（見本ブックのスナップショット）から模擬のブックを作る。
 */
import type { SheetSnapshot } from "../../src/core/snapshot";
import { FakeWorkbook } from "../fakes/fake-excel";

declare global {
  interface Window {
    __SAMPLE_SHEETS__: SheetSnapshot[];
    __fakeBook: FakeWorkbook;
  }
}

const book = FakeWorkbook.fromSnapshots(window.__SAMPLE_SHEETS__);
const store = new Map<string, unknown>();
window.__fakeBook = book;
const globals = window as unknown as Record<string, unknown>;
globals.Excel = { run: book.run };
globals.Office = {
  onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
  context: {
    displayLanguage: "ja-JP",
    officeTheme: { bodyBackgroundColor: "#FFFFFF" },
    requirements: { isSetSupported: (n: string, v?: string) => n === "PdfFile" || book.isSetSupported(n, v) },
    document: {
      getFileAsync: (_t: unknown, _o: unknown, cb: (r: unknown) => void) => {
        const bytes = Array.from(new TextEncoder().encode("%PDF-1.4 simulated"));
        cb({ status: "succeeded", value: { size: bytes.length, sliceCount: 1, getSliceAsync: (_i: number, done: (r: unknown) => void) => done({ status: "succeeded", value: { data: bytes } }), closeAsync: () => undefined } });
      },
      settings: {
        get: (k: string) => store.get(k) ?? null,
        set: (k: string, v: unknown) => store.set(k, v),
        saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
      },
    },
  },
  actions: { associate: () => undefined },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  FileType: { Pdf: "pdf" },
};
