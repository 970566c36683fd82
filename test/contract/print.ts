/** 約束の試験：印刷設定（A4 横・横 1 ページ・見出しの繰り返し・印刷範囲・フッター）と評価集計、元に戻すと元の設定とシートに戻る。 */
import { attachPrint } from "../../src/core/changes/attach-print";
import { planUndo } from "../../src/core/changes/undo";
import { FLAG_COLOR } from "../../src/core/changes/flag-look";
import { printChanges } from "../../src/core/print";
import { a1 } from "../../src/core/snapshot";
import { FIXTURES } from "../fixtures/layouts";
import type { ContractOptions, HostFactory } from "./host";
import { contractTest, evaluated, expectSheetsBackOrReported } from "./helpers";

export function printContract(open: HostFactory, options: ContractOptions): void {
  const t = contractTest(options);
  describe("印刷設定", () => {
    for (const fixture of FIXTURES.filter((f) => ["list-header-variants", "two-departments"].includes(f.name))) {
      t(
        `${fixture.name}: sets the page for the council and adds 評価集計; undo puts the page and the sheets back (or says what stays)`,
        async () => {
          const host = await open(fixture);
          const sheetsBefore = (await host.probe.sheets()).map((s) => s.name);
          const { before, result } = await evaluated(host);
          const printsBefore = await Promise.all(result.sheets.map((s) => host.probe.print(s.evaluation.grid.sheet.name)));
          const print = printChanges(result, true);
          const changes = attachPrint(result.changes, print, before);
          await host.port.apply(changes);
          for (const plan of print.plans) {
            const seen = await host.probe.print(plan.sheet);
            expect(seen).toEqual({
              landscape: true,
              a4: true,
              fitToWidth: 1,
              printArea: `${a1(plan.area.top, plan.area.left)}:${a1(plan.area.bottom, plan.area.right)}`,
              titleRows: plan.titleRows ? `${plan.titleRows[0] + 1}:${plan.titleRows[1] + 1}` : null,
              centerFooter: plan.centerFooter,
            });
          }
          const summary = changes.print?.summary?.name as string;
          expect((await host.probe.sheets()).map((s) => s.name)).toContain(summary);
          const undo = planUndo((await host.port.read()).snapshot, FLAG_COLOR);
          if (!undo.ok) throw new Error(undo.reason);
          const applied = await host.port.apply(undo.value.changes);
          expect(await Promise.all(result.sheets.map((s) => host.probe.print(s.evaluation.grid.sheet.name)))).toEqual(printsBefore);
          expectSheetsBackOrReported(
            sheetsBefore,
            (await host.probe.sheets()).map((s) => s.name),
            applied.notes,
          );
        },
      );
    }
  });
}
