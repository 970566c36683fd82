import { cellKey } from "../../../core/snapshot";
import type { UndoRecord } from "../../../core/state";
import { boxAddress, columnRuns } from "../addresses";
import { OPERATION_OVERHEAD, PAYLOAD_BUDGET } from "../budget";

/** セルの今の塗り：塗りなしは null（模様 None。白の塗りは "#FFFFFF"）。 */
export type FillNow = string | null;

const BYTES_PER_FILL = 64;

/**
 * 直前の評価で強調したセルの、今の塗りを読む（元に戻すとき、担当者が塗り替えたセルを戻さないため）。
 * 列ごとに縦に続くセルをまとめて getCellProperties（ExcelApi 1.9）で読む。
 */
export async function readFlagFills(
  ctx: Excel.RequestContext,
  undo: UndoRecord | null | undefined,
  budget = PAYLOAD_BUDGET,
): Promise<Record<string, FillNow>> {
  const cells = (undo?.flags ?? []).filter((f) => f.on);
  if (cells.length === 0) return {};
  const out: Record<string, FillNow> = {};
  const bySheet = new Map<string, { row: number; col: number }[]>();
  for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), { row: c.row, col: c.col }]);
  const runs = [...bySheet].flatMap(([sheet, list]) => columnRuns(list).map((r) => ({ sheet, ...r })));
  let start = 0;
  const chunks: (typeof runs)[] = [];
  while (start < runs.length) {
    let size = 0;
    let end = start;
    while (
      end < runs.length &&
      (end === start || size + OPERATION_OVERHEAD + ((runs[end]?.bottom ?? 0) - (runs[end]?.top ?? 0) + 1) * BYTES_PER_FILL <= budget)
    ) {
      size += OPERATION_OVERHEAD + ((runs[end]?.bottom ?? 0) - (runs[end]?.top ?? 0) + 1) * BYTES_PER_FILL;
      end++;
    }
    chunks.push(runs.slice(start, end));
    start = end;
  }
  const read = async (chunk: typeof runs): Promise<void> => {
    const loads = chunk.map((r) => {
      const range = ctx.workbook.worksheets.getItem(r.sheet).getRange(boxAddress(r.top, r.left, r.bottom - r.top + 1, 1));
      return { r, props: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) };
    });
    await ctx.sync();
    for (const { r, props } of loads) {
      for (let row = r.top; row <= r.bottom; row++) {
        const p = props.value[row - r.top]?.[0]?.format?.fill;
        out[cellKey({ sheet: r.sheet, row, col: r.left })] = !p || p.pattern === "None" ? null : (p.color ?? null);
      }
    }
  };
  await chunks.reduce<Promise<void>>((p, c) => p.then(() => read(c)), Promise.resolve());
  return out;
}
