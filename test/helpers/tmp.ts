import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** テストごとの一時フォルダー（終わったら消す）。 */
export function tempDir(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juten-"));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
