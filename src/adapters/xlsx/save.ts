import { promises as fs } from "node:fs";
import path from "node:path";
import { writeError } from "./fs-errors";
import { removeIfPresent, trackTemp, untrackTemp } from "./temp-files";

/** The temporary name beside the target (same folder, so the final rename is atomic). */
export function tempNameFor(target: string): string {
  const dir = path.dirname(path.resolve(target));
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

/**
 * 一時ファイルに書いてから名前を変える。途中で失敗しても（中断されても）書きかけのファイルを残さない。
 * 置き換えるファイルがあれば、その権限を引き継ぐ。
 */
export async function atomicWrite(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = tempNameFor(target);
  trackTemp(tmp);
  try {
    await write(tmp);
    const mode = await fs.stat(target).then(
      (s) => s.mode & 0o777,
      () => null,
    );
    if (mode !== null) await fs.chmod(tmp, mode);
    await fs.rename(tmp, target);
  } catch (e) {
    await removeIfPresent(tmp);
    throw writeError(target, e);
  } finally {
    untrackTemp(tmp);
  }
}
