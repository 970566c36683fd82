import path from "node:path";
import { readActualFigures } from "../src/core/actuals/candidates";
import { readCsv } from "./helpers/csv";

/** 数の読み取りのコーパス（test/corpus/numbers.csv：入力・期待値・単位・注記）。 */
const rows = readCsv(path.join(__dirname, "corpus", "numbers.csv"));

describe("数の読み取り（コーパス）", () => {
  it("has at least 150 rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });

  test.each(rows.map((r) => [r.input ?? "", r.value ?? "", r.unit ?? "", r.note ?? ""]))("%s → %s %s（%s）", (input, value, unit) => {
    const first = readActualFigures(input)[0];
    if (value === "none") {
      expect(first).toBeUndefined();
      return;
    }
    expect(first).toEqual({ value: Number(value), unit });
  });
});
