import type { Grid } from "../grid";
import { westernYear } from "../text/eras";
import { compactText, normalizeText } from "../text/normalize";

/** 報告の種類。中間報告（9月末）か年度末報告（3月末）。 */
export type ReportType = "中間報告" | "年度末報告";

/** シート上部から読んだ表題・年度・担当部局。 */
export interface SheetMeta {
  title: string | null;
  report: ReportType | null;
  /** 年度（西暦の始まりの年。令和2年度 → 2020） */
  fiscalYear: number | null;
  department: string | null;
}

/** 「令和2年度」「R3年度」「2021年度」から年度（西暦）を読む。 */
export function readFiscalYear(source: string): number | null {
  const text = normalizeText(source).text.replace(/\s+/g, "");
  const era = /(令和|平成|R|H)(元|[0-9]{1,2})年度/.exec(text);
  if (era?.[1] && era[2]) return westernYear(era[1], era[2]);
  const western = /(20[0-9]{2})年度/.exec(text);
  return western?.[1] ? Number(western[1]) : null;
}

export function readReportType(source: string): ReportType | null {
  const t = compactText(source);
  if (/中間/.test(t)) return "中間報告";
  if (/(年度末|期末|最終|実績)報告/.test(t) || /年度末/.test(t)) return "年度末報告";
  return null;
}

function readDepartment(grid: Grid, row: number, col: number): string | null {
  const own = grid
    .text(row, col)
    .replace(/^[\s\u3000]*担当部局名?[\s\u3000:：]*/, "")
    .trim();
  if (own) return own;
  for (let c = grid.rightOf(row, col) + 1; c <= grid.right; c++) {
    const t = grid.text(row, c).trim();
    if (t) return t;
  }
  return null;
}

/** 表題・年度・担当部局のセルに必ずある文字（ほかのセルを正規化せずに飛ばすため）。 */
const META_CHARS = /[覧年担]/;

/** 表の上（見出し行より前）と全体から表題・年度・担当部局を探す。 */
export function readSheetMeta(grid: Grid, firstHeaderRow: number): SheetMeta {
  const meta: SheetMeta = { title: null, report: null, fiscalYear: null, department: null };
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const raw = grid.ownText(r, c);
      if (!raw || !META_CHARS.test(raw)) continue;
      const t = compactText(raw);
      if (meta.title === null && t.includes("重点目標一覧表")) {
        meta.title = raw.trim();
        meta.report = readReportType(t);
      }
      if (meta.fiscalYear === null && r <= firstHeaderRow && /年度/.test(t)) meta.fiscalYear = readFiscalYear(t);
      if (meta.department === null && t.startsWith("担当部局")) meta.department = readDepartment(grid, r, c);
    }
  }
  return meta;
}
