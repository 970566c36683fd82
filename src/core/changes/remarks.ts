import type { Grid } from "../grid";
import { formatExpected, formatRate } from "../evaluate/format";
import type { ItemEvaluation } from "../evaluate/types";
import type { TableColumns } from "../layout";
import { a1 } from "../snapshot";
import type { CellWrite } from "../state";
import { FLAG_WORD } from "./flag-look";
import type { Warning } from "./types";

/** アドインが備考に書く行の頭。担当者の書いた行と見分け、次の実行で書き直す（何度実行しても 1 つ）。 */
export const REMARK_PREFIX = `【${FLAG_WORD}】`;

/** 未達の項目の備考の行：「【未達】①（1）24回以上参加開催：進捗20.8％（期待 50％）」。 */
function remarkLines(ev: ItemEvaluation): string[] {
  return ev.targets
    .filter((t) => t.status === "behind" && t.progressPercent !== null)
    .map(
      (t) =>
        `${REMARK_PREFIX}${ev.item.label}${t.spec.label}${t.spec.text}：進捗${formatRate(t.progressPercent as number)}％（期待 ${t.expectedPercent === null ? "－" : formatExpected(t.expectedPercent)}％）`,
    );
}

/**
 * 備考の列があるシートでは、未達の理由を備考のセルに書く（白黒で印刷しても、色や注記に頼らずに理由が読める）。
 * 担当者の書いた行はそのまま残し、アドインの行（【未達】で始まる行）だけを書き直す・消す。
 */
export function planRemarks(grid: Grid, items: { ev: ItemEvaluation; cols: TableColumns }[], warnings: Warning[]): CellWrite[] {
  const sheet = grid.sheet.name;
  const cells = new Map<string, { row: number; col: number; lines: string[] }>();
  for (const { ev, cols } of items) {
    if (cols.remarks === null || ev.item.row === null) continue;
    const at = grid.anchor(ev.item.row, cols.remarks);
    const entry = cells.get(`${at.row}:${at.col}`) ?? { ...at, lines: [] };
    if (ev.flagged) entry.lines.push(...remarkLines(ev));
    cells.set(`${at.row}:${at.col}`, entry);
  }
  const writes: CellWrite[] = [];
  for (const { row, col, lines } of cells.values()) {
    const before = grid.ownText(row, col);
    const own = before === "" ? [] : before.split("\n").filter((l) => !l.startsWith(REMARK_PREFIX));
    const after = [...own, ...lines].join("\n");
    if (after === before) continue;
    if (grid.hasFormula(row, col) || (before !== "" && typeof grid.value(row, col) !== "string")) {
      warnings.push({
        sheet,
        cell: a1(row, col),
        message: "備考のセルが数式か文字でない値のため、未達の理由を書き込みません（注記には書きます）。",
      });
      continue;
    }
    writes.push({ sheet, row, col, before: before === "" ? null : before, after, purpose: "remark" });
  }
  return writes;
}
