/** セルの生の値。数式の場合は計算結果。エラー値は文字列（"#N/A" など）で、isError が立つ。 */
export type CellValue = string | number | boolean | null;

/** 結合範囲（0 始まり、両端を含む）。 */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** セルの文字の見た目（印刷の前に行の高さ・列の幅を見積もるため）。 */
export interface CellTextStyle {
  /** 文字の大きさ（pt） */
  size: number;
  /** フォント名（分からなければ null） */
  font: string | null;
  bold: boolean;
  /** 折り返して全体を表示する */
  wrap: boolean;
}

/**
 * シートのスナップショット。ホスト（Excel / ExcelJS）から読んだ値と表示文字列と書式と結合。
 * 配列は使用範囲の左上（origin）からの相対位置で持つ。行や列が欠けていれば空セル扱い。
 */
export interface SheetSnapshot {
  /** シート名 */
  name: string;
  /** 使用範囲の左上のシート上の位置（0 始まり） */
  origin: { row: number; col: number };
  /** 値（values） */
  values: CellValue[][];
  /** 表示文字列（text）。書式を当てた後の文字列（0.155 → "15.5%"）。 */
  texts: string[][];
  /** 数値書式（numberFormat） */
  formats: string[][];
  /** 数式があるセルは true（任意） */
  formulas?: boolean[][];
  /** 結合範囲（シート上の絶対位置） */
  merges: MergeRange[];
  /** 結合情報が推定であることを示す（ExcelApi 1.13 未満） */
  mergesInferred?: boolean;
  /** 行の高さ（pt、シート上の行番号で引く）。分からなければなし（印刷の改ページの見積もりに使う） */
  rowHeights?: (number | null)[];
  /** 列の幅（文字数、シート上の列番号で引く） */
  columnWidths?: (number | null)[];
  /** シートが保護されている（書き込む前に確かめ、書かずに知らせる） */
  protected?: boolean;
  /** セルの文字の見た目（texts と同じ並び）。分からないセル・なしのときは 11 pt・折り返しありとみなす */
  textStyles?: (CellTextStyle | null)[][];
  /** ブックの標準のフォントの大きさ（pt）。列幅の単位の大きさを決める。なければ 11 */
  defaultFontSize?: number;
}

/** ブック全体のスナップショット。 */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** アドインが前回書いた内容と元に戻すための情報（なければ null） */
  state: import("./state").AddinState | null;
  /** 状態の記録が壊れていたときの理由（記録がない・読めたときは null）。黙って捨てずに知らせる */
  stateProblem?: string | null;
  /** 強調したはずのセルの今の塗り（"シート!A1" → 色。読めたものだけ）。元に戻すときの確かめに使う */
  flagFills?: Record<string, string | null>;
}

/** シート上の絶対位置のセル参照（0 始まり）。 */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export function columnName(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** 0 始まりの行・列を A1 形式にする（F21 など）。 */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "F21" → { row: 20, col: 5 } */
export function parseA1(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!match || !match[1] || !match[2]) return null;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

export function cellKey(ref: CellRef): string {
  return `${ref.sheet}!${a1(ref.row, ref.col)}`;
}
