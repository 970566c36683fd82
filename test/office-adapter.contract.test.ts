import { OfficeWorkbookPort } from "../src/adapters/office/port";
import { detectCapabilities } from "../src/adapters/office/requirements";
import { runSnapshotPortContract } from "./contract/snapshot-port";
import { fakeFromFixture, isSetSupported, PROFILE_IDS, PROFILES } from "./fakes/excel";

const noWait = { timeoutMs: 0, intervalMs: 0, sleep: () => Promise.resolve(), now: () => 0 };

/**
 * 同じ約束の試験を、評価できるホストの型（web・Windows・Mac）ごとの厳しい模擬 Excel で。
 * Office 2019（ExcelApi 1.7）は評価を断る（test/office-profiles.test.ts）。
 */
for (const id of PROFILE_IDS.filter((p) => detectCapabilities((n, v) => isSetSupported(PROFILES[p], n, v)).evaluate)) {
  const profile = PROFILES[id];
  runSnapshotPortContract(`office.js（模擬 Excel：${profile.label}）`, async (fixture) => {
    const book = fakeFromFixture(fixture, profile);
    return new OfficeWorkbookPort(book.run, detectCapabilities(book.isSetSupported, profile.platform), noWait);
  });
}
