/**
 * npm run bench：1,000・10,000・100,000 目標の合成ブックで、核の速さ（スナップショット → 変更の一式）と、
 * CLI の端から端までの時間・最大メモリを測る。核は、作業ウィンドウと同じく束ねた形（bundled）と、
 * CLI と同じく tsx で読み込んだ形の両方で測る（tsx は関数名を残すための呼び出しが増えるぶん遅い）。
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { build } from "esbuild";
import { measureCore } from "./lib/core-throughput";
import { measureOffice, officeRows, type OfficeRun } from "./lib/office-bench";
import { writeSynthetic } from "./lib/synthetic";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const ROOT = path.join(__dirname, "..");

/** 核を esbuild で束ねて（作業ウィンドウの本番ビルドと同じく名前保持なし）別のプロセスで測る。 */
async function bundledCore(dir: string): Promise<string> {
  const file = path.join(dir, "core-throughput.js");
  await build({
    entryPoints: [path.join(__dirname, "lib", "core-throughput.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    outfile: file,
    minify: true,
  });
  return file;
}

function coreInProcess(targets: number): { ms: number; perSecond: number; counted: number } {
  const { ms, counted } = measureCore(targets);
  return { ms, counted, perSecond: (counted / ms) * 1000 };
}

function coreBundled(file: string, targets: number): { ms: number; perSecond: number } {
  const run = spawnSync(process.execPath, [file, String(targets)], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(run.stderr);
  const { ms, counted } = JSON.parse(run.stdout) as { ms: number; counted: number };
  return { ms, perSecond: (counted / ms) * 1000 };
}

/** The CLI as a clerk runs it (bundled like npm run build:cli), or under tsx as npm run evaluate runs it. */
async function bundledCli(dir: string): Promise<string> {
  const file = path.join(dir, "juten-hyoka.js");
  await build({
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    outfile: file,
    minify: true,
    logLevel: "warning",
  });
  return file;
}

async function syntheticBook(targets: number, dir: string): Promise<string> {
  const input = path.join(dir, `synthetic-${targets}.xlsx`);
  const wb = new ExcelJS.Workbook();
  writeSynthetic(wb.addWorksheet("総務部"), targets);
  await wb.xlsx.writeFile(input);
  return input;
}

function cliEndToEnd(entry: string[], input: string, dir: string): { ms: number; maxRssMb: number } {
  const t0 = Date.now();
  const run = spawnSync(process.execPath, [...entry, input, "--out", path.join(dir, "out.xlsx"), "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, JUTEN_REPORT_RESOURCES: "1" },
    maxBuffer: 1 << 30,
  });
  const ms = Date.now() - t0;
  if (run.status !== 0) throw new Error(`CLI failed (${run.status}): ${run.stderr.slice(-500)}`);
  const m = /resources: (\{.*\})/.exec(run.stderr);
  const maxRssKb = m?.[1] ? (JSON.parse(m[1]) as { maxRssKb: number }).maxRssKb : Number.NaN;
  return { ms, maxRssMb: maxRssKb / 1024 };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juten-bench-"));
  const rows: string[] = [
    "| targets | core (bundled) ms | core (bundled) targets/s | core (tsx) targets/s | core µs/target (bundled) | CLI s (compiled) | CLI µs/target | CLI peak RSS MB | CLI s (tsx, npm run evaluate) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  try {
    const bundle = await bundledCore(dir);
    const cliBundle = await bundledCli(dir);
    for (const n of SIZES) {
      process.stderr.write(`測定中：${n.toLocaleString()} 目標…\n`);
      const core = coreInProcess(n);
      const bundled = coreBundled(bundle, n);
      const input = await syntheticBook(n, dir);
      const cli = cliEndToEnd([cliBundle], input, dir);
      const tsx = cliEndToEnd(["--import", "tsx", "src/cli/main.ts"], input, dir);
      const k = (x: number): string => Math.round(x).toLocaleString();
      rows.push(
        `| ${core.counted.toLocaleString()} | ${bundled.ms.toFixed(0)} | ${k(bundled.perSecond)} | ${k(core.perSecond)} | ${((bundled.ms * 1000) / core.counted).toFixed(1)} | ${(cli.ms / 1000).toFixed(2)} | ${((cli.ms * 1000) / core.counted).toFixed(0)} | ${cli.maxRssMb.toFixed(0)} | ${(tsx.ms / 1000).toFixed(2)} |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${rows.join("\n")}\n(node ${process.version}, ${os.cpus().length} cores)\n`);
  const office: OfficeRun[] = [];
  for (const n of SIZES) office.push(...(await measureOffice(n)));
  process.stdout.write(
    `\nExcel on the web (strict simulated Excel, 5 MB limit): syncs and bytes per evaluation\n${officeRows(office).join("\n")}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`ベンチマークに失敗しました：${String(e)}\n`);
  process.exitCode = 1;
});
