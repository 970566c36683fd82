import path from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import { OfficeWorkbookService } from "../../src/adapters/office/service";
import { FakeWorkbook, PROFILES, type HostProfile } from "../fakes/excel";
import { fakeOffice, type FakeOfficeOptions } from "../fakes/office-common";

export const SAMPLE_BLOCK = path.join(__dirname, "..", "..", "assets", "samples", "ueda-r2-chukan-block.xlsx");
export const SAMPLE_LIST = path.join(__dirname, "..", "..", "assets", "samples", "ueda-r2-chukan-list.xlsx");
export const SAMPLE_SHEET = "市民まちづくり推進部";

/** 待たずに繰り返す（編集中の試験用）。 */
export const noWait = {
  timeoutMs: 50,
  intervalMs: 10,
  sleep: () => Promise.resolve(),
  now: (() => {
    let t = 0;
    return () => (t += 20);
  })(),
};

/** 見本ブックを、ホストの型ごとの厳しい模擬 Excel に入れる。 */
export async function sampleBook(profile: HostProfile = PROFILES.web, file = SAMPLE_BLOCK): Promise<FakeWorkbook> {
  return FakeWorkbook.fromSnapshots((await XlsxWorkbook.open(file)).snapshot().sheets, profile);
}

/** 模擬の Office を大域に置き（PDF の取り出しが Office.FileType などを使う）、サービスを作る。 */
export function serviceFor(book: FakeWorkbook, options: FakeOfficeOptions & { retry?: typeof noWait } = {}) {
  const office = fakeOffice(book, options);
  (globalThis as unknown as { Office: unknown }).Office = office.Office;
  const context = office.Office.context as { document: Office.Document & { settings: Office.Settings } };
  const service = new OfficeWorkbookService({
    run: book.run,
    isSetSupported: book.isSetSupported,
    platform: book.profile.platform,
    settings: context.document.settings,
    document: context.document,
    retry: options.retry ?? noWait,
  });
  return { service, office };
}
