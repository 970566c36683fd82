import type { SheetEvaluation } from "../evaluate/sheet";
import type { SheetSnapshot } from "../snapshot";
import { printColumnWidths } from "./column-plan";
import { japaneseDate } from "./dates";
import { pageBreaks, type Block } from "./page-breaks";
import { EXCEL, LIBREOFFICE, type Renderer } from "./renderers";
import { DEFAULT_COLUMN_WIDTH, EXCEL_MAX_ROW_HEIGHT, fitRows } from "./row-fit";
import type { ColumnWidth, PrintPlan, RowHeight } from "./types";

/** 余白（インチ）：左右を狭め、下はフッターの分。A4 横の印刷できる幅を広くとり、縮小を小さくする。 */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.55, bottom: 0.7, header: 0.3, footer: 0.3 };
/** A4 横の印刷できる幅と高さ（pt）。 */
export const PRINTABLE = {
  width: 842 - 72 * (PRINT_MARGINS.left + PRINT_MARGINS.right),
  height: 595 - 72 * (PRINT_MARGINS.top + PRINT_MARGINS.bottom),
};
/** 本文の文字の下限（pt）。これより小さい文字の表は、写しを拡大して印刷する。 */
export const MIN_BODY_POINTS = 8;

/** 印刷する範囲・見出しの行・本体の行・目標の塊。 */
interface TableFrame {
  area: PrintPlan["area"];
  titleRows: [number, number] | null;
  body: { top: number; bottom: number };
  blocks: Block[];
}

function tableFrame(ev: SheetEvaluation): TableFrame {
  const cols = ev.goals.flatMap((g) => {
    const c = g.goal.region.columns;
    return [c.no, c.goal, c.target, c.action, c.progress, c.mark, c.rate, c.remarks].filter((x): x is number => x !== null);
  });
  const left = Math.min(...cols, ev.grid.left);
  let right = Math.max(...cols);
  for (const g of ev.goals)
    for (const c of [g.goal.region.columns.progress, g.goal.region.columns.mark])
      if (c !== null) right = Math.max(right, ev.grid.rightOf(g.goal.region.itemRows[0], c));
  const layout = ev.model.layout;
  const top = ev.grid.top;
  const listHeader = layout.kind === "list" ? [...layout.headerRows].filter((r) => r >= layout.firstHeaderRow) : [];
  const titleRows: [number, number] | null =
    layout.kind === "list"
      ? [layout.firstHeaderRow, Math.max(layout.firstHeaderRow, ...listHeader.filter((r) => r <= layout.firstHeaderRow + 2))]
      : layout.firstHeaderRow > top
        ? [top, layout.firstHeaderRow - 1]
        : null;
  // 目標の塊の始まり：調書形式は見出しの行、一覧形式は目標の最初の行
  const blocks = ev.goals.map((g) => {
    const r = g.goal.region;
    return { start: layout.kind === "block" ? Math.min(r.titleRows[0], r.itemRows[0]) - 1 : r.itemRows[0], end: r.itemRows[1] };
  });
  const lastItem = Math.max(...blocks.map((b) => b.end), layout.firstHeaderRow);
  return {
    area: { top, left, bottom: layout.legendRow ?? layout.lastRow, right },
    titleRows,
    body: { top: layout.firstHeaderRow, bottom: lastItem },
    blocks,
  };
}

/** 表の本体でいちばん小さい文字（pt）。分からなければ 11。 */
function smallestBodyText(sheet: SheetSnapshot, body: { top: number; bottom: number }): number {
  let smallest = Infinity;
  for (let r = body.top; r <= body.bottom; r++) {
    const texts = sheet.texts[r - sheet.origin.row] ?? [];
    texts.forEach((t, c) => {
      const size = sheet.textStyles?.[r - sheet.origin.row]?.[c]?.size;
      if (t !== "" && size !== undefined) smallest = Math.min(smallest, size);
    });
  }
  return Number.isFinite(smallest) ? smallest : 11;
}

