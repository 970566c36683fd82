import { westernYear } from "../text/eras";
import { normalizeText } from "../text/normalize";

/** 期限。年度末まで・9月までに・令和3年度まで。 */
export type Deadline = { kind: "fiscal-year-end"; fiscalYear: number | null } | { kind: "month-end"; month: number };

const MAY_HAVE_DEADLINE = /まで|中|年度内/;

/** 文から期限を読む。書かれていなければ null（年度末とみなす）。 */
export function readDeadline(source: string): Deadline | null {
  if (!MAY_HAVE_DEADLINE.test(source)) return null;
  const text = normalizeText(source).text.replace(/[\s]+/g, "");
  const era = /(令和|平成|R|H)(元|[0-9]{1,2})年度(末)?(まで|中)/.exec(text);
  if (era?.[1] && era[2]) return { kind: "fiscal-year-end", fiscalYear: westernYear(era[1], era[2]) };
  if (/年度末(まで|までに)?/.test(text) || /年度内/.test(text)) return { kind: "fiscal-year-end", fiscalYear: null };
  const month = /([0-9]{1,2})月(末)?(まで|中)/.exec(text);
  if (month?.[1]) {
    const m = Number(month[1]);
    if (m >= 1 && m <= 12) return { kind: "month-end", month: m };
  }
  return null;
}

/** 期限の句（「（年度末まで）」「9月までに」）の位置。目標値の読み取りから外すため。 */
export function deadlineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!MAY_HAVE_DEADLINE.test(text)) return spans;
  const re = /(令和|平成|R|Ｒ|H|Ｈ)?[0-9０-９元]{0,2}(年度末?|月末?)(まで(に)?|中)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
