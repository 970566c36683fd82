import type { MergeRange } from "../../../core/snapshot";
import { boxAddress as address, parseAreas } from "../addresses";
import { isPayloadError, jsonValueBytes, PAYLOAD_BUDGET } from "../budget";
import type { UsedExtent } from "./outline";

/** 読む 1 つのシート：範囲と、1 セルあたりの応答の大きさの見込み（読みながら直す）。 */
export interface BandSheet {
  name: string;
  used: UsedExtent;
  /** 数式・結合・行の高さも読むか（状態のシートは値だけ） */
  full: boolean;
  bytesPerCell: number;
}

/** 読んだもの（シートごと、行は使用範囲の上からの順）。 */
export interface SheetCells {
  values: unknown[][];
  /** 数式のセル（読めたとき） */
  formulas: boolean[][] | null;
  merges: MergeRange[];
  /** 結合を読めなかった（512 を超えるなど） */
  mergesUnread: boolean;
  rowHeights: Map<number, number>;
  columnWidths: number[] | null;
}

/** 1 回の getMergedAreasOrNullObject で見る行の数（結合が 512 を超えると失敗するため、小さく分ける）。 */
const MERGE_ROWS = 120;
const MAX_BAND_ROWS = 20000;
/** 行ごとに値のほかに返るもの（行の高さ・結合の番地）の見込み。 */
const ROW_OVERHEAD = 100;

interface Band {
  sheet: BandSheet;
  top: number;
  rows: number;
  mergeRows: number;
}

interface BandLoad {
  band: Band;
  range: Excel.Range;
  formulaAreas: Excel.RangeAreas | null;
  merged: Excel.RangeAreas[];
  rowProps: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  colProps: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null;
}

function queueBand(ctx: Excel.RequestContext, band: Band, merges: boolean, first: boolean): BandLoad {
  const { sheet } = band;
  const ws = ctx.workbook.worksheets.getItem(sheet.name);
  const range = ws.getRange(address(band.top, sheet.used.left, band.rows, sheet.used.cols));
  range.load("values");
  // 数式のセルは、数式の文字列を読まずに場所だけを得る（' で始めた文字は formulas では = で始まって見えるため、それでは見分けられない）
  const formulaAreas = sheet.full ? range.getSpecialCellsOrNullObject("Formulas").load("address") : null;
  const merged: Excel.RangeAreas[] = [];
  if (sheet.full && merges) {
    for (let t = band.top; t < band.top + band.rows; t += band.mergeRows) {
      const rows = Math.min(band.mergeRows, band.top + band.rows - t);
      merged.push(
        ws
          .getRange(address(t, sheet.used.left, rows, sheet.used.cols))
          .getMergedAreasOrNullObject()
          .load("address"),
      );
    }
  }
  const rowProps = sheet.full ? range.getRowProperties({ format: { rowHeight: true } }) : null;
  const colProps = sheet.full && first ? range.getColumnProperties({ format: { columnWidth: true } }) : null;
  return { band, range, formulaAreas, merged, rowProps, colProps };
}

function emptyCells(): SheetCells {
  return { values: [], formulas: null, merges: [], mergesUnread: false, rowHeights: new Map(), columnWidths: null };
}

/** 列の幅（pt）を Excel の列幅の単位（標準の文字の数）に：1 文字 ≈ 5.6 pt（src/core/print/heights.ts と同じ見積もり）。 */
const POINTS_PER_CHARACTER = 5.6;

