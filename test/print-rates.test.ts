import { evaluateWorkbook } from "../src/core/evaluate-workbook";
import { defaultSettings } from "../src/core/evaluate/settings";
import type { SheetSnapshot } from "../src/core/snapshot";

/**
 * 予定の後ろに（進捗…％）を書かない（issue 10 の 6）：予定に進捗率はない。率は実績の後ろ、なければどこにも書かない。
 */
function sheet(progress: string): SheetSnapshot {
  const rows = [
    ["重点目標一覧表（中間報告調書）", "", "", "", "", ""],
    ["【令和2年度重点目標】", "", "", "", "", ""],
    ["担当部局名", "市民課", "", "", "", ""],
    ["No", "重点目標", "期限・数値目標等", "具体的な重点取組項目", "進捗状況", "進捗度"],
    ["1", "交流の推進", "①交流会を4回以上開催\n②講座を2回以上開催", "①交流会\n②講座", progress, ""],
  ];
  return {
    name: "市民課",
    origin: { row: 0, col: 0 },
    values: rows,
    texts: rows,
    formats: rows.map((r) => r.map(() => "General")),
    merges: [],
  };
}

function writtenProgress(progress: string): string | undefined {
  const result = evaluateWorkbook({ sheets: [sheet(progress)], state: null }, defaultSettings());
  return result.changes.writes.find((w) => w.purpose === "rate")?.after;
}

describe("予定の後ろには進捗率を書かない", () => {
  it("a plan gets no annotation, the actual beside it does", () => {
    const after = writtenProgress("①交流会を1回開催した。\n②講座は下半期に開催予定");
    expect(after).toContain("交流会を1回（進捗25.0％）開催");
    expect(after).not.toMatch(/予定（進捗/);
  });

  it("the rate of a target with only a plan stays in the evaluation (pane, note, 評価集計)", () => {
    const result = evaluateWorkbook({ sheets: [sheet("①交流会を1回開催\n②講座は下半期に開催予定")], state: null }, defaultSettings());
    const target = result.sheets[0]?.evaluation.goals[0]?.items[1]?.targets[0];
    expect(target?.actual?.via).toBe("planned");
    expect(target?.progressPercent).toBe(0);
    expect(result.sheets[0]?.evaluation.goals[0]?.items[1]?.flagReason).toContain("0.0％");
  });

  it("an annotation an earlier version wrote after a plan is taken out", () => {
    const after = writtenProgress("①交流会を1回（進捗25.0％）開催\n②講座は下半期に開催予定（進捗0.0％）");
    expect(after).toBe("①交流会を1回（進捗25.0％）開催\n②講座は下半期に開催予定");
  });

  it("an actual of 0 from words that say nothing was done keeps its annotation after those words", () => {
    const after = writtenProgress("①交流会を1回開催\n②講座はコロナ禍のため中止");
    expect(after).toContain("中止（進捗0.0％）");
  });
});
