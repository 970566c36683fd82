import type { UnitKind } from "../text/units";

/**
 * 数の役割。実績や目標になり得るのは quantity だけ。
 * date: 5月、10月1日、9/16 / era: R2、H25、令和3 / ordinal: 第2、1回目 / scope: 全10回 /
 * annotation: 既存の（進捗106.5％）
 */
export type NumberRole = "quantity" | "date" | "era" | "ordinal" | "scope" | "annotation";

/** 頻度の単位（毎月1回 の「月」）。 */
export type Period = "月" | "週" | "日" | "年";

/** 文中で見つけた 1 つの数。位置は元の文字列での位置。 */
export interface NumberToken {
  /** 単位の倍率と万・億を掛けた値（1.5万円 → 15000） */
  value: number;
  /** 範囲の上限（2～3回 の 3） */
  upper: number | null;
  /** 元の文字列での開始位置 */
  start: number;
  /** 元の文字列での終了位置（単位・以上まで含む） */
  end: number;
  /** 揃えた単位（名 → 人、千円 → 円）。単位がなければ "" */
  unit: string;
  unitKind: UnitKind | null;
  role: NumberRole;
  /** 直後の 以上・以下 */
  comparator: ">=" | "<=" | null;
  /** 毎月・週・年 などの頻度 */
  period: Period | null;
}
