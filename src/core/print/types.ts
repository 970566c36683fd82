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

/** 評価集計のセルの見た目（Excel でも LibreOffice でも同じに描ける範囲のもの）。 */
export interface SummaryStyle {
  /** 文字の大きさ（pt） */
  size: number;
  bold: boolean;
  /** 文字の色（#RRGGBB） */
  color: string;
  /** 塗り（#RRGGBB）。null なら塗らない */
  fill: string | null;
  horizontal: "left" | "center" | "right";
  vertical: "top" | "middle" | "bottom";
  wrap: boolean;
  /** 字下げ（Excel の段階。罫線と文字の間の余白） */
  indent: number;
  /** 罫線：all は四方、bottom は下だけ（見出しの下線）、none は引かない */
  border: "all" | "bottom" | "none";
  /** 罫線の色（#RRGGBB） */
  borderColor: string;
}

/** 評価集計の 1 つのセル（span 列ぶんを結合する）。 */
export interface SummaryCell {
  /** 0 始まりの列 */
  col: number;
  /** 何列ぶんか（1 なら結合しない） */
  span: number;
  text: string;
  /** styles の名前 */
  style: string;
}

/** 評価集計の 1 行。 */
export interface SummaryRow {
  /** 行の高さ（pt）：文字が Excel でも LibreOffice でも切れず、罫線に触れない高さ */
  height: number;
  cells: SummaryCell[];
}

/**
 * アドインが書く「評価集計」シート（A4 横 1 ページ）。方眼の列に、見た目の名前つきのセルを並べた表。
 * アダプター（ExcelJS・office.js）はこれをそのまま描く：値は文字として、結合・塗り・罫線・字下げ・行の高さ・列幅。
 */
export interface SummarySheet {
  name: string;
  /** すべてのセルのフォント */
  font: string;
  /** 列の幅（Excel の単位） */
  columnWidths: number[];
  rows: SummaryRow[];
  styles: Record<string, SummaryStyle>;
  /** 余白（インチ）。A4 横・横 1 ページ・左右中央で印刷する */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** 縦も 1 ページに収める（目標が多すぎて 8 pt 以上で 1 ページに入らないときは false：縦は成り行き） */
  onePage: boolean;
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
  /** 文字が多すぎて行の高さの上限（Excel 409 pt・印刷では 1 ページ）に収まらず、一部が見えない行（知らせるため） */
  tooTall?: { sheet: string; row: number }[];
}
