/** 約束の試験：文字は文字のまま（数式・数・日付にならない）、保護されたシートには何も書かずに知らせる。 */
import { emptyChanges } from "../../src/core/changes/types";
import { EvaluationError } from "../../src/core/errors";
import { Grid } from "../../src/core/grid";
import { EvaluationService } from "../../src/services/evaluation-service";
import { FIXTURES } from "../fixtures/layouts";
import type { ContractOptions, HostFactory } from "./host";
import { contractTest, settings } from "./helpers";

const TRICKY = ["=SUM(A1)", "+81 3 1234", "-実施済み", "@担当", "'引用", "106.5％", "１２３", "2020/9/30", "TRUE", "0012"];

export function textAndProtectionContract(open: HostFactory, options: ContractOptions): void {
  const t = contractTest(options);
  const fixture = FIXTURES[0] as (typeof FIXTURES)[number];
  const sheet = fixture.sheets[0]?.name as string;
  describe("文字と保護", () => {
    t("text that Excel would read as a formula, number, date or boolean is stored as that very text", async () => {
      const host = await open(fixture);
      await host.port.read();
      const writes = TRICKY.map((after, i) => ({ sheet, row: 40 + i, col: 1, before: null, after, purpose: "remark" as const }));
      await host.port.apply({ ...emptyChanges(), writes });
      const read = (await host.port.read()).snapshot.sheets.find((s) => s.name === sheet);
      if (!read) throw new Error(sheet);
      const grid = new Grid(read);
      expect(TRICKY.map((_, i) => grid.ownText(40 + i, 1))).toEqual(TRICKY);
      expect(TRICKY.map((_, i) => [grid.hasFormula(40 + i, 1), typeof grid.value(40 + i, 1)])).toEqual(TRICKY.map(() => [false, "string"]));
    });

    t("a protected sheet: nothing is written, and the error names the sheet and how to unprotect it", async () => {
      const host = await open(fixture, { protectedSheets: [sheet] });
      const before = (await host.port.read()).snapshot;
      const error = await new EvaluationService(host.port).evaluate(settings, { write: true, print: false }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EvaluationError);
      expect((error as EvaluationError).code).toBe("protected");
      expect((error as EvaluationError).describe()).toContain(`「${sheet}」`);
      const after = (await host.port.read()).snapshot;
      expect(after.sheets.map((s) => s.texts)).toEqual(before.sheets.map((s) => s.texts));
      expect((await host.probe.sheets()).map((s) => s.name)).toEqual(fixture.sheets.map((s) => s.name));
    });
  });
}
