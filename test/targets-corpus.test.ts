import path from "node:path";
import { cellLines, SourceText } from "../src/core/model/source-text";
import { parseTargets } from "../src/core/targets/parse-targets";
import type { TargetSpec } from "../src/core/targets/target";
import { readCsv } from "./helpers/csv";

/**
 * 目標の読み取りのコーパス（test/corpus/targets.csv）：目標の文とシートの年度 → すべての目標を
 * 「値 単位 比較 種類」で並べたもの（| 区切り）。数値のない目標は text、値が決まらない目標は unresolved。
 */
const rows = readCsv(path.join(__dirname, "corpus", "targets.csv"));
const text = (s: string): SourceText => new SourceText(cellLines(0, 0, s));

function describeTarget(t: TargetSpec): string {
  if (t.kind === "text") return "text";
  if (!t.quantity) return "unresolved";
  return `${t.quantity.value} ${t.quantity.unit || "-"} ${t.quantity.comparator} ${t.kind}`;
}

describe("目標の読み取り（コーパス：すべての目標の値・単位・比較・種類）", () => {
  it("has at least 40 rows", () => expect(rows.length).toBeGreaterThanOrEqual(40));

  test.each(rows.map((r) => [r.input ?? "", r.fiscal_year ?? "", r.targets ?? "", r.note ?? ""]))(
    "%s（年度 %s）→ [%s]（%s）",
    (input, year, targets) => {
      const got = parseTargets(text(input), text(""), { fiscalYear: Number(year) }).map(describeTarget);
      expect(got).toEqual(targets.split("|").map((t) => t.trim()));
    },
  );
});
