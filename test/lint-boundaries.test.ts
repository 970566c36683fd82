import { execFile } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "..");

/** ESLint を別プロセスで走らせ、その場所に置いたつもりのコードの規則違反を返す（設定は .mjs なので jest の中では読めない）。 */
function lint(code: string, file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile("npx", ["eslint", "--stdin", "--stdin-filename", file, "--format", "json"], { cwd: ROOT }, (error, stdout) => {
      try {
        const [result] = JSON.parse(stdout) as { messages: { ruleId: string }[] }[];
        resolve((result?.messages ?? []).map((m) => m.ruleId));
      } catch {
        reject(error ?? new Error(stdout));
      }
    });
    child.stdin?.end(code);
  });
}

const cases: [string, string, string | null][] = [
  ["src/core/probe.ts", "export const run = () => Excel.run(async () => undefined);", "no-restricted-globals"],
  ["src/core/probe.ts", "export const x = Office.context;", "no-restricted-globals"],
  ["src/core/probe.ts", 'import React from "react";\nexport const x = React;', "no-restricted-imports"],
  ["src/core/probe.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;', "no-restricted-imports"],
  ["src/cli/probe.ts", "export const x = Excel;", "no-restricted-globals"],
  ["src/adapters/office/probe.ts", "export const run = () => Excel.run(async () => undefined);", null],
];

describe("lint keeps Excel, Office, React and fs out of src/core", () => {
  let results: string[][] = [];
  beforeAll(async () => {
    results = await Promise.all(cases.map(([file, code]) => lint(code, file)));
  });

  test.each(cases.map((c, i) => [c[0], c[1], c[2], i] as const))("%s: %s → %s", (_file, _code, rule, i) => {
    const found = results[i] ?? [];
    if (rule) expect(found).toContain(rule);
    else expect(found.filter((r) => r?.startsWith("no-restricted"))).toEqual([]);
  });
});
