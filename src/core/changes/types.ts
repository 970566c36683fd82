import type { PrintChanges } from "../print/types";
import type { AddinState, CellWrite, FlagWrite } from "../state";

/**
 * 変更の一式。アダプター（WorkbookPort.apply）はこれだけを書き、ほかのセル・書式・部品には触れない。
 */
export interface ChangeSet {
  /** 進捗度の記号と（進捗…％）・進捗率の列 */
  writes: CellWrite[];
  /** 未達の行の強調（塗りと理由の注記） */
  flags: FlagWrite[];
  /** 保存する状態。変更がなければ null（書かない） */
  state: AddinState | null;
  /** 印刷設定・評価集計のシート・行の高さ（頼まれたときだけ） */
  print: PrintChanges | null;
  /** 元に戻すとき：印刷設定を元に戻すシート（元の設定は state.printOriginals にある） */
  restorePrint: string[];
  /** 元に戻すとき：アドインが加えたシート（評価集計）を取り除く */
  removeSheets: string[];
}

/** 空の変更の一式。 */
export function emptyChanges(): ChangeSet {
  return { writes: [], flags: [], state: null, print: null, restorePrint: [], removeSheets: [] };
}

/** 利用者に知らせる注意（評価は続ける）。 */
export interface Warning {
  sheet: string;
  cell: string | null;
  message: string;
}
