/** 強調（塗り・注記）1 セル分。on=false はアドインの強調を外して元に戻す。 */
export interface FlagWrite {
  sheet: string;
  row: number;
  col: number;
  on: boolean;
  /** このセルに付ける注記（理由）。注記を付けないセルは null */
  note: string | null;
}

/** 値の書き込み 1 セル分。before は書く前の表示文字列。 */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  before: string;
  after: string;
  purpose: "mark" | "rate";
}

/** 元に戻すための記録（直前の実行 1 回分）。 */
export interface UndoRecord {
  writes: CellWrite[];
  flags: FlagWrite[];
  previous: { marks: Record<string, string>; flagged: Record<string, string | null> };
}

/** アダプターが保存する元の書式（塗り・注記）。 */
export interface OriginalFormat {
  fill: unknown;
  note: string | null;
}

/**
 * アドインの状態。ブックの非表示シートに JSON で保存する（CLI と Excel で共通）。
 * marks は前回アドインが書いた進捗度のセルの文字列（手入力を見分けるため）。
 */
export interface AddinState {
  version: 1;
  marks: Record<string, string>;
  flagged: Record<string, string | null>;
  originals: Record<string, OriginalFormat>;
  undo: UndoRecord | null;
}

/** 状態を保存する非表示シートの名前。 */
export const STATE_SHEET = "評価アシスタント_状態";

export function emptyState(): AddinState {
  return { version: 1, marks: {}, flagged: {}, originals: {}, undo: null };
}

/** 非表示シートから読んだ文字列を状態にする。壊れていれば null。 */
export function parseState(json: string): AddinState | null {
  try {
    const value = JSON.parse(json) as Partial<AddinState>;
    if (value.version !== 1) return null;
    return { ...emptyState(), ...value } as AddinState;
  } catch {
    return null;
  }
}

/** 状態を 1 セル 3 万字以下に分けた文字列の並びにする（Excel のセルは 32,767 字まで）。 */
export function chunkState(state: AddinState, size = 30000): string[] {
  const json = JSON.stringify(state);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += size) chunks.push(json.slice(i, i + size));
  return chunks.length > 0 ? chunks : ["{}"];
}
