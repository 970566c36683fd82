import type ExcelJS from "exceljs";
import type { SheetSnapshot } from "../../src/core/snapshot";

const HEADER = ["No", "重点目標", "期限・数値目標等", "具体的な重点取組項目", "進捗状況", "進捗度"];
const TITLE = [["重点目標一覧表（中間報告調書）"], ["【令和2年度重点目標】"], ["担当部局名", "総務部"]];

/** 合成の一覧形式の行：1 項目に数値目標 2 つ、1 目標に 5 項目。 */
function itemRow(i: number): string[] {
  const goal = Math.floor(i / 5);
  const first = i % 5 === 0;
  const a = 10 + (i % 17);
  const b = 100 + (i % 53) * 5;
  return [
    first ? String(goal + 1) : "",
    first ? `重点目標 ${goal + 1} の推進` : "",
    `①セミナー ${a}回以上\n　相談件数 ${b}件以上`,
    "①セミナーと相談窓口の運営",
    `①セミナーを${(i * 7) % (a + 5)}回開催（参加者${i % 90}名）\n　相談は${(i * 13) % (b + 40)}件、うち継続相談${i % 9}件`,
    "",
  ];
}

/** 目標の数 targets（2 の倍数）の合成シートをスナップショットとして作る（核の速さを測るため）。 */
export function syntheticSnapshot(targets: number): SheetSnapshot {
  const rows: string[][] = [...TITLE.map((r) => [...r, ...Array(6 - r.length).fill("")]), Array(6).fill(""), HEADER];
  for (let i = 0; i < targets / 2; i++) rows.push(itemRow(i));
  return {
    name: "総務部",
    origin: { row: 0, col: 0 },
    values: rows,
    texts: rows,
    formats: rows.map((r) => r.map(() => "General")),
    merges: [],
  };
}

/** 同じ内容を ExcelJS のシートに書く（CLI の端から端までを測るため）。 */
export function writeSynthetic(ws: ExcelJS.Worksheet, targets: number): void {
  const snap = syntheticSnapshot(targets);
  snap.texts.forEach((row) => ws.addRow(row));
}
