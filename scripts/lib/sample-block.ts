import type ExcelJS from "exceljs";
import { lines, type SampleGoal, type SampleSource } from "./sample-source";
import { mergeStyled, printSetup, styleBody, styleHeader } from "./sample-style";

/** 表題・年度・担当部局の行（1〜3 行目）。 */
export function writeTitleRows(ws: ExcelJS.Worksheet, src: SampleSource): void {
  ws.getCell(1, 2).value = src.title;
  ws.getCell(1, 2).font = { name: "ＭＳ ゴシック", size: 14, bold: true };
  ws.getCell(2, 2).value = src.yearLine;
  ws.getCell(3, 2).value = src.departmentLabel;
  ws.getCell(3, 3).value = src.department;
}

function writeGoal(ws: ExcelJS.Worksheet, goal: SampleGoal, start: number): number {
  let r = start;
  mergeStyled(ws, r, 2, r, 3, styleHeader).value = "重点目標";
  mergeStyled(ws, r, 4, r, 6, styleHeader).value = "期限・数値目標等";
  r++;
  const targets = lines(goal.items.flatMap((i) => i.target));
  mergeStyled(ws, r, 2, r, 3, styleBody).value = "  " + goal.title;
  mergeStyled(ws, r, 4, r, 6, styleBody).value = targets;
  r++;
  mergeStyled(ws, r, 2, r, 3, styleHeader).value = "具体的な重点取組項目（箇条書き）";
  mergeStyled(ws, r, 4, r, 6, styleHeader).value = "進捗状況・進捗度";
  r++;
  for (const item of goal.items) {
    mergeStyled(ws, r, 2, r, 3, styleBody).value = lines(item.action);
    mergeStyled(ws, r, 4, r, 5, styleBody).value = lines(item.progress);
    const mark = ws.getCell(r, 6);
    styleBody(mark, "center");
    mark.font = { name: "ＭＳ ゴシック", size: 14 };
    if (item.mark) mark.value = item.mark;
    r++;
  }
  const no = mergeStyled(ws, start, 1, r - 1, 1, (c) => styleBody(c, "center"));
  no.value = goal.no;
  return r;
}

/** 調書形式（目標ごとの塊）のシートを書く。 */
export function writeBlockSheet(ws: ExcelJS.Worksheet, src: SampleSource): void {
  ws.columns = [{ width: 4 }, { width: 30 }, { width: 30 }, { width: 45 }, { width: 45 }, { width: 7 }];
  writeTitleRows(ws, src);
  let r = 5;
  for (const goal of src.goals) r = writeGoal(ws, goal, r);
  ws.getCell(r + 1, 2).value = src.legend;
  printSetup(ws);
}
