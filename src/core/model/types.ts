import type { SheetMeta } from "../layout/meta";
import type { GoalRegion, SheetLayout } from "../layout";
import type { SourceText } from "./source-text";

/** 進捗度（◎○△×）を書くセル。複数の項目が 1 つのセルを改行で分け合うときは line を持つ。 */
export interface MarkCell {
  row: number;
  col: number;
  /** 1 つのセルに複数項目の記号が並ぶときの行位置（単独なら null） */
  line: number | null;
  /** 同じセルを分け合う項目の数 */
  sharedBy: number;
}

/** 項目（①②…）。取組・期限・数値目標等・進捗状況の文と、進捗度のセル。 */
export interface ItemModel {
  /** 書かれたままの番号（①）。番号がなければ目標内の位置（"1"） */
  label: string;
  /** 番号の数値（① → 1）。番号がなければ null */
  no: number | null;
  /** 項目が始まる行（なければ null：目標欄にだけある項目） */
  row: number | null;
  action: SourceText;
  targets: SourceText;
  progress: SourceText;
  mark: MarkCell | null;
  /** 今入っている進捗度（手入力かもしれない） */
  currentMark: string;
}

/** 重点目標 1 つ。 */
export interface GoalModel {
  /** 番号（全角半角を問わず数にしたもの）。読めなければ null */
  no: number | null;
  title: string;
  items: ItemModel[];
  region: GoalRegion;
}

/** 1 シート分のモデル：目標 → 項目 → 目標値。 */
export interface SheetModel {
  name: string;
  meta: import("../layout/meta").SheetMeta;
  layout: SheetLayout;
  goals: GoalModel[];
}

export type { SheetMeta };
