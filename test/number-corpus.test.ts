import path from "node:path";
import { readProgress, type Figure } from "../src/core/actuals/figures";
import { readCsv } from "./helpers/csv";

/**
 * 数の読み取りのコーパス（test/corpus/numbers.csv：入力・すべての数・注記）。
 * figures は文の中のすべての数を「値 単位 役割」で並べたもの（| 区切り、単位がなければ -、数がなければ空）。
 * 役割：actual（実績になり得る）・total（計・延べ）・cumulative（累計）・plan・baseline・subset・goal、
 * 数の読み取りの役割 date・era・ordinal・scope・annotation・qualifier・relative。数の前に年度が書かれていれば @年度
 * （前の年度の数を実績にしないかどうかは、数を選ぶときに決める）。シートの年度は 2020（令和2年度）。
 */
const rows = readCsv(path.join(__dirname, "corpus", "numbers.csv"));
const FISCAL_YEAR = 2020;

const QUANTITY_ROLES = new Set(["actual", "plan", "baseline", "subset", "goal"]);

function describeFigure(f: Figure): string {
  const role = f.role === "actual" && f.total ? "total" : f.role === "actual" && f.cumulative ? "cumulative" : f.role;
  const year = QUANTITY_ROLES.has(f.role) && f.token.year !== null ? `@${f.token.year}` : "";
  return `${f.token.value} ${f.token.unit || "-"} ${role}${year}`;
}

describe("数の読み取り（コーパス：すべての数の値・単位・役割）", () => {
  it("has at least 200 rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
  });

  test.each(rows.map((r) => [r.input ?? "", r.figures ?? "", r.note ?? ""]))("%s → [%s]（%s）", (input, figures) => {
    const got = readProgress(input, FISCAL_YEAR).figures.map(describeFigure);
    const want = figures === "" ? [] : figures.split("|").map((f) => f.trim());
    expect(got).toEqual(want);
  });
});
