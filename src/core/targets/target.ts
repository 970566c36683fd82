import type { Period } from "../numbers/token";
import type { Deadline } from "./deadline";
import type { RelativeChange } from "./relative";

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
  /** 並べて書いた頻度（月1，2回 の [1, 2]）。どれも計画どおり。並べていなければ null */
  alternatives: number[] | null;
}

/** 1 つの目標（期限・数値目標等のセルの中の 1 つ）。 */
export interface TargetSpec {
  /** 小項目の番号（（1））。なければ "" */
  label: string;
  subNo: number | null;
  /** 目標の文（「24回以上参加開催」） */
  text: string;
  kind: TargetKind;
  /** 目標値。数値のない目標と、値が決まらない目標（基準のない前年度比）では null */
  quantity: TargetQuantity | null;
  /** 比べた増減の目標（前年度比5％増）。基準の値から quantity を決める。なければ null */
  relative: RelativeChange | null;
  /** 値が決まらない理由（要確認）。決まっていれば null */
  unresolved: string | null;
  /** 累計の目標（累計の実績が答える） */
  cumulative: boolean;
  /** 何年かにわたる目標（計画期間中に5名、5年間で総額13億円）。前の年度の数もこの目標の部分になり得る */
  multiYear: boolean;
  /** 目標の年度（目安値 8,137千円/人（H27年度））。書かれていなければ null */
  year: number | null;
  /** 何年かにわたる目標の始まりの年度（平成27年度から平成31年度まで → 2015）。わからなければ null */
  spanStart: number | null;
  /** 何年かにわたる目標の終わりの年度（H27～H31年度 → 2019）。まで の期限がなければ、この年度末を期限とする */
  spanEnd: number | null;
  /** 取組の文がこの目標のもの（小項目の取組・項目の目標が 1 つ）か。並べた物事を取組の文からも読む */
  actionScoped: boolean;
  /** 何の目標か（「物件及び利用者登録」）。実績の照合に使う */
  name: string;
  /** 照合に使う文脈（名前と、数の前後の語） */
  context: string;
  /** 取組の文（その項目・小項目の目標が 1 つだけのときに照合に使う） */
  actionContext: string;
  deadline: Deadline | null;
}

/** 数値の目標か（値が決まらない目標も含む。文の目標でない）。 */
export function isNumeric(spec: TargetSpec): boolean {
  return spec.kind !== "text";
}
