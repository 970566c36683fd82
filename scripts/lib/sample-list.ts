import type ExcelJS from "exceljs";
import { writeTitleRows } from "./sample-block";
import { lines, type SampleSource } from "./sample-source";
import { mergeStyled, printSetup, styleBody, styleHeader } from "./sample-style";

const HEADERS = ["No", "重点目標", "期限・数値目標等", "具体的な重点取組項目（箇条書き）", "進捗状況", "進捗度"];

/** 一覧形式（見出し 1 行、項目ごとに 1 行、No と重点目標は縦に結合）のシートを書く。 */
export function writeListSheet(ws: ExcelJS.Worksheet, src: SampleSource): void {
  ws.columns = [{ width: 4 }, { width: 22 }, { width: 30 }, { width: 36 }, { width: 50 }, { width: 7 }];
  writeTitleRows(ws, src);
  const header = 5;
  HEADERS.forEach((h, i) => {
    const cell = ws.getCell(header, i + 1);
    cell.value = h;
    styleHeader(cell);
  });
  let r = header + 1;
  for (const goal of src.goals) {
    const first = r;
    for (const item of goal.items) {
      const texts = [lines(item.target), lines(item.action), lines(item.progress)];
      texts.forEach((t, i) => {
        const cell = ws.getCell(r, i + 3);
        cell.value = t;
        styleBody(cell);
      });
      const mark = ws.getCell(r, 6);
      styleBody(mark, "center");
      if (item.mark) mark.value = item.mark;
      r++;
    }
    mergeStyled(ws, first, 1, r - 1, 1, (c) => styleBody(c, "center")).value = goal.no;
    mergeStyled(ws, first, 2, r - 1, 2, styleBody).value = goal.title;
  }
  ws.getCell(r + 1, 2).value = src.legend;
  ws.pageSetup.printTitlesRow = `${header}:${header}`;
  printSetup(ws);
}
