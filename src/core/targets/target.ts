import type { Period } from "../numbers/token";
import type { Deadline } from "./deadline";

/** 目標の種類。cumulative：時間に比例して積み上がる回数・件数・金額 / level：率や頻度（いつでも 100％）/ text：数値のない目標。 */
export type TargetKind = "cumulative" | "level" | "text";

/** 目標値。comparator は以上（>=）か以下（<=）。 */
export interface TargetQuantity {
  value: number;
  unit: string;
  comparator: ">=" | "<=";
  period: Period | null;
  /** 範囲（2～3回）の上限 */
  upper: number | null;
}

/** 1 つの目標（期限・数値目標等のセルの中の 1 つ）。 */
export interface TargetSpec {
  /** 小項目の番号（（1））。なければ "" */
  label: string;
  subNo: number | null;
  /** 目標の文（「24回以上参加開催」） */
  text: string;
  kind: TargetKind;
  quantity: TargetQuantity | null;
  /** 何の目標か（「物件及び利用者登録」）。実績の照合に使う */
  name: string;
  /** 照合に使う文脈（名前と、数の前後の語） */
  context: string;
  /** 取組の文（その項目・小項目の目標が 1 つだけのときに照合に使う） */
  actionContext: string;
  /** context と actionContext をつないだもの（照合のたびに作らない） */
  fullContext: string;
  deadline: Deadline | null;
}
