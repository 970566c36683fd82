/** 元号の頭文字・名前 → 元年の前の年（令和 N 年 = 2018 + N）。 */
export const ERA_BASE: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988 };

/** 「令和」「R」と年（「元」は 1）から西暦の年。 */
export function westernYear(era: string, year: string): number {
  return (ERA_BASE[era] ?? 0) + (year === "元" ? 1 : Number(year));
}
