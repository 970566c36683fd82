/**
 * npm run screenshots：README の絵を今のコードで作り直す（絵が実物とずれないように）。
 * - 見本の 2 つの形を CLI（--pdf）で議会用 PDF にし、1 ページ目と、評価集計のページを PNG にする（pdftoppm、70 dpi）。
 * - 作業ウィンドウの絵は、ブラウザーの試験（npm run test:e2e）が撮ったもの（test/e2e/artifacts/taskpane.png）を写す。
 *   --pdf-only なら PDF の絵だけを作る。
 * test/pdf.test.ts が、PDF の絵が今のコードの PDF と同じかを確かめる。
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../src/cli/run";

const ROOT = path.join(__dirname, "..");
export const SCREENSHOTS = path.join(ROOT, "assets", "screenshots");
const SAMPLES = path.join(ROOT, "assets", "samples");
/** README の PDF の絵の解像度（A4 横が 819 × 579 px）。 */
export const PAGE_DPI = 70;

/** PDF の 1 ページを PNG にする。 */
export function pageImage(pdf: string, page: number, png: string): void {
  const prefix = png.replace(/\.png$/, "");
  execFileSync("pdftoppm", ["-png", "-r", String(PAGE_DPI), "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
}

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
}

/** 見本の layout の形の議会用 PDF を dir に作る。 */
export async function samplePdf(layout: "block" | "list", dir: string): Promise<string> {
  const pdf = path.join(dir, `${layout}.pdf`);
  let stderr = "";
  const code = await runCli([path.join(SAMPLES, `ueda-r2-chukan-${layout}.xlsx`), "--pdf", pdf], {
    out: () => undefined,
    err: (t) => (stderr += t),
  });
  if (code !== 0) throw new Error(`見本（${layout}）の PDF を作れませんでした：${stderr}`);
  return pdf;
}

async function pdfImages(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juten-screenshots-"));
  try {
    for (const layout of ["block", "list"] as const) {
      const pdf = await samplePdf(layout, dir);
      pageImage(pdf, 1, path.join(SCREENSHOTS, `pdf-${layout}-page1.png`));
      if (layout === "block") pageImage(pdf, pageCount(pdf), path.join(SCREENSHOTS, "pdf-summary.png"));
      process.stderr.write(`PDF の絵を作りました（${layout}）\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function taskpaneImage(): void {
  const run = spawnSync("npm", ["run", "test:e2e"], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) throw new Error("ブラウザーの試験が通らないため、作業ウィンドウの絵を作り直していません。");
  const staged = path.join(SCREENSHOTS, ".taskpane.png.tmp");
  copyFileSync(path.join(ROOT, "test", "e2e", "artifacts", "taskpane.png"), staged);
  renameSync(staged, path.join(SCREENSHOTS, "taskpane.png"));
  process.stderr.write("作業ウィンドウの絵を写しました\n");
}

async function main(): Promise<void> {
  await pdfImages();
  if (!process.argv.includes("--pdf-only")) taskpaneImage();
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`絵を作り直せませんでした：${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
