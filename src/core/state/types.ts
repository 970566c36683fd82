import type { ClerkChoice } from "../evaluate/choices";

/** 状態を保存する非表示シートの名前。 */
export const STATE_SHEET = "評価アシスタント_状態";

/** 強調（塗り・注記）1 セル分。on=false はアドインの強調を外して元に戻す。 */
export interface FlagWrite {
  sheet: string;
  row: number;
  col: number;
  on: boolean;
  /** このセルに付ける注記（理由）。注記を付けないセルは null */
  note: string | null;
}

/**
 * 値の書き込み 1 セル分。before は書く前の表示文字列（空のセルなら null：元に戻すときは空に戻す）。
 */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  before: string | null;
  after: string;
  /** mark：進捗度 / rate：（進捗…％）か進捗率の列 / remark：備考の列に書く理由 */
  purpose: "mark" | "rate" | "remark";
}

/**
 * 元に戻すための 1 セル分の記録。書く前と後の違う部分だけを持つ（記録を小さく保つ）：
 * 前の文 = 今の文の先頭 keep[0] 字 + removed + 今の文の末尾 keep[1] 字。
 */
export interface UndoWrite {
  sheet: string;
  row: number;
  col: number;
  purpose: CellWrite["purpose"];
  keep: [number, number];
  removed: string;
  /** 書いた後の文の指紋（その後に誰かが書き換えたかを見分ける） */
  afterHash: string;
  /** 書く前は空のセルだった */
  wasEmpty: boolean;
}

/** 元に戻すための記録（直前の実行 1 回分）。 */
export interface UndoRecord {
  writes: UndoWrite[];
  flags: FlagWrite[];
  previous: { marks: Record<string, string>; flagged: Record<string, string | null>; choices?: ClerkChoice[] };
  /** この実行で加えたシート（評価集計など）。元に戻すときに取り除く */
  addedSheets: string[];
  /** この実行で印刷設定を変えたシート（元の設定は printOriginals にある） */
  printSheets: string[];
}

/** アダプターが保存する元の書式（塗り・注記）。fill の形はアダプターが決める。 */
export interface OriginalFormat {
  fill: unknown;
  note: string | null;
}

/**
 * アドインの状態。ブックの非表示シートに保存する（CLI と Excel で共通、codec.ts が符号化する）。
 * marks は前回アドインが書いた進捗度のセルの文字列（手入力を見分けるため）。
 */
export interface AddinState {
  version: 2;
  marks: Record<string, string>;
  flagged: Record<string, string | null>;
  originals: Record<string, OriginalFormat>;
  /** 印刷設定を変える前の設定（シート名 → アダプターが決める形） */
  printOriginals: Record<string, unknown>;
  /** 担当者が要確認の目標に選んだ実績 */
  choices: ClerkChoice[];
  /** アドインが作った評価集計のシートの名前（担当者の同名のシートは上書きしない） */
  summarySheet: string | null;
  undo: UndoRecord | null;
}

export function emptyState(): AddinState {
  return { version: 2, marks: {}, flagged: {}, originals: {}, printOriginals: {}, choices: [], summarySheet: null, undo: null };
}

/** 記録がまったく空か（最初の評価を元に戻した後）：そのときアダプターは記録のシートを消す。 */
export function isEmptyState(state: AddinState): boolean {
  return (
    Object.keys(state.marks).length === 0 &&
    Object.keys(state.flagged).length === 0 &&
    Object.keys(state.originals).length === 0 &&
    Object.keys(state.printOriginals).length === 0 &&
    state.choices.length === 0 &&
    state.summarySheet === null &&
    state.undo === null
  );
}
