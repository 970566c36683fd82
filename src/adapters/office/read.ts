import { inferHeaderMerges } from "../../core/layout/infer-merges";
import { cellKey, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../core/snapshot";
import { decodeState, STATE_SHEET } from "../../core/state";
import { parseAreas } from "./addresses";
import type { Capabilities } from "./requirements";

/** 読み取りの結果：スナップショットと、強調を外すときに戻す元の塗り。 */
export interface OfficeRead {
  snapshot: WorkbookSnapshot;
  sheetNames: string[];
  /** "シート!A1" → 塗りの色（"#FFFFFF" など）。読めなければ空 */
  fills: Map<string, string | null>;
  warnings: string[];
}

interface SheetRead {
  name: string;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  fill: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

function toValues(values: unknown[][]): CellValue[][] {
  return values.map((row) => row.map((v) => (v === "" || v === undefined ? null : (v as CellValue))));
}

function sheetSnapshot(r: SheetRead, caps: Capabilities, fills: Map<string, string | null>): SheetSnapshot | null {
  if (r.used.isNullObject) return { name: r.name, origin: { row: 0, col: 0 }, values: [], texts: [], formats: [], merges: [] };
  if (!r.used.values || !r.used.text) return null;
  const origin = { row: r.used.rowIndex, col: r.used.columnIndex };
  const formulas = (r.used.formulas ?? []).map((row) => row.map((f) => typeof f === "string" && f.startsWith("=")));
  const snap: SheetSnapshot = {
    name: r.name,
    origin,
    values: toValues(r.used.values),
    texts: r.used.text.map((row) => row.map(String)),
    formats: (r.used.numberFormat ?? []).map((row) => row.map(String)),
    formulas,
    merges: r.merged && !r.merged.isNullObject ? parseAreas(r.merged.address) : [],
  };
  r.fill?.value.forEach((row, i) =>
    row.forEach((p, j) => fills.set(cellKey({ sheet: r.name, row: origin.row + i, col: origin.col + j }), p.format?.fill?.color ?? null)),
  );
  return caps.merges ? snap : inferHeaderMerges(snap);
}

/**
 * ブックを読む。context.sync() は 2 回だけ：シートの一覧で 1 回、全シートの使用範囲
 * （値・表示文字列・数値書式・数式）と結合と塗りで 1 回。シートや行の数によらない。
 */
export async function readWorkbook(ctx: Excel.RequestContext, caps: Capabilities): Promise<OfficeRead> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  await ctx.sync();
  const reads: SheetRead[] = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject();
    used.load("address,rowIndex,columnIndex,values,text,numberFormat,formulas");
    const merged = caps.merges ? used.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    const isState = ws.name === STATE_SHEET;
    const fill = caps.cellProperties && !isState ? used.getCellProperties({ format: { fill: { color: true } } }) : null;
    return { name: ws.name, used, merged, fill };
  });
  await ctx.sync();
  const fills = new Map<string, string | null>();
  const warnings: string[] = [];
  const snapshots: SheetSnapshot[] = [];
  let stateCells: string[] = [];
  for (const r of reads) {
    if (r.name === STATE_SHEET) {
      if (!r.used.isNullObject) stateCells = (r.used.values ?? []).map((row) => String(row[0] ?? ""));
      continue;
    }
    const snap = sheetSnapshot(r, caps, fills);
    if (snap) snapshots.push(snap);
    else warnings.push(`シート「${r.name}」は大きすぎて読めません（500 万セルを超える範囲は Excel が返しません）。表の部分だけの別のシートにしてください。`);
  }
  const decoded = decodeState(stateCells);
  const state = decoded.kind === "ok" ? decoded.state : null;
  const stateProblem = decoded.kind === "damaged" ? decoded.reason : null;
  return { snapshot: { sheets: snapshots, state, stateProblem }, sheetNames: sheets.items.map((s) => s.name), fills, warnings };
}
