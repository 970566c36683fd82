import type { UnitKind } from "../text/units";

/**
 * 数の役割。実績や目標になり得るのは quantity だけ。
 * date: 5月、10月1日、9/16 / era: R2、H25、令和3 / ordinal: 第2、1回目 / scope: 全10回 /
 * annotation: 既存の（進捗106.5％） / qualifier: 名前の一部の数（1人当たり、週2回以上運動する人の割合、39歳以下） /
 * relative: 比べた増減（前年度比5％増、10％削減）
 */
export type NumberRole = "quantity" | "date" | "era" | "ordinal" | "scope" | "annotation" | "qualifier" | "relative";

/** 頻度の単位（毎月1回 の「月」）。 */
export type Period = "月" | "週" | "日" | "年";

/** 文中で見つけた 1 つの数。位置は元の文字列での位置。 */
export interface NumberToken {
  /** 単位の倍率と 十・百・千・万・億 を掛けた値（1.5万円 → 15000、9千人 → 9000） */
  value: number;
  /** 範囲の上限（2～3回 の 3、1，2回 の 2） */
  upper: number | null;
  /** 元の文字列での開始位置 */
  start: number;
  /** 元の文字列での終了位置（単位・以上まで含む） */
  end: number;
  /** 揃えた単位（名 → 人、千円 → 円、表にない語はそのまま）。単位がなければ "" */
  unit: string;
  /** 書かれたままの単位の語 */
  unitWord: string;
  unitKind: UnitKind | null;
  role: NumberRole;
  /** 直後の 以上・以下 */
  comparator: ">=" | "<=" | null;
  /** 毎月・週・年 などの頻度 */
  period: Period | null;
  /** 数の直前に書かれた年度（令和2年度 95件 の 2020）。era・日付の数ではその年度（H29.3月 → 2016 年度）。なければ null */
  year: number | null;
  /** 元号のない年（29年度 の 29）。シートの年度から元号を決める（years.ts）。なければ null */
  shortYear: number | null;
  /** 分数（519,109/600,000冊点）の分子なら分母の値（単位の倍率を掛けたもの）。分数でなければ undefined */
  of?: number;
}
