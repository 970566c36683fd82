import { removeTrackedTemps } from "../adapters/xlsx/temp-files";

/** Process groups of converters still running (LibreOffice and the soffice.bin it starts). */
const groups = new Set<number>();

export function trackProcessGroup(pid: number): void {
  groups.add(pid);
}

export function untrackProcessGroup(pid: number): void {
  groups.delete(pid);
}

/** Stops every tracked converter with its children. */
export function killTrackedGroups(): void {
  for (const pid of groups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // the group has already ended
    }
    groups.delete(pid);
  }
}

/**
 * On SIGINT or SIGTERM: stop LibreOffice, remove temporary files and folders, and exit with
 * 128 + the signal's number (130, 143), so that an interrupted run leaves nothing behind.
 */
export function cleanUpOnSignals(err: (text: string) => void): void {
  const stop = (signal: NodeJS.Signals, code: number): void => {
    killTrackedGroups();
    removeTrackedTemps();
    err(`中断しました（${signal}）。書きかけのファイルと一時ファイルは消しました。\n`);
    process.exit(code);
  };
  process.once("SIGINT", () => stop("SIGINT", 130));
  process.once("SIGTERM", () => stop("SIGTERM", 143));
}
