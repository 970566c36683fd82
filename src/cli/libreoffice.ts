import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from "node:fs";
import { writeError } from "../adapters/xlsx/fs-errors";
import { trackTemp, untrackTemp } from "../adapters/xlsx/temp-files";
import { trackProcessGroup, untrackProcessGroup } from "./cleanup";
import os from "node:os";
import path from "node:path";
import { EvaluationError } from "../core/errors";

const CANDIDATES = [
  "soffice",
  "libreoffice",
  "/usr/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
];

/** LibreOffice の soffice を探す（SOFFICE で指定もできる）。なければ null。 */
export function findSoffice(): string | null {
  const list = process.env.SOFFICE ? [process.env.SOFFICE] : CANDIDATES;
  for (const cmd of list) {
    if (path.isAbsolute(cmd) ? existsSync(cmd) : spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).status === 0)
      return cmd;
  }
  return null;
}

function missing(): EvaluationError {
  return new EvaluationError(
    "pdf-failed",
    "pdf",
    "PDF を作るための LibreOffice が見つかりません。",
    "Debian/Ubuntu なら `sudo apt-get install libreoffice-calc-nogui fonts-noto-cjk` で入れてから、もう一度実行してください（Excel があれば、作業ウィンドウの「PDF保存」でも作れます）。",
  );
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    // 別のプロセスグループで動かし、時間切れのときは soffice.bin ごと止める
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"], detached: true });
    if (child.pid) trackProcessGroup(child.pid);
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", (e) => (stderr += String(e)));
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (child.pid) untrackProcessGroup(child.pid);
      resolve({ code, stderr, timedOut });
    });
  });
}

/**
 * .xlsx を LibreOffice（headless）で PDF にする。時間切れ・失敗のときは、書きかけのファイルを残さない。
 * 別の利用者設定（-env:UserInstallation）で動かすので、開いている LibreOffice とぶつからない。
 */
export async function convertToPdf(
  xlsx: string,
  target: string,
  timeoutMs = Number(process.env.JUTEN_PDF_TIMEOUT_MS) || 180_000,
): Promise<void> {
  const soffice = findSoffice();
  if (!soffice) throw missing();
  const work = mkdtempSync(path.join(os.tmpdir(), "juten-pdf-"));
  trackTemp(work);
  try {
    const profile = `file://${path.join(work, "profile")}`;
    const result = await run(
      soffice,
      [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, xlsx],
      timeoutMs,
    );
    const produced = path.join(work, `${path.basename(xlsx, path.extname(xlsx))}.pdf`);
    if (result.timedOut)
      throw new EvaluationError(
        "pdf-failed",
        "pdf",
        `PDF への変換が ${Math.round(timeoutMs / 1000)} 秒で終わりませんでした。`,
        "ブックが大きすぎないか確かめ、もう一度実行してください。",
      );
    if (result.code !== 0 || !existsSync(produced) || statSync(produced).size === 0) {
      throw new EvaluationError(
        "pdf-failed",
        "pdf",
        `LibreOffice が PDF を作れませんでした（終了コード ${result.code}）。${result.stderr.trim().slice(0, 300)}`,
        "ブックを Excel か LibreOffice で開けるか確かめてください。",
      );
    }
    const staged = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.tmp`);
    trackTemp(staged);
    try {
      copyFileSync(produced, staged);
      renameSync(staged, target);
    } catch (e) {
      rmSync(staged, { force: true });
      throw writeError(target, e, "pdf");
    } finally {
      untrackTemp(staged);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    untrackTemp(work);
  }
}
