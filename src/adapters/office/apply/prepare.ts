import { FLAG_LOOK } from "../../../core/changes/flag-look";
import type { ChangeSet } from "../../../core/changes/types";
import { a1, cellKey } from "../../../core/snapshot";
import type { AddinState } from "../../../core/state";
import { boxAddress, columnRuns } from "../addresses";
import { isOfficePrintOriginal, loadPrintOriginal, loadRowHeights, printOriginal, type OfficePrintOriginal } from "../print-originals";
import type { Capabilities } from "../requirements";
import { EDGES, type OfficeFillOriginal } from "./flag-format";

/** 書く前に読んでおくもの：初めて強調するセルの元の書式、触る注記の今の中身、初めて印刷設定を変えるシートの元の設定。 */
export interface Prepared {
  fills: Map<string, OfficeFillOriginal>;
  notes: Map<string, string | null>;
  print: Map<string, OfficePrintOriginal>;
  /** 元に戻すシートに印刷範囲・印刷タイトルの名前があるか */
  printNames: Map<string, { area: boolean; titles: boolean }>;
  /** 広げる行の今の高さ（シート → 行 → pt） */
  heights: Map<string, Map<number, number>>;
}

type Later = () => void;

/** 読んだ塗り（塗りなしは模様 None）を、元の書式として控える。 */
function recordFills(
  out: Prepared,
  sheet: string,
  run: { top: number; bottom: number; left: number },
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]>,
): void {
  props.value.forEach((row, i) => {
    const p = row[0]?.format?.fill;
    const color = !p || p.pattern === "None" ? null : (p.color ?? null);
    out.fills.set(cellKey({ sheet, row: run.top + i, col: run.left }), {
      host: "office",
      color,
      pattern: p?.pattern ?? null,
      patternColor: p?.patternColor ?? null,
      borders: null,
    });
  });
}

/** null オブジェクトでない（*OrNullObject で得たものが実在する）か。 */
const exists = (o: { isNullObject: boolean }): boolean => !o.isNullObject;

function fillLoads(ctx: Excel.RequestContext, changes: ChangeSet, state: AddinState, out: Prepared): Later[] {
  const fresh = changes.flags.filter((f) => f.on && !(cellKey(f) in state.originals));
  const later: Later[] = [];
  const bySheet = new Map<string, { row: number; col: number }[]>();
  for (const f of fresh) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), { row: f.row, col: f.col }]);
  for (const [sheet, cells] of bySheet) {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    for (const run of columnRuns(cells)) {
      const props = ws
        .getRange(boxAddress(run.top, run.left, run.bottom - run.top + 1, 1))
        .getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } });
      later.push(() => recordFills(out, sheet, run, props));
    }
    if (FLAG_LOOK.border) {
      for (const c of cells) {
        const borders = EDGES.map((edge) => ({
          edge,
          b: ws.getRange(a1(c.row, c.col)).format.borders.getItem(edge).load("style,color,weight"),
        }));
        later.push(() => {
          const original = out.fills.get(cellKey({ sheet, ...c }));
          if (original)
            original.borders = Object.fromEntries(
              borders.map(({ edge, b }) => [edge, { style: b.style, color: b.color, weight: b.weight }]),
            );
        });
      }
    }
  }
  return later;
}

function noteLoads(ctx: Excel.RequestContext, changes: ChangeSet, state: AddinState, caps: Capabilities, out: Prepared): Later[] {
  if (!caps.notes) return [];
  // 付ける注記と、外す強調のセル（前の記録はもう次の状態に置き換わっているので、外すセルはすべて見る）
  const touched = changes.flags.filter((f) => !f.on || f.note !== null || state.originals[cellKey(f)]);
  return touched.map((f) => {
    const note = ctx.workbook.worksheets.getItem(f.sheet).notes.getItemOrNullObject(a1(f.row, f.col)).load("content");
    return () => out.notes.set(cellKey(f), note.isNullObject ? null : note.content);
  });
}

function printLoads(ctx: Excel.RequestContext, changes: ChangeSet, state: AddinState, out: Prepared): Later[] {
  const later: Later[] = [];
  const print = changes.print;
  if (print) {
    const heights = print.rowHeights.length > 0 ? loadRowHeights(ctx, print) : () => new Map<string, Map<number, number>>();
    const fresh = print.plans.filter((p) => !isOfficePrintOriginal(state.printOriginals[p.sheet]));
    const loads = fresh.map((p) => ({ sheet: p.sheet, load: loadPrintOriginal(ctx, p.sheet) }));
    later.push(() => {
      for (const [sheet, rows] of heights()) out.heights.set(sheet, rows);
      for (const { sheet, load } of loads) out.print.set(sheet, printOriginal(load, {}));
    });
  }
  for (const sheet of changes.restorePrint) {
    if (!isOfficePrintOriginal(state.printOriginals[sheet])) continue;
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const area = ws.names.getItemOrNullObject("Print_Area");
    const titles = ws.names.getItemOrNullObject("Print_Titles");
    later.push(() => out.printNames.set(sheet, { area: exists(area), titles: exists(titles) }));
  }
  return later;
}

/**
 * 書く前に 1 回だけ読む（読むものがなければ同期しない）。強調・注記・印刷設定を元に戻せるように、
 * 変える前の書式と設定を集める。
 */
export async function prepare(
  ctx: Excel.RequestContext,
  changes: ChangeSet,
  state: AddinState | null,
  caps: Capabilities,
): Promise<Prepared> {
  const out: Prepared = { fills: new Map(), notes: new Map(), print: new Map(), printNames: new Map(), heights: new Map() };
  if (!state) return out;
  const later = [
    ...fillLoads(ctx, changes, state, out),
    ...noteLoads(ctx, changes, state, caps, out),
    ...printLoads(ctx, changes, state, out),
  ];
  if (later.length === 0) return out;
  await ctx.sync();
  for (const f of later) f();
  return out;
}
