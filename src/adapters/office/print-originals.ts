import type { PrintChanges } from "../../core/print";
import { boxAddress, columnRuns } from "./addresses";

/** 印刷設定を変える前の設定（元に戻すため状態に残す。Excel の形：余白は pt）。 */
export interface OfficePrintOriginal {
  host: "office";
  layout: Record<string, unknown>;
  printArea: string | null;
  titleRows: string | null;
  centerFooter: string;
  breaks: number[];
  /** 広げた行の元の高さ（行番号 → pt） */
  rowHeights: Record<string, number>;
}

const LAYOUT = [
  "orientation",
  "paperSize",
  "zoom",
  "centerHorizontally",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
];

export interface PrintOriginalLoad {
  layout: Excel.PageLayout;
  area: Excel.RangeAreas;
  titles: Excel.Range;
  footer: Excel.HeaderFooter;
  breaks: Excel.PageBreakCollection;
}

/** 印刷設定の今の値を読む操作を積む（ExcelApi 1.9）。 */
export function loadPrintOriginal(ctx: Excel.RequestContext, sheet: string): PrintOriginalLoad {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  return {
    layout: ws.pageLayout.load(LAYOUT.join(",")),
    area: ws.pageLayout.getPrintAreaOrNullObject().load("address"),
    titles: ws.pageLayout.getPrintTitleRowsOrNullObject().load("address"),
    footer: ws.pageLayout.headersFooters.defaultForAllPages.load("centerFooter"),
    breaks: ws.horizontalPageBreaks.load("items/rowIndex"),
  };
}

const local = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

export function printOriginal(load: PrintOriginalLoad, rowHeights: Record<string, number>): OfficePrintOriginal {
  const layout = load.layout.toJSON() as Record<string, unknown>;
  return {
    host: "office",
    layout: Object.fromEntries(LAYOUT.map((k) => [k, layout[k]])),
    printArea: load.area.isNullObject ? null : local(load.area.address),
    titleRows: load.titles.isNullObject ? null : local(load.titles.address),
    centerFooter: load.footer.centerFooter,
    breaks: load.breaks.items.map((b) => b.rowIndex),
    rowHeights,
  };
}

export function isOfficePrintOriginal(value: unknown): value is OfficePrintOriginal {
  return !!value && typeof value === "object" && (value as { host?: unknown }).host === "office";
}

interface HeightLoad {
  sheet: string;
  top: number;
  props: OfficeExtension.ClientResult<Excel.RowProperties[]>;
}

/** 広げる行の今の高さを読む（縦に続く行をまとめて getRowProperties で）。 */
export function loadRowHeights(ctx: Excel.RequestContext, print: PrintChanges): () => Map<string, Map<number, number>> {
  const bySheet = new Map<string, number[]>();
  for (const h of print.rowHeights) bySheet.set(h.sheet, [...(bySheet.get(h.sheet) ?? []), h.row]);
  const loads = [...bySheet].flatMap(([sheet, rows]): HeightLoad[] => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    return columnRuns(rows.map((row) => ({ row, col: 0 }))).map((run) => ({
      sheet,
      top: run.top,
      props: ws.getRange(boxAddress(run.top, 0, run.bottom - run.top + 1, 1)).getRowProperties({ format: { rowHeight: true } }),
    }));
  });
  return () => {
    const out = new Map<string, Map<number, number>>();
    for (const l of loads) {
      const heights = out.get(l.sheet) ?? new Map<number, number>();
      out.set(l.sheet, heights);
      l.props.value.forEach((p, i) => heights.set(l.top + i, p.format?.rowHeight ?? 15));
    }
    return out;
  };
}

/** 印刷設定を元に戻す操作を積む（printArea・titleRows がもともとなければ、その名前を消す）。 */
export function restorePrintOriginal(
  ctx: Excel.RequestContext,
  sheet: string,
  original: OfficePrintOriginal,
  names: { area: boolean; titles: boolean },
): void {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.pageLayout.set(original.layout as Excel.Interfaces.PageLayoutUpdateData);
  if (original.printArea) ws.pageLayout.setPrintArea(original.printArea);
  else if (names.area) ws.names.getItem("Print_Area").delete();
  if (original.titleRows) ws.pageLayout.setPrintTitleRows(original.titleRows);
  else if (names.titles) ws.names.getItem("Print_Titles").delete();
  ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = original.centerFooter;
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of original.breaks) ws.horizontalPageBreaks.add(`A${row + 1}`);
  for (const [row, height] of Object.entries(original.rowHeights))
    ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = height;
}
