import { parseA1 } from "../../../src/core/snapshot";
import { officeError } from "./errors";
import type { Box } from "./sheet";

const MAX_ROW = 1048575;
const MAX_COL = 16383;

function columnIndex(letters: string): number {
  return parseA1(`${letters}1`)?.col ?? -1;
}

/** "A1" "A1:B2" "'Sheet 1'!A1:B2" "A:A" "$5:$7" をシート上の箱にする。読めなければ InvalidArgument。 */
export function parseBox(address: string, where: string): Box {
  const local = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).replace(/\$/g, "").toUpperCase();
  const [a = "", b = a] = local.split(":");
  if (/^[A-Z]+$/.test(a) && /^[A-Z]+$/.test(b)) return { top: 0, left: columnIndex(a), bottom: MAX_ROW, right: columnIndex(b) };
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return { top: Number(a) - 1, left: 0, bottom: Number(b) - 1, right: MAX_COL };
  const tl = parseA1(a);
  const br = parseA1(b);
  if (!tl || !br || br.row < tl.row || br.col < tl.col)
    throw officeError("InvalidArgument", `The address '${address}' is not valid.`, where);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

/** 箱を行ごとの横の連なりに分けずに、セルの集まりを長方形の並びにまとめる（同じ列の範囲の行を縦につなぐ）。 */
export function boxesOf(cells: { row: number; col: number }[]): Box[] {
  const rows = new Map<number, number[]>();
  for (const c of cells) (rows.get(c.row) ?? (rows.set(c.row, []).get(c.row) as number[])).push(c.col);
  const runs: Box[] = [];
  for (const [row, cols] of [...rows].sort((x, y) => x[0] - y[0])) {
    cols.sort((x, y) => x - y);
    let start = cols[0] as number;
    for (let i = 1; i <= cols.length; i++) {
      const col = cols[i];
      if (col !== undefined && col === (cols[i - 1] as number) + 1) continue;
      runs.push({ top: row, left: start, bottom: row, right: cols[i - 1] as number });
      if (col !== undefined) start = col;
    }
  }
  const out: Box[] = [];
  for (const run of runs) {
    const above = out.find((b) => b.bottom === run.top - 1 && b.left === run.left && b.right === run.right);
    if (above) above.bottom = run.bottom;
    else out.push({ ...run });
  }
  return out;
}
