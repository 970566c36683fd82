import { FLAG_WORD } from "../changes/flag-look";
import type { WorkbookEvaluation } from "../evaluate-workbook";
import type { SheetSnapshot } from "../snapshot";
import type { CellWrite } from "../state";

/**
 * 議会用 PDF の写しだけに書く、未達の項目の印：進捗度のセルの記号の下（1 つのセルに複数の項目の記号が並ぶときは
 * 記号の後ろ）に「未達」。白黒で印刷しても、色や模様に頼らず読める。担当者のブックには書かない
 * （進捗度のセルは記号だけのまま：手入力の見分けと元に戻すを変えないため）。
 */
export function flagLabelWrites(result: WorkbookEvaluation, sheets: SheetSnapshot[]): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const s of result.sheets) {
    const sheet = sheets.find((x) => x.name === s.evaluation.model.name);
    if (!sheet) continue;
    const cells = new Map<string, { row: number; col: number; before: string; lines: string[] }>();
    for (const goal of s.evaluation.goals) {
      for (const ev of goal.items) {
        const cell = ev.item.mark;
        if (!ev.flagged || !cell) continue;
        const key = `${cell.row}:${cell.col}`;
        const before = sheet.texts[cell.row - sheet.origin.row]?.[cell.col - sheet.origin.col] ?? "";
        const entry = cells.get(key) ?? { row: cell.row, col: cell.col, before, lines: before.split("\n") };
        cells.set(key, entry);
        if (cell.line === null) {
          if (!entry.lines.includes(FLAG_WORD)) entry.lines.push(FLAG_WORD);
        } else if (!(entry.lines[cell.line] ?? "").endsWith(FLAG_WORD)) {
          entry.lines[cell.line] = `${(entry.lines[cell.line] ?? "").trimEnd()} ${FLAG_WORD}`;
        }
      }
    }
    for (const c of cells.values())
      writes.push({ sheet: sheet.name, row: c.row, col: c.col, before: c.before, after: c.lines.join("\n"), purpose: "mark" });
  }
  return writes;
}
