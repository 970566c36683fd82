/** 約束の試験：強調（塗り）と理由（注記）を付け、元に戻すと、担当者の塗りと注記が元どおりになる。 */
import { planUndo } from "../../src/core/changes/undo";
import { FLAG_COLOR } from "../../src/core/changes/flag-look";
import type { ContractOptions, HostFactory } from "./host";
import { address, contractTest, evaluateAndApply, FLAGGED, flagTargets } from "./helpers";

export function flagAndNoteContract(open: HostFactory, options: ContractOptions): void {
  const t = contractTest(options);
  describe("強調と理由", () => {
    for (const fixture of FLAGGED) {
      t(`${fixture.name}: flagged cells get the flag fill, the reason is readable on the mark cell, undo takes both away`, async () => {
        const host = await open(fixture);
        const { flagged, noted } = await evaluateAndApply(host);
        for (const f of flagged)
          expect([address(f), (await host.probe.fill(f.sheet, address(f))).color?.toUpperCase()]).toEqual([address(f), FLAG_COLOR]);
        const note = await host.probe.note(noted.sheet, address(noted));
        if (options.notes) expect(note).toContain(noted.note as string);
        else expect(note).toBeNull();
        const undo = planUndo((await host.port.read()).snapshot, FLAG_COLOR);
        if (!undo.ok) throw new Error(undo.reason);
        await host.port.apply(undo.value.changes);
        for (const f of flagged)
          expect([address(f), await host.probe.fill(f.sheet, address(f))]).toEqual([address(f), { color: null, pattern: "None" }]);
        expect(await host.probe.note(noted.sheet, address(noted))).toBeNull();
      });
    }

    const fixture = FLAGGED[0] as (typeof FLAGGED)[number];
    t("a clerk's explicit white fill, pattern fill and note survive being flagged and come back on undo", async () => {
      const { noted, plain } = await flagTargets(open, fixture);
      const host = await open(fixture, {
        fills: [
          { sheet: noted.sheet, address: address(noted), color: "#FFFFFF", pattern: "Solid" },
          { sheet: plain.sheet, address: address(plain), color: "#DDEBF7", pattern: "LightUp" },
        ],
        notes: [{ sheet: noted.sheet, address: address(noted), text: "課長確認済み" }],
      });
      await evaluateAndApply(host);
      const whileFlagged = await host.probe.note(noted.sheet, address(noted));
      expect(whileFlagged).toContain("課長確認済み");
      if (options.notes) expect(whileFlagged).toContain(noted.note as string);
      const undo = planUndo((await host.port.read()).snapshot, FLAG_COLOR);
      if (!undo.ok) throw new Error(undo.reason);
      await host.port.apply(undo.value.changes);
      expect(await host.probe.fill(noted.sheet, address(noted))).toEqual({ color: "#FFFFFF", pattern: "Solid" });
      expect(await host.probe.fill(plain.sheet, address(plain))).toEqual({ color: "#DDEBF7", pattern: "LightUp" });
      expect(await host.probe.note(noted.sheet, address(noted))).toBe("課長確認済み");
    });

    t("undo leaves a cell the clerk repainted after the evaluation, and says which", async () => {
      const host = await open(fixture);
      const { noted } = await evaluateAndApply(host);
      await host.probe.setFill(noted.sheet, address(noted), { color: "#FF0000", pattern: "Solid" });
      const undo = planUndo((await host.port.read()).snapshot, FLAG_COLOR);
      if (!undo.ok) throw new Error(undo.reason);
      expect(undo.value.notes.join("")).toContain(`${noted.sheet}!${address(noted)}`);
      await host.port.apply(undo.value.changes);
      expect(await host.probe.fill(noted.sheet, address(noted))).toEqual({ color: "#FF0000", pattern: "Solid" });
    });
  });
}
