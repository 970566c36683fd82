import { parseIsoDate } from "../core/evaluate/dates";

/** 基準日がシートの年度（4月1日〜翌年3月31日）の外なら、その旨の注意（日付の誤りのことが多い）。 */
export function asOfWarnings(asOf: string | null, sheets: { name: string; fiscalYear: number | null }[]): string[] {
  const date = asOf ? parseIsoDate(asOf) : null;
  if (!asOf || !date) return [];
  const out: string[] = [];
  for (const s of sheets) {
    if (s.fiscalYear === null) continue;
    const fy = s.fiscalYear;
    const value = date.year * 10000 + date.month * 100 + date.day;
    if (value >= fy * 10000 + 401 && value <= (fy + 1) * 10000 + 331) continue;
    out.push(`基準日 ${asOf} は「${s.name}」の年度（${fy}年4月1日〜${fy + 1}年3月31日）の外です。日付に誤りがないか確かめてください。`);
  }
  return out;
}
