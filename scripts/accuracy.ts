/**
 * npm run accuracy：実在の資料から作ったコーパス（test/corpus/real/*.csv）を、調書形式・一覧形式などの
 * ブックに並べ、CLI と同じ道筋（.xlsx のアダプター → 核 → JSON）で評価し、人が考えた期待値と比べる。
 * --misses は間違えた目標を、--silent は要確認なしで間違えたものだけを、--asked は要確認にしたがコーパスでは決まる項目を出す。
 * 最後の行：accuracy: rates R%, marks M%, silently wrong S%, review V%, N targets from K sources
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../src/cli/run";
import type { EvaluationReport } from "../src/services/workbook-service";
import { CORPUS_LAYOUTS, corpusWorkbook } from "./lib/corpus/layouts";
import { groupSources, readCorpusRows, type CorpusSource } from "./lib/corpus/rows";
import { addScore, emptyScore, scoreItem, SILENT_TAG, type Score } from "./lib/corpus/score";

const dirArg = process.argv.indexOf("--dir");
const CORPUS =
  dirArg >= 0 && process.argv[dirArg + 1]
    ? path.resolve(process.argv[dirArg + 1] as string)
    : path.join(__dirname, "..", "test", "corpus", "real");
const pct = (n: number, d: number): string => (d === 0 ? "-" : ((100 * n) / d).toFixed(1));

async function evaluateFile(file: string): Promise<EvaluationReport> {
  let stdout = "";
  let stderr = "";
  const code = await runCli([file, "--json"], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  if (code !== 0) throw new Error(`${file}: 終了コード ${code}\n${stderr}`);
  return JSON.parse(stdout) as EvaluationReport;
}

async function scoreSource(source: CorpusSource, dir: string): Promise<Score> {
  let total = emptyScore();
  for (const layout of CORPUS_LAYOUTS) {
    const { workbook, placed } = corpusWorkbook(source, layout);
    const file = path.join(dir, `${source.id.replace(/[^A-Za-z0-9-]/g, "_")}-${layout}.xlsx`);
    await workbook.xlsx.writeFile(file);
    const doc = await evaluateFile(file);
    for (const p of placed)
      total = addScore(total, { ...scoreItem(doc, p), misses: scoreItem(doc, p).misses.map((m) => `[${layout}] ${m}`) });
  }
  return total;
}

function line(label: string, s: Score): string {
  return `${label.padEnd(44)} ${String(s.targets).padStart(5)} ${pct(s.ratesRight, s.targets).padStart(6)} ${pct(s.marksRight, s.items).padStart(6)} ${pct(s.silentlyWrong, s.items).padStart(6)} ${pct(s.review, s.items).padStart(6)}`;
}

async function main(): Promise<void> {
  const rows = readCorpusRows(CORPUS);
  const sources = groupSources(rows);
  const dir = mkdtempSync(path.join(os.tmpdir(), "juten-accuracy-"));
  const silentOnly = process.argv.includes("--silent");
  const asked = process.argv.includes("--asked");
  const verbose = silentOnly || process.argv.includes("--misses");
  let total = emptyScore();
  try {
    process.stdout.write(
      `${"source（報告）".padEnd(44)} ${"obs".padStart(5)} ${"rates".padStart(6)} ${"marks".padStart(6)} ${"silent".padStart(6)} ${"review".padStart(6)}\n`,
    );
    for (const source of sources) {
      const s = await scoreSource(source, dir);
      total = addScore(total, s);
      process.stdout.write(line(source.id, s) + "\n");
      const shown = silentOnly ? s.misses.filter((m) => m.includes(SILENT_TAG)) : s.misses;
      if (verbose) for (const m of shown) process.stdout.write(`    ${m}\n`);
      if (asked) for (const m of new Set(s.asked)) process.stdout.write(`    ［要確認］${m}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const documents = new Set(rows.map((r) => r.sourceUrl)).size;
  process.stdout.write(`${line("合計（" + CORPUS_LAYOUTS.join("・") + " の形ごとに数えた）", total)}\n`);
  process.stdout.write(`${rows.length} 行、${documents} 資料、${new Set(rows.map((r) => r.body)).size} 団体\n`);
  const r = (n: number, d: number): string => pct(n, d);
  process.stdout.write(
    `accuracy: rates ${r(total.ratesRight, total.targets)}%, marks ${r(total.marksRight, total.items)}%, silently wrong ${r(total.silentlyWrong, total.items)}%, review ${r(total.review, total.items)}%, ${rows.length} targets from ${documents} sources\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
