import { readdirSync } from "node:fs";
import path from "node:path";
import { readCsv } from "../csv";

/** 実在の資料から作ったコーパスの 1 行（数値目標 1 つ）。期待値は人がルールから考えたもの。 */
export interface CorpusRow {
  id: string;
  sourceUrl: string;
  body: string;
  doc: string;
  fiscalYear: number;
  report: "中間報告" | "年度末報告";
  item: string;
  actionText: string;
  targetText: string;
  progressText: string;
  targetNo: number;
  /** 期待する目標値（決められないなら null） */
  value: number | null;
  unit: string;
  comparator: string;
  kind: string;
  /** 期待する実績（要確認が正しければ null） */
  actual: number | null;
  rate: number | null;
  expected: number | null;
  status: string;
  /** 項目の期待する記号（要確認が正しければ ""） */
  mark: string;
  traps: string[];
  file: string;
}

/** 1 つの資料・報告の種類の中の項目（同じ目標・進捗の文を持つ行の組）。 */
export interface CorpusItem {
  key: string;
  rows: CorpusRow[];
  targetText: string;
  progressText: string;
  actionText: string;
  mark: string;
}

/** 資料 1 つ・報告の種類 1 つ分（ブックの 1 シートになる）。 */
export interface CorpusSource {
  id: string;
  body: string;
  fiscalYear: number;
  report: CorpusRow["report"];
  items: CorpusItem[];
}

const num = (s: string | undefined): number | null => (s === undefined || s.trim() === "" ? null : Number(s.replace(/,/g, "")));

function toRow(r: Record<string, string>, file: string): CorpusRow {
  return {
    id: r.id ?? "",
    sourceUrl: r.source_url ?? "",
    body: r.body ?? "",
    doc: r.doc ?? "",
    fiscalYear: Number(r.fiscal_year),
    report: r.report === "中間報告" ? "中間報告" : "年度末報告",
    item: r.item ?? "",
    actionText: r.action_text ?? "",
    targetText: r.target_text ?? "",
    progressText: r.progress_text ?? "",
    targetNo: Number(r.target_no),
    value: num(r.value),
    unit: r.unit ?? "",
    comparator: r.comparator ?? "",
    kind: r.kind ?? "",
    actual: num(r.actual),
    rate: num(r.rate),
    expected: num(r.expected),
    status: r.status ?? "",
    mark: r.mark ?? "",
    traps: (r.traps ?? "")
      .split(";")
      .map((t) => t.trim())
      .filter(Boolean),
    file,
  };
}

/** コーパスのフォルダーの CSV をすべて読む（見出しが違うファイルは読まない）。 */
export function readCorpusRows(dir: string): CorpusRow[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort();
  return files.flatMap((f) => readCsv(path.join(dir, f)).map((r) => toRow(r, f)));
}

/** 行を資料・報告の種類・年度ごと、項目ごとにまとめる（ファイルの中の順のまま）。 */
export function groupSources(rows: CorpusRow[]): CorpusSource[] {
  const sources = new Map<string, CorpusSource>();
  for (const row of rows) {
    const sourceId = row.id.replace(/-\d+$/, "");
    // 年度も分ける：1 つのシートは 1 つの年度（年度の行）しか持てない
    const key = `${sourceId}|${row.report}|${row.fiscalYear}`;
    let source = sources.get(key);
    if (!source) {
      source = {
        id: `${sourceId}（${row.fiscalYear}・${row.report}）`,
        body: row.body,
        fiscalYear: row.fiscalYear,
        report: row.report,
        items: [],
      };
      sources.set(key, source);
    }
    let item = source.items.find((i) => i.key === row.item);
    if (!item) {
      item = {
        key: row.item,
        rows: [],
        targetText: row.targetText,
        progressText: row.progressText,
        actionText: row.actionText,
        mark: row.mark,
      };
      source.items.push(item);
    }
    item.rows.push(row);
  }
  for (const s of sources.values()) for (const i of s.items) i.rows.sort((a, b) => a.targetNo - b.targetNo);
  return [...sources.values()];
}
