import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";

/**
 * 見本の文で作る、見本と違う作りの一覧形式のブック（議会用 PDF を、見たことのないブックで確かめるため）：
 * フォント・大きさ・列幅・担当者の行の高さ・備考の列を変えられる。罫線はすべてのセルに引く。
 */
export interface StressOptions {
  font: string;
  size: number;
  widths: number[];
  /** 担当者が決めた行の高さ（null なら決めない） */
  height: number | null;
  remarks: boolean;
}

interface Source {
  sheetName: string;
  title: string;
  yearLine: string;
  departmentLabel: string;
  department: string;
  legend: string;
  goals: { no: string; title: string; items: { target: string[]; action: string[]; progress: string[] }[] }[];
}

const SOURCE = path.join(__dirname, "..", "..", "assets", "samples", "ueda-r2-chukan.source.json");
const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BOX = { top: thin, left: thin, bottom: thin, right: thin };

export const STRESS_SHEET = (JSON.parse(readFileSync(SOURCE, "utf8")) as Source).sheetName;

export async function writeStressBook(file: string, o: StressOptions): Promise<void> {
  const src = JSON.parse(readFileSync(SOURCE, "utf8")) as Source;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(src.sheetName);
  ws.columns = o.widths.map((width) => ({ width }));
  const put = (r: number, c: number, v: string | null, bold = false) => {
    const cell = ws.getCell(r, c);
    cell.value = v;
    cell.font = { name: o.font, size: o.size, bold };
    cell.alignment = { wrapText: true, vertical: "top" };
    cell.border = BOX;
  };
  ws.getCell("B1").value = src.title;
  ws.getCell("B1").font = { name: o.font, size: 16, bold: true };
  ws.getCell("B2").value = src.yearLine;
  ws.getCell("B3").value = src.departmentLabel;
  ws.getCell("C3").value = src.department;
  ["No", "重点目標", "期限・数値目標等", "具体的な重点取組項目（箇条書き）", "進捗状況", "進捗度", ...(o.remarks ? ["備考"] : [])].forEach(
    (h, i) => put(5, i + 1, h, true),
  );
  let r = 6;
  for (const g of src.goals) {
    const first = r;
    for (const item of g.items) {
      [item.target, item.action, item.progress, [], ...(o.remarks ? [[]] : [])].forEach((lines, i) =>
        put(r, i + 3, lines.length ? lines.join("\n") : null),
      );
      if (o.height) ws.getRow(r).height = o.height;
      r++;
    }
    for (let k = first; k < r; k++) for (const c of [1, 2]) put(k, c, k === first ? (c === 1 ? g.no : g.title) : null);
    ws.mergeCells(first, 1, r - 1, 1);
    ws.mergeCells(first, 2, r - 1, 2);
  }
  ws.getCell(r + 1, 2).value = src.legend;
  await wb.xlsx.writeFile(file);
}
