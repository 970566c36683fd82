import type { CellTextStyle, MergeRange, SheetSnapshot } from "../snapshot";
import { cellHeight } from "./cell-height";
import { DEFAULT_TEXT_STYLE, type Renderer } from "./renderers";

/** 行の高さが分からないときの高さ（Excel・LibreOffice の標準、pt）。 */
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel の行の高さの上限（pt）。 */
export const EXCEL_MAX_ROW_HEIGHT = 409.5;
/** 列幅が分からないときの幅（Excel の標準の列幅）。 */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/** 行の高さを合わせる範囲と、列の幅と、描くアプリ。 */
export interface RowFitInput {
  /** 書き込んだ後の文字の入ったシート */
  sheet: SheetSnapshot;
  /** 合わせる範囲（印刷範囲） */
  area: { top: number; left: number; bottom: number; right: number };
  /** 表の本体の行（文字の見た目が分からないセルは折り返しありとみなす。外の表題・注記は折り返さないとみなす） */
  body: { top: number; bottom: number };
  /** 列の幅（Excel の単位） */
  widthOf: (col: number) => number;
  /** この全部で文字が切れない高さにする（Excel と LibreOffice の両方など） */
  renderers: Renderer[];
  /** 行の高さの上限（pt）：Excel は 409 pt まで、印刷では 1 ページに入る高さまで。これより文字が多い行は切れる */
  maxHeight: number;
  /** これらの行だけを広げる（なければ範囲のすべての行） */
  only?: Set<number>;
}

/**
 * 合わせた結果：範囲の各行の高さ（pt）と、広げた行（autofit は結合したセルの文字で高さが決まらない行）と、
 * 上限に収まらず文字が切れる行。
 */
export interface RowFit {
  heights: Map<number, number>;
  grown: { row: number; height: number; autofit: boolean }[];
  tooTall: number[];
}

function styleAt(sheet: SheetSnapshot, row: number, col: number, wrapByDefault: boolean): CellTextStyle {
  const style = sheet.textStyles?.[row - sheet.origin.row]?.[col - sheet.origin.col];
  return style ?? { ...DEFAULT_TEXT_STYLE, wrap: wrapByDefault };
}

const textAt = (sheet: SheetSnapshot, row: number, col: number): string =>
  sheet.texts[row - sheet.origin.row]?.[col - sheet.origin.col] ?? "";

/** Excel が行の高さを px に合わせるので、0.75 pt（1 px）の倍数に切り上げる。 */
const snapUp = (points: number): number => Math.ceil(points / 0.75 - 1e-9) * 0.75;

/** 結合の範囲の左上ごとに引く。 */
function mergeIndex(merges: MergeRange[]): Map<string, MergeRange> {
  const byAnchor = new Map<string, MergeRange>();
  for (const m of merges) byAnchor.set(`${m.top}:${m.left}`, m);
  return byAnchor;
}

/**
 * 印刷範囲の行の高さを、文字が全部見えるように広げる（狭めることはない）。1 行の中のセル（横の結合は幅を足す）は
 * その行で、縦に結合したセルは結合した行の高さの合計で足りるようにする（足りない分を行に等しく分ける）。
 */
export function fitRows(input: RowFitInput): RowFit {
  const { sheet, area, body, renderers } = input;
  const defaultSize = sheet.defaultFontSize ?? 11;
  const merges = mergeIndex(sheet.merges);
  const covered = new Set<string>();
  for (const m of sheet.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  const spanWidth = (left: number, right: number, renderer: Renderer): number => {
    let w = 0;
    for (let c = left; c <= right; c++) w += renderer.columnPoints(input.widthOf(c), defaultSize);
    return w;
  };
  const need = (row: number, col: number, right: number): number => {
    const text = textAt(sheet, row, col);
    const known = sheet.textStyles?.[row - sheet.origin.row]?.[col - sheet.origin.col];
    // 空のセルも、文字の大きさが決めてあればその 1 行分の高さをとる（LibreOffice も Excel もそうする：進捗度の 14 pt など）
    if (text === "") return known ? Math.max(...renderers.map((r) => r.lineHeight(known, true) + r.paddingY)) : 0;
    const style = styleAt(sheet, row, col, row >= body.top && row <= body.bottom);
    return Math.max(...renderers.map((r) => Math.max(r.minRowHeight(defaultSize), cellHeight(r, text, style, spanWidth(col, right, r)))));
  };
  const heights = new Map<number, number>();
  const mergedRows = new Set<number>();
  const tall: { merge: MergeRange; needed: number }[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    let needed = 0;
    for (let col = area.left; col <= area.right; col++) {
      if (covered.has(`${row}:${col}`)) continue;
      const merge = merges.get(`${row}:${col}`);
      if (merge && merge.bottom > merge.top) {
        const needed = need(row, col, merge.right);
        if (needed > 0) tall.push({ merge, needed });
        continue;
      }
      const h = need(row, col, merge?.right ?? col);
      if (h > 0 && merge) mergedRows.add(row);
      needed = Math.max(needed, h);
    }
    heights.set(row, Math.max(sheet.rowHeights?.[row] ?? DEFAULT_ROW_HEIGHT, needed));
  }
  for (const { merge, needed } of tall) spreadOver(heights, merge, needed, mergedRows);
  const grown: RowFit["grown"] = [];
  const tooTall: number[] = [];
  for (const [row, h] of heights) {
    const current = sheet.rowHeights?.[row] ?? DEFAULT_ROW_HEIGHT;
    if (h <= current + 0.01 || (input.only && !input.only.has(row))) {
      heights.set(row, current);
      continue;
    }
    if (h > input.maxHeight) tooTall.push(row);
    const height = Math.max(current, Math.min(snapUp(h), Math.floor(input.maxHeight / 0.75) * 0.75));
    heights.set(row, height);
    if (height > current) grown.push({ row, height, autofit: !mergedRows.has(row) });
  }
  return { heights, grown, tooTall };
}

/** 縦の結合のセルに要る高さが、結合した行の合計より高ければ、足りない分を行に等しく足す。 */
function spreadOver(heights: Map<number, number>, merge: MergeRange, needed: number, mergedRows: Set<number>): void {
  let sum = 0;
  for (let r = merge.top; r <= merge.bottom; r++) sum += heights.get(r) ?? DEFAULT_ROW_HEIGHT;
  if (sum >= needed) return;
  const rows = merge.bottom - merge.top + 1;
  for (let r = merge.top; r <= merge.bottom; r++) {
    heights.set(r, (heights.get(r) ?? DEFAULT_ROW_HEIGHT) + (needed - sum) / rows);
    mergedRows.add(r);
  }
}
