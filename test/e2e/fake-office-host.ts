/**
 * ブラウザーの試験で office.js の代わりに読み込ませる模擬の Office・Excel（厳しい模擬 Excel）。
 * window.__SAMPLE_SHEETS__（見本ブックのスナップショット）と window.__PROFILE__（ホストの型）から模擬のブックを作る。
 */
import type { SheetSnapshot } from "../../src/core/snapshot";
import { FakeWorkbook, PROFILES, type HostProfile } from "../fakes/excel";
import { fakeOffice, type FakeOffice } from "../fakes/office-common";

declare global {
  interface Window {
    __SAMPLE_SHEETS__: SheetSnapshot[];
    __PROFILE__?: HostProfile["id"];
    __fakeBook: FakeWorkbook;
    __fakeOffice: FakeOffice;
  }
}

const book = FakeWorkbook.fromSnapshots(window.__SAMPLE_SHEETS__, PROFILES[window.__PROFILE__ ?? "web"]);
const office = fakeOffice(book);
window.__fakeBook = book;
window.__fakeOffice = office;
const globals = window as unknown as Record<string, unknown>;
globals.Excel = { run: book.run };
globals.Office = office.Office;
