import type { NumberToken } from "../numbers/token";

/** 比べた増減の目標（前年度比5％増、10％削減、前年度比100人増）。基準の値がわかれば目標値になる。 */
export interface RelativeChange {
  /** 増減の大きさ（％なら％の数、割は％に直したもの） */
  value: number;
  /** 増減の単位（%・ポイント・倍・人 …） */
  unit: string;
  /** up：増やす（以上が目標）/ down：減らす（以下が目標） */
  direction: "up" | "down";
  /** 増減ではなく比（前年度比110％）なら true */
  ratio: boolean;
}

const DOWN = /^(の)?(減少|減|削減|縮減|抑制|ダウン|低下)/;
const CHANGE = /^(の)?(増加|減少|増|減|削減|縮減|抑制|アップ|ダウン|向上|低下|改善)/;

/** 比べた増減の数から、増減の向きと大きさ。 */
export function relativeOf(text: string, token: NumberToken): RelativeChange {
  const after = text.slice(token.end).trimStart();
  const down = DOWN.test(after) || token.comparator === "<=";
  return { value: token.value, unit: token.unit, direction: down ? "down" : "up", ratio: !CHANGE.test(after) };
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * 基準の値に増減を当てた目標値。％・割は基準 ×（1 ± 値/100）、倍は基準 × 値、ポイントは ％ の基準 ± 値、
 * 同じ単位なら基準 ± 値。当てられなければ null。
 */
export function applyRelative(
  change: RelativeChange,
  base: { value: number; unit: string },
): { value: number; unit: string; comparator: ">=" | "<=" } | null {
  const sign = change.direction === "up" ? 1 : -1;
  const comparator = change.direction === "up" ? ">=" : "<=";
  if (change.unit === "%") {
    const factor = change.ratio ? change.value / 100 : 1 + (sign * change.value) / 100;
    return { value: round(base.value * factor), unit: base.unit, comparator };
  }
  if (change.unit === "倍" && change.ratio) return { value: round(base.value * change.value), unit: base.unit, comparator };
  if (change.unit === "ポイント")
    return base.unit === "%" ? { value: round(base.value + sign * change.value), unit: "%", comparator } : null;
  if (change.unit === base.unit) return { value: round(base.value + sign * change.value), unit: base.unit, comparator };
  return null;
}
