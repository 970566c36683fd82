import type { ReportType } from "../layout/meta";
import type { ClerkChoice } from "./choices";

/** 判定のしきい値（ブックの「評価設定」シートで変えられる）。 */
export interface Thresholds {
  /** s（進捗率 ÷ 期待進捗）がこれ以上なら遅れていない（既定 1） */
  onTrackRatio: number;
  /** s がこれより大きければ目標を上回る（既定 1） */
  aheadRatio: number;
  /** 比較の許容差（既定 1e-9） */
  tolerance: number;
}

/** 評価の設定。 */
export interface EvaluationSettings {
  /** 基準日（YYYY-MM-DD）。なければ表題と年度から決める */
  asOf: string | null;
  /** 報告の種類。なければ表題から決める */
  report: ReportType | null;
  thresholds: Thresholds;
  /** 手で入れた進捗度も上書きするか */
  overwriteManual: boolean;
  /** 進捗率の書き方：inline＝文中に（進捗…％）、column＝進捗率の列、auto＝列があれば列 */
  rateMode: "auto" | "inline" | "column";
  /** 評価計算のときに印刷設定（と評価集計のシート）も行うか */
  printOnEvaluate: boolean;
  /** 担当者が要確認の目標に選んだ・打ち込んだ実績（ブックの状態に保存したもの）。既定は [] */
  choices?: ClerkChoice[];
}

export const DEFAULT_THRESHOLDS: Thresholds = { onTrackRatio: 1, aheadRatio: 1, tolerance: 1e-9 };

export function defaultSettings(): EvaluationSettings {
  return {
    asOf: null,
    report: null,
    thresholds: { ...DEFAULT_THRESHOLDS },
    overwriteManual: false,
    rateMode: "auto",
    printOnEvaluate: false,
    choices: [],
  };
}
