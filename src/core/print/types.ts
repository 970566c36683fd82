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
