import { evaluateWorkbook, type WorkbookEvaluation } from "../../src/core/evaluate-workbook";
import { defaultSettings } from "../../src/core/evaluate/settings";
import { a1, type WorkbookSnapshot } from "../../src/core/snapshot";
import type { FlagWrite } from "../../src/core/state";
import { FIXTURES, type Fixture } from "../fixtures/layouts";
import type { ContractHost, ContractOptions, HostFactory } from "./host";

export const settings = defaultSettings();

/** 強調が付くフィクスチャ（塗り・注記の試験に使う）。 */
export const FLAGGED = FIXTURES.filter((f) =>
  ["list-multiline-cell", "list-header-variants", "block-multiline-cell", "two-departments"].includes(f.name),
);

export const address = (f: { row: number; col: number }): string => a1(f.row, f.col);

/** まだ通らない試験は test.failing にする（通るようになったら、その名前を pending から外す）。 */
export function contractTest(options: ContractOptions): (name: string, fn: () => Promise<void>) => void {
  return (name, fn) => ((options.pending ?? []).includes(name) ? test.failing(name, fn) : test(name, fn));
}

export async function evaluated(host: ContractHost): Promise<{ before: WorkbookSnapshot; result: WorkbookEvaluation }> {
  const before = (await host.port.read()).snapshot;
  return { before, result: evaluateWorkbook(before, settings) };
}

/** 評価して書き、強調を付けたセルと、理由の注記を付けたセルを返す。 */
export async function evaluateAndApply(
  host: ContractHost,
): Promise<{ before: WorkbookSnapshot; result: WorkbookEvaluation; flagged: FlagWrite[]; noted: FlagWrite }> {
  const { before, result } = await evaluated(host);
  await host.port.apply(result.changes);
  const flagged = result.changes.flags.filter((f) => f.on);
  const noted = flagged.find((f) => f.note !== null);
  if (!noted) throw new Error("このフィクスチャには理由の注記を付けるセルがありません");
  return { before, result, flagged, noted };
}

/**
 * 元に戻した後のシートの一覧が前と同じか、違うならアダプターがそのシートを知らせたか
 * （issue 8：元に戻すときは、アドインが加えたもの（記録のシート・評価集計）を取り除くか、知らせる）。
 */
export function expectSheetsBackOrReported(before: string[], after: string[], notes: string[]): void {
  const extra = after.filter((n) => !before.includes(n));
  expect(after.filter((n) => before.includes(n))).toEqual(before);
  for (const name of extra) expect([name, notes.join("\n")]).toEqual([name, expect.stringContaining(name)]);
}

/** 前提なしで 1 度開いて、強調されるセルを調べる（前提のセルを決めるため）。 */
export async function flagTargets(open: HostFactory, fixture: Fixture): Promise<{ noted: FlagWrite; plain: FlagWrite }> {
  const { result } = await evaluated(await open(fixture));
  const on = result.changes.flags.filter((f) => f.on);
  const noted = on.find((f) => f.note !== null);
  const plain = on.find((f) => f.note === null);
  if (!noted || !plain) throw new Error(`${fixture.name}: 強調のセルが足りません`);
  return { noted, plain };
}