/** 1 シートの印刷：設定と、広げる行の高さと、（写しだけ）列の幅と、高さの上限に収まらず文字が切れる行。 */
export interface SheetPrint {
  plan: PrintPlan;
  rowHeights: RowHeight[];
  columnWidths: ColumnWidth[];
  tooTall: number[];
}

/**
 * 議会に出す印刷の設定を作る（A4 横・横 1 ページ・見出しの繰り返し・塊ごとの改ページ・フッター）。
 * sheet は書き込みを当てた後の文字。target が workbook なら担当者のブックのため（列幅はそのまま、行は Excel でも
 * LibreOffice でも切れない高さ）、copy なら議会用 PDF の写しのため（LibreOffice が描く。表を A4 の幅に合わせた列幅にし、
 * 本文が 8 pt 未満なら拡大する）。文字の見た目（sheet.textStyles）が分からないブックでは、見積もりが当てにならないので、
 * アドインが書き込んだ行（written）だけを広げる。
 */
export function planPrint(
  ev: SheetEvaluation,
  sheet: SheetSnapshot,
  asOf: string,
  target: "workbook" | "copy",
  written: Set<number> = new Set(),
): SheetPrint {
  const frame = tableFrame(ev);
  const size = sheet.defaultFontSize ?? 11;
  const enlarge = target === "copy" ? Math.max(1, MIN_BODY_POINTS / smallestBodyText(sheet, frame.body)) : 1;
  const widths =
    target === "copy" ? printColumnWidths(sheet, frame.area, LIBREOFFICE, (PRINTABLE.width * 0.97) / enlarge) : new Map<number, number>();
  const widthOf = (c: number): number => widths.get(c) ?? sheet.columnWidths?.[c] ?? DEFAULT_COLUMN_WIDTH;
  const renderers: Renderer[] = target === "copy" ? [LIBREOFFICE] : [LIBREOFFICE, EXCEL];
  const printer = target === "copy" ? LIBREOFFICE : EXCEL;
  let tableWidth = 0;
  for (let c = frame.area.left; c <= frame.area.right; c++) tableWidth += printer.columnPoints(widthOf(c), size);
  const scale = enlarge > 1 ? enlarge : Math.min(1, PRINTABLE.width / tableWidth);
  // 1 ページに入らない高さの行は印刷できないので、写しでは見出しの繰り返しを除いたページの高さまでにする
  const maxHeight = target === "copy" ? (PRINTABLE.height / scale) * 0.8 : EXCEL_MAX_ROW_HEIGHT;
  const fit = fitRows({
    sheet,
    area: frame.area,
    body: frame.body,
    widthOf,
    renderers,
    maxHeight,
    only: sheet.textStyles ? undefined : written,
  });
  const department = ev.model.meta.department ?? ev.model.name;
  const plan: PrintPlan = {
    sheet: ev.model.name,
    area: frame.area,
    titleRows: frame.titleRows,
    breaksBefore: pageBreaks({
      heights: fit.heights,
      blocks: frame.blocks,
      top: frame.area.top,
      bottom: frame.area.bottom,
      titleRows: frame.titleRows,
      capacity: PRINTABLE.height / scale,
    }),
    centerFooter: `${department}　${ev.report}（基準日 ${japaneseDate(asOf)}）　&P / &N`,
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    scale: enlarge > 1 ? Math.ceil(enlarge * 100) : null,
    margins: PRINT_MARGINS,
    horizontalCentered: true,
  };
  return {
    plan,
    rowHeights: fit.grown.map((g) => ({ sheet: ev.model.name, row: g.row, height: g.height, autofit: g.autofit })),
    columnWidths: [...widths].map(([col, width]) => ({ sheet: ev.model.name, col, width })),
    tooTall: fit.tooTall,
  };
}
