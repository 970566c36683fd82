import type { CalendarDate } from "../evaluate/dates";

/** 日付を「2020年9月30日」に（ISO の文字列でも暦の日付でも）。 */
export function japaneseDate(date: string | CalendarDate): string {
  if (typeof date !== "string") return `${date.year}年${date.month}月${date.day}日`;
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 年度を和暦で（2020 → 令和2年度、2018 → 平成30年度）。 */
export function japaneseFiscalYear(year: number): string {
  return year >= 2019 ? `令和${year === 2019 ? "元" : year - 2018}年度` : `平成${year - 1988}年度`;
}
