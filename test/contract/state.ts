/**
 * 約束の試験：アドインの記録。非表示のシートに、英字で始まる ASCII の文字として書かれ、読み返すと同じ記録になる。
 * 壊れていれば理由つきで知らせ（黙って捨てない）、失われても、アドインが書いた記号を手入力とみなさない。
 * 最初の状態に戻したら、記録のシートも消える。
 */
import { planUndo } from "../../src/core/changes/undo";
import { FLAG_COLOR } from "../../src/core/changes/flag-look";
import { evaluateWorkbook } from "../../src/core/evaluate-workbook";
import { STATE_SHEET } from "../../src/core/state";
import type { ContractOptions, HostFactory } from "./host";
import { contractTest, evaluateAndApply, expectSheetsBackOrReported, FLAGGED, settings } from "./helpers";

export function stateContract(open: HostFactory, options: ContractOptions): void {
  const t = contractTest(options);
  const fixture = FLAGGED[0] as (typeof FLAGGED)[number];
  describe("アドインの記録", () => {
    t("is written very hidden, as ASCII text starting with a letter, and reads back as the same record", async () => {
      const host = await open(fixture);
      const { result } = await evaluateAndApply(host);
      const sheet = (await host.probe.sheets()).find((s) => s.name === STATE_SHEET);
      expect(sheet?.visibility).toBe("veryHidden");
      const cells = (await host.probe.stateCells()) ?? [];
      expect(cells.length).toBeGreaterThan(1);
      for (const c of cells.filter((x) => x !== "")) expect(/^[A-Z][\x20-\x7e]*$/.test(c)).toBe(true);
      const read = (await host.port.read()).snapshot;
      expect(read.stateProblem ?? null).toBeNull();
      expect(read.state?.marks).toEqual(result.changes.state?.marks);
      expect(read.state?.flagged).toEqual(result.changes.state?.flagged);
      expect(read.state?.undo?.writes).toEqual(result.changes.state?.undo?.writes);
    });

    t("a damaged record is reported with its reason, and the add-in's own marks are still not taken for hand-typed ones", async () => {
      const host = await open(fixture);
      await evaluateAndApply(host);
      const cells = (await host.probe.stateCells()) ?? [];
      await host.probe.setStateCells(cells.map((c, i) => (i === 1 ? c.replace(/F/, "G") : c)));
      const read = (await host.port.read()).snapshot;
      expect(read.stateProblem).toMatch(/指紋|JSON|断片/);
      const again = evaluateWorkbook(read, settings);
      expect(again.warnings.map((w) => w.message).join("")).toContain("記録が壊れている");
      expect(again.changes.writes).toEqual([]);
      expect(again.sheets.flatMap((s) => s.decisions.flat()).filter((d) => d.basis === "manual")).toEqual([]);
      expect(planUndo(read, FLAG_COLOR)).toMatchObject({ ok: false, reason: expect.stringContaining("記録が壊れている") });
    });

    t(
      "a lost record (as after a round trip that drops the hidden sheet) still lets re-evaluation update marks, and undo says why it cannot",
      async () => {
        const host = await open(fixture);
        await evaluateAndApply(host);
        await host.probe.setStateCells(null);
        const read = (await host.port.read()).snapshot;
        expect(read.state).toBeNull();
        const again = evaluateWorkbook(read, settings);
        expect(again.sheets.flatMap((s) => s.decisions.flat()).filter((d) => d.basis === "manual")).toEqual([]);
        expect(planUndo(read, FLAG_COLOR)).toMatchObject({ ok: false, reason: expect.stringContaining("記録がありません") });
      },
    );

    t("undoing the first evaluation removes the record sheet (or says it stays): the workbook's sheets are as before", async () => {
      const host = await open(fixture);
      const names = (await host.probe.sheets()).map((s) => s.name);
      await evaluateAndApply(host);
      const undo = planUndo((await host.port.read()).snapshot, FLAG_COLOR);
      if (!undo.ok) throw new Error(undo.reason);
      const applied = await host.port.apply(undo.value.changes);
      expectSheetsBackOrReported(
        names,
        (await host.probe.sheets()).map((s) => s.name),
        applied.notes,
      );
    });
  });
}
