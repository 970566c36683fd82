import { planUndo } from "../../src/core/changes/undo";
import { FLAG_COLOR } from "../../src/core/changes/flag-look";
import { evaluateWorkbook } from "../../src/core/evaluate-workbook";
import { defaultSettings } from "../../src/core/evaluate/settings";
import { toJsonDocument } from "../../src/core/report/json";
import { Grid } from "../../src/core/grid";
import { parseA1 } from "../../src/core/snapshot";
import { formatWithNumberFormat } from "../../src/core/text/number-format";
import { FIXTURES, type Fixture } from "../fixtures/layouts";
import { readFileSync } from "node:fs";
import path from "node:path";

import { flagAndNoteContract } from "./flags-notes";
import type { ContractOptions, HostFactory } from "./host";
import { printContract } from "./print";
import { stateContract } from "./state";
import { textAndProtectionContract } from "./text-and-protection";

export type { ContractOptions, HostFactory, Preconditions, Probe } from "./host";

function expectedText(fixture: Fixture, sheet: string, addr: string): string {
  const s = fixture.sheets.find((x) => x.name === sheet);
  const f = s?.formulas?.[addr];
  if (f) return typeof f.result === "object" ? f.result.error : String(f.result);
  const v = s?.cells[addr];
  return typeof v === "number" ? formatWithNumberFormat(v, s?.formats?.[addr]) : (v ?? "");
}

const golden = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(__dirname, "..", "fixtures", "layouts", `${name}.expected.json`), "utf8"));

const settings = defaultSettings();

/**
 * すべてのアダプターが通る共通の試験（unstorage のドライバー試験にならう）：同じフィクスチャで、読み取り・評価・
 * 書き込みと元に戻す、強調と理由の注記、アドインの記録、印刷設定、文字と保護。
 */
export function runSnapshotPortContract(adapterName: string, host: HostFactory, options: ContractOptions): void {
  const open = async (fixture: Fixture) => (await host(fixture)).port;
  describe(`スナップショットの約束：${adapterName}`, () => {
    test.each(FIXTURES.map((f) => [f.name, f] as const))("%s: reads every cell's text, formulas and merges", async (_n, fixture) => {
      const snap = (await (await open(fixture)).read()).snapshot;
      for (const sheet of fixture.sheets) {
        const read = snap.sheets.find((s) => s.name === sheet.name) ?? {
          name: "",
          origin: { row: 0, col: 0 },
          values: [],
          texts: [],
          formats: [],
          merges: [],
        };
        const grid = new Grid(read);
        for (const addr of [...Object.keys(sheet.cells), ...Object.keys(sheet.formulas ?? {})]) {
          const at = parseA1(addr);
          if (!at) throw new Error(addr);
          const raw = read.texts[at.row - read.origin.row]?.[at.col - read.origin.col] ?? "";
          expect([addr, raw]).toEqual([addr, expectedText(fixture, sheet.name, addr)]);
          if (sheet.formulas?.[addr]) expect(grid.hasFormula(at.row, at.col)).toBe(true);
        }
        const merges = (snap.sheets.find((s) => s.name === sheet.name)?.merges ?? [])
          .map((m) => `${m.top},${m.left},${m.bottom},${m.right}`)
          .sort();
        const want = (sheet.merges ?? [])
          .map((r) => r.split(":").map((a) => parseA1(a)))
          .map(([a, b]) => `${a?.row},${a?.col},${b?.row},${b?.col}`)
          .sort();
        expect(merges).toEqual(want);
      }
    });

    test.each(FIXTURES.map((f) => [f.name, f] as const))("%s: evaluates to the golden answer", async (name, fixture) => {
      const snap = (await (await open(fixture)).read()).snapshot;
      expect(JSON.parse(JSON.stringify(toJsonDocument(evaluateWorkbook(snap, settings))))).toEqual(golden(name));
    });

    test.each(FIXTURES.map((f) => [f.name, f] as const))(
      "%s: applies the change set, a second run changes nothing, undo restores",
      async (_n, fixture) => {
        const port = await open(fixture);
        const before = (await port.read()).snapshot;
        const first = evaluateWorkbook(before, settings);
        await port.apply(first.changes);
        const after = (await port.read()).snapshot;
        for (const w of first.changes.writes)
          expect(new Grid(after.sheets.find((s) => s.name === w.sheet)!).ownText(w.row, w.col)).toBe(w.after);
        const second = evaluateWorkbook(after, settings);
        expect(second.changes.writes).toEqual([]);
        expect(second.changes.flags).toEqual([]);
        if (first.changes.writes.length === 0) return;
        const undo = planUndo(after, FLAG_COLOR);
        if (!undo.ok) throw new Error(undo.reason);
        await port.apply(undo.value.changes);
        const restored = (await port.read()).snapshot;
        for (const sheet of before.sheets) expect(restored.sheets.find((s) => s.name === sheet.name)?.texts).toEqual(sheet.texts);
      },
    );

    flagAndNoteContract(host, options);
    stateContract(host, options);
    printContract(host, options);
    textAndProtectionContract(host, options);
  });
}
