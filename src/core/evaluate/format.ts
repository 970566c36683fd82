/** 四捨五入（0.5 は切り上げ）で小数 1 桁に。16.5 ÷ 15.5 × 100 → 106.5 */
export function roundHalfUp1(x: number): number {
  const sign = x < 0 ? -1 : 1;
  return (sign * Math.floor(Math.abs(x) * 10 + 0.5 + 1e-9)) / 10;
}

/** 数を桁区切りで（10641 → 10,641、16.5 → 16.5）。 */
export function formatNumber(x: number): string {
  const rounded = Math.round(x * 1000) / 1000;
  const [int, frac] = String(Math.abs(rounded)).split(".");
  const grouped = (int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${frac ? "." + frac : ""}`;
}

/** 単位つきで（5回、16.5％）。 */
export function withUnit(x: number, unit: string): string {
  return `${formatNumber(x)}${unit === "%" ? "％" : unit}`;
}

/** 進捗率の表示（106.5 → "106.5"、0 → "0.0"）。 */
export function formatRate(rate: number): string {
  return roundHalfUp1(rate).toFixed(1);
}

/** 期待進捗の表示（50 → "50"、33.33… → "33.3"）。 */
export function formatExpected(expected: number): string {
  const r = roundHalfUp1(expected);
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}
