/** 1 シートの印刷の設定（議会に出す PDF のため）。行・列は 0 始まり。 */
export interface PrintPlan {
  sheet: string;
  /** 印刷範囲（表題から評価基準の注記まで） */
  area: { top: number; left: number; bottom: number; right: number };
  /** すべてのページの上に繰り返す行 */
  titleRows: [number, number] | null;
  /** この行の前で改ページする（目標の塊の途中で切らないため） */
  breaksBefore: number[];
  /** 中央のフッター（Excel のコード &P・&N を含む） */
  centerFooter: string;
  orientation: "landscape";
  paper: "A4";
  /** 横 1 ページに収める（縦は成り行き） */
  fitToWidth: 1;
}

/** アドインが書く「評価集計」シート（1 ページ）。 */
export interface SummarySheet {
  name: string;
  rows: string[][];
  /** 見出しの行（太字・罫線） */
  headerRows: number[];
  /** 表の範囲（罫線を引く行） */
  tableRows: number[];
  columnWidths: number[];
}

export const SUMMARY_SHEET = "評価集計";

/** 行の高さ（pt）。印刷の前に、文が全部見えるように広げる（狭めることはない）。 */
export interface RowHeight {
  sheet: string;
  /** 0 始まりの行 */
  row: number;
  height: number;
}

/** 印刷のための変更：各シートの印刷設定、（頼まれれば）評価集計のシート、行の高さ。 */
export interface PrintChanges {
  plans: PrintPlan[];
  summary: SummarySheet | null;
  rowHeights: RowHeight[];
}
