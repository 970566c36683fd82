/**
 * npm run bench の Excel の部分：合成ブック（1,000・10,000・100,000 目標）を、厳しい模擬 Excel の
 * Excel on the web の型（要求・応答 5 MB まで）で評価し、1 回の評価にかかる同期の回数と要求・応答の大きさを測る。
 * 1 回目（記録なし）と 2 回目（記録あり・書き込みなし）を測る。
 */
import { OfficeWorkbookService } from "../../src/adapters/office/service";
import { defaultSettings } from "../../src/core/evaluate/settings";
import { FakeWorkbook, PROFILES, type SyncStats } from "../../test/fakes/excel";
import { syntheticSnapshot } from "./synthetic";

export interface OfficeRun {
  targets: number;
  run: "1回目" | "2回目";
  stats: SyncStats;
  ms: number;
}

const noWait = { timeoutMs: 0, intervalMs: 0, sleep: () => Promise.resolve(), now: () => 0 };

export async function measureOffice(targets: number): Promise<OfficeRun[]> {
  const book = FakeWorkbook.fromSnapshots([syntheticSnapshot(targets)], PROFILES.web);
  const service = new OfficeWorkbookService({
    run: book.run,
    isSetSupported: book.isSetSupported,
    platform: book.profile.platform,
    retry: noWait,
  });
  const out: OfficeRun[] = [];
  for (const run of ["1回目", "2回目"] as const) {
    book.resetStats();
    const t0 = Date.now();
    await service.evaluate(defaultSettings(), () => undefined);
    out.push({ targets, run, stats: { ...book.stats }, ms: Date.now() - t0 });
  }
  return out;
}

const mb = (n: number): string => (n / 1e6).toFixed(2);

/** 表の行（Markdown）。 */
export function officeRows(runs: OfficeRun[]): string[] {
  return [
    "| targets | run | syncs | refused (5 MB) | request MB | response MB | largest request MB | largest response MB | simulated ms |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ...runs.map(
      (r) =>
        `| ${r.targets.toLocaleString()} | ${r.run} | ${r.stats.syncs} | ${r.stats.refused} | ${mb(r.stats.requestBytes)} | ${mb(r.stats.responseBytes)} | ${mb(r.stats.largestRequest)} | ${mb(r.stats.largestResponse)} | ${r.ms} |`,
    ),
  ];
}

if (require.main === module) {
  const sizes = (process.argv[2] ?? "1000,10000,100000").split(",").map(Number);
  (async () => {
    const runs: OfficeRun[] = [];
    for (const n of sizes) runs.push(...(await measureOffice(n)));
    process.stdout.write(`${officeRows(runs).join("\n")}\n`);
  })().catch((e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exitCode = 1;
  });
}
