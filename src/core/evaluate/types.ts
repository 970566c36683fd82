import type { Actual, CandidateView } from "../actuals/match";
import type { ItemModel } from "../model/types";
import type { TargetSpec } from "../targets/target";
import type { ClerkChoice } from "./choices";
import type { TextStatus } from "./text-status";

/** 進捗度の記号。 */
export type Mark = "◎" | "○" | "△" | "×";

/** 数値目標の状況（met：達成、on-track：予定どおり、behind：遅れ、unknown：実績なし・決められない）と文の目標の状況。 */
export type TargetStatus = "met" | "on-track" | "behind" | "unknown" | TextStatus;

/** 1 つの目標の評価。 */
export interface TargetEvaluation {
  spec: TargetSpec;
  actual: Actual | null;
  /** 進捗率（小数 1 桁に四捨五入） */
  progressPercent: number | null;
  /** 期待進捗（％） */
  expectedPercent: number | null;
  /** s = 進捗率 ÷ 期待進捗（丸める前の値で計算） */
  ratio: number | null;
  status: TargetStatus;
  reason: string;
  /** 担当者の確認が要るか（実績が決められない・候補が複数・値が決まらない・文からの判断） */
  needsReview: boolean;
  /** 実績の候補（要確認のときと、複数の数から決めたとき）。担当者が選ぶため */
  candidates: CandidateView[];
  /** 文からの判断の根拠の語（数値目標では []） */
  words: string[];
}

/** 進捗度の出どころ。numeric：数値目標から / text：文からの候補 / manual：担当者の記号を残した / none：付けられない */
export type MarkBasis = "numeric" | "text" | "manual" | "none";

/** 1 つの項目の評価。 */
export interface ItemEvaluation {
  item: ItemModel;
  targets: TargetEvaluation[];
  /** 計算した記号（手入力を残すかどうかは別に決める） */
  computedMark: Mark | null;
  computedBasis: "numeric" | "text" | "none";
  needsReview: boolean;
  flagged: boolean;
  /** 目立たせる理由（色だけに頼らないため、注記として書く） */
  flagReason: string;
  /** 文が変わったため使わなかった担当者の実績 */
  staleChoices: ClerkChoice[];
}
