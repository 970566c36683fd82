import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "./helpers/tmp";

/** The CLI as a clerk runs it: a separate process (signals, the compiled bin, npm run evaluate). */
const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(ROOT, "assets", "samples", "ueda-r2-chukan-list.xlsx");
const BIN = path.join(ROOT, "dist", "cli", "juten-hyoka.js");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

beforeAll(() => {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "ignore" });
}, 120_000);

/** A LibreOffice that never finishes (it records its process id so the test can look for it). */
function hangingSoffice(pidFile: string): string {
  const file = tmp.file(`hanging-soffice-${path.basename(pidFile)}.sh`);
  writeFileSync(file, `#!/bin/sh\necho $$ > "${pidFile}"\nsleep 60\n`);
  chmodSync(file, 0o755);
  return file;
}

/** Whether the process still runs (a zombie waiting for its parent to read its status has stopped). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : "";
  return !/^\d+ \(.*\) Z/.test(stat);
}

describe.each([
  ["SIGTERM", 143],
  ["SIGINT", 130],
] as const)("%s while LibreOffice converts", (signal, exitCode) => {
  it("stops LibreOffice, removes every temporary file and folder, and leaves no output", async () => {
    const dir = tmp.file(`signal-${signal}`);
    const temp = path.join(dir, "tmp");
    mkdirSync(temp, { recursive: true });
    const pidFile = path.join(dir, "soffice.pid");
    const child = spawn(process.execPath, [BIN, SAMPLE, "--out", path.join(dir, "out.xlsx"), "--pdf", path.join(dir, "out.pdf")], {
      cwd: ROOT,
      env: { ...process.env, SOFFICE: hangingSoffice(pidFile), TMPDIR: temp },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const started = Date.now();
    while (!existsSync(pidFile) && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 100));
    const sofficePid = Number(readFileSync(pidFile, "utf8"));
    expect(alive(sofficePid)).toBe(true);
    child.kill(signal);
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect([code, stderr]).toEqual([exitCode, expect.stringContaining("中断しました")]);
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(sofficePid)).toBe(false);
    expect(readdirSync(temp)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(["soffice.pid", "tmp"]);
  }, 60_000);
});

describe("the compiled CLI (npm run build)", () => {
  const bin = BIN;

  it("is the package's bin, starts with a shebang and runs without compiling TypeScript", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(path.resolve(ROOT, pkg.bin["juten-hyoka"] as string)).toBe(bin);
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("gives the same output as npm run evaluate", () => {
    const args = [SAMPLE, "--json", "--as-of", "2020-09-30"];
    const compiled = spawnSync(bin, args, { encoding: "utf8" });
    const viaNpm = spawnSync("npm", ["run", "--silent", "evaluate", "--", ...args], { cwd: ROOT, encoding: "utf8" });
    expect(compiled.status).toBe(0);
    expect(compiled.stdout).toBe(viaNpm.stdout);
    expect(JSON.parse(compiled.stdout).asOf).toBe("2020-09-30");
  });
});
