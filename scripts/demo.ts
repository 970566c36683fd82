/**
 * npm run demo：見本ブック（上田市 令和2年度 中間報告調書、調書形式と一覧形式）を評価し、
 * 評価したブックを out/ に書き、目標・項目・記号・根拠の率を表示する。
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { runCli } from "../src/cli/run";
import { findSoffice } from "../src/cli/libreoffice";

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "out");

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const io = { out: (t: string) => process.stdout.write(t), err: (t: string) => process.stderr.write(t) };
  const pdf = findSoffice() !== null;
  if (!pdf) process.stderr.write("LibreOffice がないため PDF は作りません（apt-get install libreoffice-calc-nogui fonts-noto-cjk）。\n");
  for (const layout of ["block", "list"]) {
    const input = path.join(ROOT, "assets", "samples", `ueda-r2-chukan-${layout}.xlsx`);
    const output = path.join(OUT, `ueda-r2-chukan-${layout}.evaluated.xlsx`);
    process.stdout.write(`\n===== ${layout === "block" ? "調書形式" : "一覧形式"}：${path.relative(ROOT, input)} =====\n`);
    const pdfArgs = pdf ? ["--pdf", path.join(OUT, `ueda-r2-chukan-${layout}.pdf`)] : [];
    const code = await runCli([input, "--out", output, ...pdfArgs], io);
    if (code !== 0) return code;
  }
  process.stdout.write(
    `\n評価したブック：${path.relative(ROOT, OUT)}/ueda-r2-chukan-{block,list}.evaluated.xlsx${pdf ? `、PDF：${path.relative(ROOT, OUT)}/ueda-r2-chukan-{block,list}.pdf` : ""}\n`,
  );
  return 0;
}

main().then((code) => (process.exitCode = code));
