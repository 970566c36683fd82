import { westernYear } from "../text/eras";

/** 何年かにわたる目標の期間：何年かにわたるか、始まりと終わりの年度（わからなければ null）。 */
export interface SpanFacts {
  multiYear: boolean;
  spanStart: number | null;
  spanEnd: number | null;
}

/** 小項目の文（と見出し）から一度だけ読むこと：何年かにわたる目標か、その始まりと終わりの年度。 */
export function spanFacts(segment: string, heading: string): SpanFacts {
  const own = multiYear(segment);
  const source = own ? segment : heading;
  return {
    multiYear: own || multiYear(heading),
    spanStart: spanStartOf(segment) ?? spanStartOf(heading),
    spanEnd: spanEndOf(source),
  };
}

/** 期間の終わりの年度（H27～H31年度 → 2019、平成27～30年度 → 2018）。「から…まで」は期限として別に読む。 */
function spanEndOf(text: string): number | null {
  if (!MAY_SPAN_YEARS.test(text)) return null;
  const m = /(令和|平成|R|H)\s*(?:元|[0-9０-９]{1,2})\s*年?度?\s*[～~－-]\s*(令和|平成|R|H)?\s*(元|[0-9０-９]{1,2})\s*年度/.exec(text);
  if (!m) return null;
  return westernYear(m[2] ?? m[1] ?? "", halfWidth(m[3] ?? ""));
}

/** 何年かにわたる目標の語（計画期間中、5年間で、令和3年度から令和7年度まで）。累計の目標は累計の数が答えるので含めない。 */
const MULTI_YEAR =
  /期間中|計画期間|[0-9０-９]+年間で|(令和|平成|R|H)\s*[0-9０-９元]+\s*(年度?\s*(から|～|~|－|-)|(～|~|－|-)\s*(令和|平成|R|H)?\s*[0-9０-９]+\s*年度(?!.{0,3}平均))/;

/** 何年かにわたる目標か（正規表現の前に、その語の文字があるかを安く確かめる）。 */
const multiYear = (text: string): boolean => MAY_SPAN_YEARS.test(text) && MULTI_YEAR.test(text);
const MAY_SPAN_YEARS = /期間|年間|から|[～~－-]/;

/** 期間の始まりの年度（令和3年度から、H27～）。 */
function spanStartOf(segment: string): number | null {
  if (!MAY_SPAN_YEARS.test(segment)) return null;
  const m = /(令和|平成|R|H)\s*(元|[0-9]{1,2})\s*年?度?\s*(から|～|~|－|-)/.exec(segment);
  return m ? westernYear(m[1] ?? "", m[2] ?? "") : null;
}

const halfWidth = (d: string): string => d.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
/** 元号の期間の終わり（H20～24平均値 の「～24」）。 */
const ERA_RANGE_END = /^\s*[～~－-]\s*(?:令和|平成|R|H|Ｒ|Ｈ)?\s*([0-9０-９]{1,2})(?![0-9０-９])\s*(年度?)?/;

/**
 * 数の直後の括弧の年度（8,137千円/人（H27年度）、100％（目標年度 平成32年度））。元号の期間（（H20～24平均値））は、
 * 進捗状況の文と同じく終わりの年度の数とする。期間の始まり（H27から・H27～（終わりなし））なら null。
 */
export function yearAfter(segment: string, end: number): number | null {
  if (!bracketNext(segment, end)) return null;
  const m = /^\s*[（(][^（）()]*?(?:(令和|平成|R|H|Ｒ|Ｈ)\s*(元|[0-9０-９]{1,2})|(20[0-9]{2}))(\s*年度?)?/.exec(
    segment.slice(end, end + 24),
  );
  if (!m) return null;
  const rest = segment.slice(end + m[0].length, end + m[0].length + 8);
  const era = (m[1] ?? "").replace("Ｒ", "R").replace("Ｈ", "H");
  const range = m[1] ? ERA_RANGE_END.exec(rest) : null;
  if (range) return westernYear(era, halfWidth(range[1] ?? ""));
  if (!m[4] || /^\s*(から|以降|より|～|~)/.test(rest)) return null;
  if (m[3]) return Number(m[3]);
  return westernYear(era, halfWidth(m[2] ?? ""));
}

/** 数の直後（空白を挟んでも）が開き括弧か。 */
function bracketNext(segment: string, end: number): boolean {
  let i = end;
  while (segment.charCodeAt(i) === 0x20 || segment.charCodeAt(i) === 0x3000) i++;
  const c = segment.charCodeAt(i);
  return c === 0xff08 || c === 0x28;
}

/** 数の直後の括弧の中の語（276,557千円（H20～24平均値） の「H20～24平均値」）：目標の数を説明する語で、照合の文脈に入れる。 */
export function bracketAfter(segment: string, end: number): string {
  if (!bracketNext(segment, end)) return "";
  const m = /^[ \u3000]*[（(]([^（）()\n]{1,30})[）)]/.exec(segment.slice(end, end + 36));
  return m?.[1] ?? "";
}
