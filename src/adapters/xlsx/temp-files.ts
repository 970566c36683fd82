import { rmSync } from "node:fs";
import { rm } from "node:fs/promises";

/**
 * Temporary files and folders the process has made and not yet removed: removed when the process
 * is stopped (SIGINT/SIGTERM), so that an interrupted run leaves nothing behind.
 */
const temps = new Set<string>();

export function trackTemp(path: string): void {
  temps.add(path);
}

export function untrackTemp(path: string): void {
  temps.delete(path);
}

/** Removes every tracked temporary file and folder (synchronously: called from a signal handler). */
export function removeTrackedTemps(): void {
  for (const p of temps) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      // already gone or not removable: nothing more can be done on the way out
    }
    temps.delete(p);
  }
}

/** Removes a temporary file if it is there (a path that cannot exist, under a file, is not an error). */
export async function removeIfPresent(path: string): Promise<void> {
  try {
    await rm(path, { force: true, recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOTDIR") throw e;
  }
}
