import { existsSync, promises as fs, realpathSync } from "node:fs";
import path from "node:path";
import { writeError } from "../adapters/xlsx/fs-errors";
import { tempNameFor } from "../adapters/xlsx/save";
import { removeIfPresent, trackTemp, untrackTemp } from "../adapters/xlsx/temp-files";
import { EvaluationError } from "../core/errors";

/** The path a name will have on disk (symbolic links of the folder resolved), to compare outputs. */
export function canonicalPath(file: string): string {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  const real = existsSync(dir) ? realpathSync(dir) : dir;
  const full = path.join(real, path.basename(abs));
  return process.platform === "win32" || process.platform === "darwin" ? full.toLowerCase() : full;
}

function usage(message: string, hint: string): EvaluationError {
  return new EvaluationError("usage", "cli", message, hint);
}

/** Outputs must not overwrite each other or the input (the input may be the --out, written atomically). */
export function checkOutputs(input: string, out: string | null, pdf: string | null): void {
  if (pdf === null) return;
  if (out !== null && canonicalPath(out) === canonicalPath(pdf)) {
    throw usage(
      `--out と --pdf に同じファイル「${pdf}」が指定されています。評価したブックが PDF で上書きされてしまいます。`,
      "--out と --pdf には別の名前を指定してください。",
    );
  }
  if (canonicalPath(pdf) === canonicalPath(input)) {
    throw usage(
      `--pdf に評価するブック「${input}」そのものが指定されています。ブックが PDF で上書きされてしまいます。`,
      "--pdf には .pdf の別の名前を指定してください。",
    );
  }
}

/** The extension of --out must match the workbook's kind (Excel refuses a .xlsx holding macros, and the reverse). */
export function checkOutExtension(out: string | null, macroEnabled: boolean): void {
  if (out === null) return;
  const ext = path.extname(out).toLowerCase();
  if (macroEnabled && ext !== ".xlsm")
    throw usage(
      `このブックはマクロ付き（.xlsm）です。「${out}」の名前では Excel が開けません。`,
      "--out には .xlsm で終わる名前を指定してください（マクロはそのまま残します）。",
    );
  if (!macroEnabled && ext === ".xlsm")
    throw usage(
      `このブックはマクロなしのブックです。「${out}」（.xlsm）の名前では Excel が開けません。`,
      "--out には .xlsx で終わる名前を指定してください。",
    );
}

/**
 * Outputs written beside their targets under temporary names and put in place only when every one
 * of them was written: a run that fails leaves no output and no temporary file.
 */
export class StagedOutputs {
  private readonly staged: { target: string; tmp: string }[] = [];

  async add(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
    const tmp = tempNameFor(target);
    trackTemp(tmp);
    this.staged.push({ target, tmp });
    try {
      await write(tmp);
    } catch (e) {
      throw writeError(target, e, "cli");
    }
  }

  /** Renames every staged file into place (a failure removes the outputs this commit created). */
  async commit(): Promise<void> {
    const created: string[] = [];
    for (const { target, tmp } of this.staged) {
      try {
        const existed = existsSync(target);
        const mode = existed ? (await fs.stat(target)).mode & 0o777 : null;
        if (mode !== null) await fs.chmod(tmp, mode);
        await fs.rename(tmp, target);
        untrackTemp(tmp);
        if (!existed) created.push(target);
      } catch (e) {
        for (const c of created) await fs.rm(c, { force: true });
        throw writeError(target, e, "cli");
      }
    }
    this.staged.length = 0;
  }

  /** Removes whatever was staged and not committed. */
  async discard(): Promise<void> {
    for (const { tmp } of this.staged) {
      await removeIfPresent(tmp);
      untrackTemp(tmp);
    }
    this.staged.length = 0;
  }
}
