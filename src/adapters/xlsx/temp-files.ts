import { rmSync } from "node:fs";

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
