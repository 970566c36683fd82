import { STATE_SHEET } from "../../../core/state";

/** シートの値の使用範囲（0 始まり）。値のないシートは null。 */
export interface UsedExtent {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface SheetOutline {
  name: string;
  used: UsedExtent | null;
  protected: boolean;
}

/** ブックのあらまし：シートの一覧・値の使用範囲・保護。 */
export interface WorkbookOutline {
  sheets: SheetOutline[];
  /** アドインの状態のシート（なければ null） */
  state: SheetOutline | null;
  /** ブックの構成の保護（シートを足せない） */
  structureProtected: boolean;
}

/**
 * 2 回の同期でブックのあらましを読む：シートの名前（1 回目）、各シートの値の使用範囲と保護（2 回目）。
 * 使用範囲は値のあるセルだけ（valuesOnly）：書式だけのセル（塗りだけの行など）で範囲を広げない。
 */
export async function readOutline(ctx: Excel.RequestContext): Promise<WorkbookOutline> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load("items/name");
  const book = ctx.workbook.protection.load("protected");
  await ctx.sync();
  const parts = worksheets.items.map((ws) => ({
    name: ws.name,
    used: ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
    protection: ws.protection.load("protected"),
  }));
  await ctx.sync();
  const outlines: SheetOutline[] = parts.map((p) => ({
    name: p.name,
    used: p.used.isNullObject ? null : { top: p.used.rowIndex, left: p.used.columnIndex, rows: p.used.rowCount, cols: p.used.columnCount },
    protected: p.protection.protected,
  }));
  return {
    sheets: outlines.filter((s) => s.name !== STATE_SHEET),
    state: outlines.find((s) => s.name === STATE_SHEET) ?? null,
    structureProtected: book.protected,
  };
}