function store(load: BandLoad, cells: SheetCells): number {
  const { band, range } = load;
  const values = range.values;
  cells.values.push(...values);
  const cols = band.sheet.used.cols;
  if (band.sheet.full) {
    cells.formulas ??= [];
    const marks = values.map(() => new Array<boolean>(cols).fill(false));
    if (load.formulaAreas && !load.formulaAreas.isNullObject) {
      for (const a of parseAreas(load.formulaAreas.address, true)) {
        for (let r = a.top; r <= a.bottom; r++)
          for (let c = a.left; c <= a.right; c++) {
            const row = marks[r - band.top];
            if (row && c - band.sheet.used.left < cols) row[c - band.sheet.used.left] = true;
          }
      }
    }
    cells.formulas.push(...marks);
  }
  const seen = new Set(cells.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`));
  for (const areas of load.merged) {
    if (areas.isNullObject) continue;
    for (const m of parseAreas(areas.address)) {
      const key = `${m.top},${m.left},${m.bottom},${m.right}`;
      if (!seen.has(key)) cells.merges.push(m);
      seen.add(key);
    }
  }
  load.rowProps?.value.forEach((p, i) => {
    if (typeof p.format?.rowHeight === "number") cells.rowHeights.set(band.top + i, p.format.rowHeight);
  });
  if (load.colProps) cells.columnWidths = load.colProps.value.map((p) => (p.format?.columnWidth ?? 48) / POINTS_PER_CHARACTER);
  return jsonValueBytes(values);
}

/** いま読む帯（予算に収まるだけ、シートの順に）。 */
function plan(sheets: BandSheet[], next: Map<string, number>, mergeRows: Map<string, number>, budget: number): Band[] {
  const bands: Band[] = [];
  let left = budget;
  for (const sheet of sheets) {
    const done = next.get(sheet.name) ?? 0;
    const remaining = sheet.used.rows - done;
    if (remaining <= 0) continue;
    const perRow = sheet.used.cols * sheet.bytesPerCell + (sheet.full ? ROW_OVERHEAD : 0);
    // シートの最初の帯は、中身の大きさがまだ分からないので予算の 4 分の 1 まで（読んだ大きさで次から見積もる）
    let rows = Math.floor((done === 0 ? Math.min(left, budget / 4) : left) / perRow);
    if (rows < 1) {
      if (bands.length > 0) break;
      rows = 1;
    }
    rows = Math.min(rows, remaining, MAX_BAND_ROWS);
    bands.push({ sheet, top: sheet.used.top + done, rows, mergeRows: mergeRows.get(sheet.name) ?? MERGE_ROWS });
    left -= rows * perRow;
    if (left <= 0) break;
  }
  return bands;
}

const isEditMode = (e: unknown): boolean => (e as { code?: string } | null)?.code === "InvalidOperationInCellEditMode";

/**
 * シートを行の帯に分けて読む。1 回の同期で、予算（既定 4 MB）に収まるだけの帯を読む（帯ごとに同期 1 回、
 * 小さなシートは何枚でも 1 回）。1 セルあたりの大きさは読んだ帯から見積もり直す。応答が大きすぎると言われたら
 * 帯を半分にし、結合の読み取りが失敗したら（512 を超えるなど）結合を読む行を細かくして読み直す。
 * 1 行ずつでも結合を読めなければ、そのシートは結合を推定に切り替える。
 */
export async function readBands(ctx: Excel.RequestContext, sheets: BandSheet[], budget = PAYLOAD_BUDGET): Promise<Map<string, SheetCells>> {
  const out = new Map(sheets.map((s) => [s.name, emptyCells()]));
  const next = new Map<string, number>();
  const mergeRows = new Map<string, number>();
  const noMerges = new Set<string>();
  const step = async (): Promise<void> => {
    const bands = plan(sheets, next, mergeRows, budget);
    if (bands.length === 0) return;
    const loads = bands.map((b) => queueBand(ctx, b, !noMerges.has(b.sheet.name), (next.get(b.sheet.name) ?? 0) === 0));
    try {
      await ctx.sync();
    } catch (e) {
      if (isEditMode(e)) throw e;
      if (isPayloadError(e)) {
        if (bands.length === 1 && (bands[0] as Band).rows === 1) throw e;
        for (const b of bands) b.sheet.bytesPerCell *= 2;
        return step();
      }
      const withMerges = loads.filter((l) => l.merged.length > 0);
      if (withMerges.length === 0) throw e;
      for (const l of withMerges) {
        const name = l.band.sheet.name;
        if (l.band.mergeRows > 1) mergeRows.set(name, Math.max(1, Math.floor(l.band.mergeRows / 4)));
        else noMerges.add(name);
      }
      return step();
    }
    for (const load of loads) {
      const cells = out.get(load.band.sheet.name) as SheetCells;
      const bytes = store(load, cells);
      cells.mergesUnread ||= noMerges.has(load.band.sheet.name);
      next.set(load.band.sheet.name, (next.get(load.band.sheet.name) ?? 0) + load.band.rows);
      load.band.sheet.bytesPerCell = Math.max(8, (bytes / (load.band.rows * load.band.sheet.used.cols)) * 1.3);
    }
    return step();
  };
  await step();
  return out;
}
