import { boxAddress, columnRuns } from "../addresses";
import { OPERATION_OVERHEAD, PAYLOAD_BUDGET } from "../budget";

/** 表示文字列を読む必要のあるセル（数・真偽：文字のセルは値がそのまま表示になる）。 */
export interface NumberCell {
  sheet: string;
  row: number;
  col: number;
}

export interface CellDisplay {
  text: string;
  format: string;
}

/** 1 セルの表示文字列と書式の応答の見込み（"15.5%" と "0.0%" ほど）。 */
const BYTES_PER_NUMBER_CELL = 48;

interface RunLoad {
  sheet: string;
  top: number;
  col: number;
  range: Excel.Range;
}

/**
 * 数や日付や真偽のセルだけ、表示文字列（text）と数値書式を読む（0.155 が "15.5%" と見えることを核が使う）。
 * 文字のセルの表示は値と同じなので読まない：応答がほぼ半分になる。列ごとに縦に続くセルを 1 つの範囲にまとめ、
 * 予算ごとに同期する（ふつうは 1 回）。
 */
export async function readNumberTexts(
  ctx: Excel.RequestContext,
  cells: NumberCell[],
  budget = PAYLOAD_BUDGET,
): Promise<Map<string, CellDisplay>> {
  const out = new Map<string, CellDisplay>();
  const bySheet = new Map<string, NumberCell[]>();
  for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  const runs = [...bySheet].flatMap(([sheet, list]) => columnRuns(list, 3).map((r) => ({ sheet, ...r })));
  const groups: (typeof runs)[] = [];
  let current: typeof runs = [];
  let size = 0;
  for (const run of runs) {
    const bytes = OPERATION_OVERHEAD + (run.bottom - run.top + 1) * BYTES_PER_NUMBER_CELL;
    if (current.length > 0 && size + bytes > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(run);
    size += bytes;
  }
  if (current.length > 0) groups.push(current);
  const read = async (group: typeof runs): Promise<void> => {
    const loads: RunLoad[] = group.map((r) => ({
      sheet: r.sheet,
      top: r.top,
      col: r.left,
      range: ctx.workbook.worksheets
        .getItem(r.sheet)
        .getRange(boxAddress(r.top, r.left, r.bottom - r.top + 1, 1))
        .load("text,numberFormat"),
    }));
    await ctx.sync();
    for (const l of loads) {
      l.range.text.forEach((row, i) =>
        out.set(`${l.sheet}\u0000${l.top + i}\u0000${l.col}`, {
          text: String(row[0] ?? ""),
          format: String(l.range.numberFormat[i]?.[0] ?? "General"),
        }),
      );
    }
  };
  await groups.reduce<Promise<void>>((p, g) => p.then(() => read(g)), Promise.resolve());
  return out;
}

export function displayKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}
