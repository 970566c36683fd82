/**
 * npm run bench：1,000・10,000・100,000 目標の合成ブックで、核の速さ（スナップショット → 変更の一式）と、
 * CLI の端から端までの時間・最大メモリを測る。
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { evaluateWorkbook } from "../src/core/evaluate-workbook";
import { defaultSettings } from "../src/core/evaluate/settings";
import { syntheticSnapshot, writeSynthetic } from "./lib/synthetic";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const ROOT = path.join(__dirname, "..");

function coreThroughput(targets: number): { ms: number; perSecond: number; counted: number } {
  const snapshot = { sheets: [syntheticSnapshot(targets)], state: null };
  evaluateWorkbook(snapshot, defaultSettings());
  const runs = targets >= 100000 ? 1 : 3;
  let best = Number.POSITIVE_INFINITY;
  let counted = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const result = evaluateWorkbook(snapshot, defaultSettings());
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    counted = result.sheets.reduce((n, s) => n + s.evaluation.goals.reduce((m, g) => m + g.items.reduce((k, it) => k + it.targets.length, 0), 0), 0);
  }
  return { ms: best, perSecond: (counted / best) * 1000, counted };
}

async function cliEndToEnd(targets: number, dir: string): Promise<{ ms: number; maxRssMb: number }> {
  const input = path.join(dir, `synthetic-${targets}.xlsx`);
  const wb = new ExcelJS.Workbook();
  writeSynthetic(wb.addWorksheet("総務部"), targets);
  await wb.xlsx.writeFile(input);
  const t0 = Date.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", input, "--out", path.join(dir, `out-${targets}.xlsx`), "--json"], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, JUTEN_REPORT_RESOURCES: "1" }, maxBuffer: 1 << 30,
  });
  const ms = Date.now() - t0;
  if (run.status !== 0) throw new Error(`CLI failed (${run.status}): ${run.stderr.slice(-500)}`);
  const m = /resources: (\{.*\})/.exec(run.stderr);
  const maxRssKb = m?.[1] ? (JSON.parse(m[1]) as { maxRssKb: number }).maxRssKb : Number.NaN;
  return { ms, maxRssMb: maxRssKb / 1024 };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juten-bench-"));
  const rows: string[] = ["| targets | core ms | core targets/s | core µs/target | CLI s | CLI µs/target | CLI peak RSS MB |", "|---:|---:|---:|---:|---:|---:|---:|"];
  try {
    for (const n of SIZES) {
      process.stderr.write(`測定中：${n.toLocaleString()} 目標…\n`);
      const core = coreThroughput(n);
      const cli = await cliEndToEnd(n, dir);
      rows.push(`| ${core.counted.toLocaleString()} | ${core.ms.toFixed(0)} | ${Math.round(core.perSecond).toLocaleString()} | ${((core.ms * 1000) / core.counted).toFixed(1)} | ${(cli.ms / 1000).toFixed(2)} | ${((cli.ms * 1000) / core.counted).toFixed(0)} | ${cli.maxRssMb.toFixed(0)} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${rows.join("\n")}\n(node ${process.version}, ${os.cpus().length} cores)\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`ベンチマークに失敗しました：${String(e)}\n`);
  process.exitCode = 1;
});
