import type { Deadline } from "../targets/deadline";

/** 暦日（時刻なし）。 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return null;
  return date;
}

export function formatIsoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 年度の初め（4月1日）から d の終わりまでの月数。9月30日 → 6、10月15日 → 6.48… */
export function monthsElapsed(fiscalYear: number, d: CalendarDate): number {
  const whole = (d.year - fiscalYear) * 12 + (d.month - 4);
  return whole + d.day / daysInMonth(d.year, d.month);
}

/** 基準日の既定：中間報告は 9月30日、年度末報告は 3月31日。 */
export function defaultAsOf(fiscalYear: number, report: "中間報告" | "年度末報告"): CalendarDate {
  return report === "中間報告" ? { year: fiscalYear, month: 9, day: 30 } : { year: fiscalYear + 1, month: 3, day: 31 };
}

/** 期限の日（年度末まで → 3月31日、9月までに → 9月30日、令和3年度まで → 2022年3月31日）。 */
export function deadlineDate(fiscalYear: number, deadline: Deadline | null): CalendarDate {
  if (!deadline || deadline.kind === "fiscal-year-end") {
    const fy = deadline?.kind === "fiscal-year-end" && deadline.fiscalYear !== null ? deadline.fiscalYear : fiscalYear;
    return { year: Math.max(fy, fiscalYear) + 1, month: 3, day: 31 };
  }
  const year = deadline.month >= 4 ? fiscalYear : fiscalYear + 1;
  return { year, month: deadline.month, day: daysInMonth(year, deadline.month) };
}

/**
 * 累積の目標の期待進捗（％）：目標の期間の初めからの経過月数 ÷ 期限までの月数、100 が上限。期間の初めはふつう
 * シートの年度の 4月（periodStart を渡せば、何年かにわたる目標の期間の始まりの年度の 4月）。
 */
export function expectedPercent(
  fiscalYear: number,
  asOf: CalendarDate,
  deadline: Deadline | null,
  periodStart: number = fiscalYear,
): number {
  const start = Math.min(periodStart, fiscalYear);
  const elapsed = Math.max(0, monthsElapsed(start, asOf));
  const total = monthsElapsed(start, deadlineDate(fiscalYear, deadline));
  if (total <= 0) return 100;
  return Math.min(100, (elapsed / total) * 100);
}
