import path from "node:path";
import { findActuals } from "../src/core/actuals/match";
import { itemTargets } from "../src/core/evaluate/item-rules";
import { cellLines, SourceText } from "../src/core/model/source-text";
import type { ItemModel } from "../src/core/model/types";
import { readCsv } from "./helpers/csv";

/**
 * 実績の読み取りのコーパス（test/corpus/actuals.csv）：目標の文と進捗状況の文とシートの年度 →
 * 数値目標ごとの実績「値 単位」（| 区切り）。決められない（要確認が正しい）ときは unknown。
 */
const rows = readCsv(path.join(__dirname, "corpus", "actuals.csv"));
const text = (s: string): SourceText => new SourceText(cellLines(0, 0, s));
const item = (targets: string, progress: string): ItemModel => ({
  label: "①",
  no: 1,
  row: 0,
  action: text(""),
  targets: text(targets),
  progress: text(progress),
  mark: null,
  currentMark: "",
});

describe("実績の読み取り（コーパス：目標ごとの実績か要確認）", () => {
  it("has at least 40 rows", () => expect(rows.length).toBeGreaterThanOrEqual(40));

  test.each(rows.map((r) => [r.target ?? "", r.progress ?? "", r.fiscal_year ?? "", r.actuals ?? "", r.note ?? ""]))(
    "%s ／ %s（年度 %s）→ [%s]（%s）",
    (targets, progress, year, actuals) => {
      const it = item(targets, progress);
      const specs = itemTargets(it, Number(year)).filter((s) => s.kind !== "text");
      const found = findActuals(specs, it.progress, Number(year));
      const got = specs.map((s, i) => {
        const f = found[i];
        if (!s.quantity || !f?.actual || f.unsure) return "unknown";
        return `${Math.round(f.actual.value * 1e6) / 1e6} ${f.actual.unit || "-"}`;
      });
      expect(got).toEqual(actuals.split("|").map((a) => a.trim()));
    },
  );
});
