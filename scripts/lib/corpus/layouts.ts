import ExcelJS from "exceljs";
import type { CorpusItem, CorpusSource } from "./rows";

/** コーパスをブックに並べる形：調書形式・一覧形式・一覧形式で項目を 1 セルに改行で並べる・2 部局のシート。 */
export type CorpusLayout = "block" | "list" | "list-multiline" | "two-sheets";
export const CORPUS_LAYOUTS: CorpusLayout[] = ["block", "list", "list-multiline", "two-sheets"];

/** 1 つの目標に並べる項目の数。 */
const ITEMS_PER_GOAL = 3;
const MARKERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const LEGEND = "※ 評価基準［◎：目標を上回る進捗］［○：目標どおり進捗］［△：未進捗の部分あり］［×：全て目標未進捗］";

/** ブックの中で項目がある場所（採点のときに JSON の項目と突き合わせる）。 */
export interface PlacedItem {
  item: CorpusItem;
  sheet: string;
  goalNo: number;
  label: string;
}

function yearLine(fy: number): string {
  if (fy >= 2019) return `【令和${fy === 2019 ? "元" : fy - 2018}年度重点目標】`;
  return `【平成${fy - 1988}年度重点目標】`;
}

/** 文の先頭に項目の番号を付ける（2 行目からはそのまま）。 */
const marked = (marker: string, text: string): string => `${marker}${text}`;

function titleRows(ws: ExcelJS.Worksheet, source: CorpusSource): void {
  ws.getCell("B1").value = `重点目標一覧表（${source.report}調書）`;
  ws.getCell("B2").value = yearLine(source.fiscalYear);
  ws.getCell("B3").value = "担当部局名";
  ws.getCell("C3").value = source.body;
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function set(ws: ExcelJS.Worksheet, row: number, col: number, value: string | number): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.alignment = { wrapText: true, vertical: "top" };
}

/** 一覧形式：見出し 1 行、項目ごとに 1 行（multiline なら目標ごとに 1 行で項目を改行で並べる）。 */
function writeList(ws: ExcelJS.Worksheet, goals: CorpusItem[][], firstGoal: number, multiline: boolean, sheet: string): PlacedItem[] {
  ["No", "重点目標", "期限・数値目標等", "具体的な重点取組項目", "進捗状況", "進捗度"].forEach((h, i) => set(ws, 5, i + 1, h));
  const placed: PlacedItem[] = [];
  let r = 6;
  goals.forEach((items, g) => {
    const goalNo = firstGoal + g;
    const first = r;
    const cells = items.map((item, i) => {
      const m = MARKERS.charAt(i);
      placed.push({ item, sheet, goalNo, label: m });
      return [marked(m, item.targetText), marked(m, item.actionText || "取組"), marked(m, item.progressText)];
    });
    const rows = multiline ? [cells.reduce((acc, c) => acc.map((a, k) => `${a}${a ? "\n" : ""}${c[k]}`), ["", "", ""])] : cells;
    for (const texts of rows) {
      texts.forEach((t, k) => set(ws, r, k + 3, t));
      r++;
    }
    set(ws, first, 1, goalNo);
    set(ws, first, 2, `重点目標 ${goalNo}`);
    if (r - 1 > first) {
      ws.mergeCells(first, 1, r - 1, 1);
      ws.mergeCells(first, 2, r - 1, 2);
    }
  });
  set(ws, r + 1, 2, LEGEND);
  return placed;
}

/** 調書形式：目標ごとに「重点目標｜期限・数値目標等」と「取組｜進捗状況・進捗度」の塊。 */
function writeBlock(ws: ExcelJS.Worksheet, goals: CorpusItem[][], sheet: string): PlacedItem[] {
  const placed: PlacedItem[] = [];
  let r = 5;
  goals.forEach((items, g) => {
    const start = r;
    set(ws, r, 2, "重点目標");
    set(ws, r, 4, "期限・数値目標等");
    ws.mergeCells(r, 2, r, 3);
    ws.mergeCells(r, 4, r, 6);
    set(ws, r + 1, 2, `重点目標 ${g + 1}`);
    set(ws, r + 1, 4, items.map((item, i) => marked(MARKERS.charAt(i), item.targetText)).join("\n"));
    ws.mergeCells(r + 1, 2, r + 1, 3);
    ws.mergeCells(r + 1, 4, r + 1, 6);
    set(ws, r + 2, 2, "具体的な重点取組項目（箇条書き）");
    set(ws, r + 2, 4, "進捗状況・進捗度");
    ws.mergeCells(r + 2, 2, r + 2, 3);
    ws.mergeCells(r + 2, 4, r + 2, 6);
    r += 3;
    items.forEach((item, i) => {
      const m = MARKERS.charAt(i);
      placed.push({ item, sheet, goalNo: g + 1, label: m });
      set(ws, r, 2, marked(m, item.actionText || "取組"));
      set(ws, r, 4, marked(m, item.progressText));
      ws.mergeCells(r, 2, r, 3);
      ws.mergeCells(r, 4, r, 5);
      r++;
    });
    set(ws, start, 1, g + 1);
    ws.mergeCells(start, 1, r - 1, 1);
  });
  set(ws, r + 1, 2, LEGEND);
  return placed;
}

/** 資料 1 つを指定の形のブックにする。項目の置き場所も返す。 */
export function corpusWorkbook(source: CorpusSource, layout: CorpusLayout): { workbook: ExcelJS.Workbook; placed: PlacedItem[] } {
  const workbook = new ExcelJS.Workbook();
  const goals = chunks(source.items, ITEMS_PER_GOAL);
  const sheetFor = (name: string): ExcelJS.Worksheet => {
    const ws = workbook.addWorksheet(name);
    ws.columns = [{ width: 5 }, { width: 20 }, { width: 36 }, { width: 30 }, { width: 50 }, { width: 8 }];
    titleRows(ws, source);
    return ws;
  };
  if (layout === "block") return { workbook, placed: writeBlock(sheetFor("部局"), goals, "部局") };
  if (layout !== "two-sheets") return { workbook, placed: writeList(sheetFor("部局"), goals, 1, layout === "list-multiline", "部局") };
  const half = Math.ceil(goals.length / 2);
  const placed = writeList(sheetFor("部局A"), goals.slice(0, half), 1, false, "部局A");
  if (goals.length > half) placed.push(...writeList(sheetFor("部局B"), goals.slice(half), 1, false, "部局B"));
  return { workbook, placed };
}
