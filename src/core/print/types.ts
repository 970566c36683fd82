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
  /** 縦のページ数（0 は成り行き） */
  fitToHeight: number;
  /** 固定の倍率（％）。null なら fitToWidth・fitToHeight に合わせる */
  scale: number | null;
  /** 余白（インチ）。null なら今の設定のまま */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number } | null;
  /** ページの左右の中央に置く */
  horizontalCentered: boolean;
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
  /**
   * 結合したセルの文字で高さが決まらない行（Excel の「行の高さの自動調整」で正しく合う）。
   * false・なしの行は、自動調整が結合したセルを見ないので height を設定する。
   */
  autofit?: boolean;
}

/** 列の幅（Excel の列幅の単位：標準の文字の数）。議会用 PDF の写しにだけ使う（担当者のブックの列幅は変えない）。 */
export interface ColumnWidth {
  sheet: string;
  /** 0 始まりの列 */
  col: number;
  width: number;
}

/** 印刷のための変更：各シートの印刷設定、（頼まれれば）評価集計のシート、行の高さ、（写しだけ）列の幅。 */
export interface PrintChanges {
  plans: PrintPlan[];
  summary: SummarySheet | null;
  rowHeights: RowHeight[];
  /** 議会用 PDF の写しにだけ当てる列の幅（ブックそのものに書くときは空） */
  columnWidths: ColumnWidth[];
}
