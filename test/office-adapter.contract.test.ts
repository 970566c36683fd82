import { OfficeWorkbookPort } from "../src/adapters/office/port";
import { detectCapabilities } from "../src/adapters/office/requirements";
import { runSnapshotPortContract } from "./contract/snapshot-port";
import { fakeFromFixture, isSetSupported, PROFILE_IDS, PROFILES } from "./fakes/excel";
import { applyPreconditions, fakeProbe } from "./fakes/excel/probe";

const noWait = { timeoutMs: 0, intervalMs: 0, sleep: () => Promise.resolve(), now: () => 0 };

/**
 * 同じ約束の試験を、評価できるホストの型（web・Windows・Mac）ごとの厳しい模擬 Excel で。
 * Office 2019（ExcelApi 1.7）は評価を断る（test/office-service.test.ts）。
 */
for (const id of PROFILE_IDS.filter((p) => detectCapabilities((n, v) => isSetSupported(PROFILES[p], n, v)).evaluate)) {
  const profile = PROFILES[id];
  const caps = detectCapabilities((n, v) => isSetSupported(profile, n, v), profile.platform);
  runSnapshotPortContract(
    `office.js（模擬 Excel：${profile.label}）`,
    async (fixture, pre) => {
      const book = fakeFromFixture(fixture, profile);
      applyPreconditions(book, pre);
      return { port: new OfficeWorkbookPort(book.run, caps, noWait), probe: fakeProbe(book) };
    },
    { notes: caps.notes },
  );
}
