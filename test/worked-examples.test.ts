import path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { evaluateWorkbook } from "../src/core/evaluate-workbook";
import { defaultSettings } from "../src/core/evaluate/settings";
import { toJsonDocument } from "../src/core/report/json";
import { readCsv } from "./helpers/csv";

/** layout.md §3–§4 の計算例を、見本ブックの両方の形で確かめる。 */
const examples = readCsv(path.join(__dirname, "corpus", "worked-examples.csv"));
const SAMPLES = path.join(__dirname, "..", "assets", "samples");

type Doc = ReturnType<typeof toJsonDocument>;
const docs = new Map<string, Doc>();

beforeAll(async () => {
  for (const layout of ["block", "list"]) {
    const book = await XlsxWorkbook.open(path.join(SAMPLES, `ueda-r2-chukan-${layout}.xlsx`));
    docs.set(layout, toJsonDocument(evaluateWorkbook(book.snapshot(), defaultSettings())));
  }
});

function item(layout: string, goal: number, label: string) {
  const found = docs
    .get(layout)
    ?.sheets[0]?.goals.find((g) => g.no === goal)
    ?.items.find((i) => i.label === label);
  if (!found) throw new Error(`目標${goal}${label} が見つかりません`);
  return found;
}

describe.each(["block", "list"])("計算例（%s 形式）", (layout) => {
  test.each(examples.map((e) => [`${e.goal}${e.item}${e.target} ${e.text}`, e] as const))("%s", (_name, e) => {
    const target = item(layout, Number(e.goal), e.item ?? "").targets.find((t) => t.label === e.target && t.text.includes(e.text ?? ""));
    expect(target?.actual?.value).toBe(Number(e.actual));
    expect(target?.actual?.unit).toBe(e.unit);
    expect(target?.progressPercent).toBe(Number(e.progress));
  });

  it("as of 2020-09-30 (interim report), a count target expects 50 %", () => {
    expect(docs.get(layout)?.asOf).toBe("2020-09-30");
    expect(item(layout, 3, "①").targets[0]?.expectedPercent).toBe(50);
  });

  test.each([
    [7, "①", "◎", "s = 1.065, 1.154 and the monthly window above plan"],
    [3, "①", "△", "s = 0.42, 0, 2.08"],
    [5, "②", "×", "every event cancelled (中止)"],
  ])("目標%i%s → %s（%s）", (goal, label, mark) => {
    expect(item(layout, goal, label).mark).toBe(mark);
    expect(item(layout, goal, label).basis).toBe("numeric");
  });

  it("flags 3① (a numeric target is behind) and not 7①", () => {
    expect(item(layout, 3, "①").flagged).toBe(true);
    expect(item(layout, 7, "①").flagged).toBe(false);
  });

  it("text-only items get a suggested mark and are marked for review", () => {
    const first = item(layout, 1, "①");
    expect(first.basis).toBe("text");
    expect(first.needsReview).toBe(true);
    expect(first.targets[0]?.kind).toBe("text");
  });
});

describe("担当者が要確認の目標に実績を選ぶ（見本ブック・調書形式）", () => {
  it("a choice for 4① 総会 is used as the clerk's own; a choice for a changed text is reported stale", async () => {
    const book = await XlsxWorkbook.open(path.join(SAMPLES, "ueda-r2-chukan-block.xlsx"));
    const plain = toJsonDocument(evaluateWorkbook(book.snapshot(), defaultSettings()));
    const sheet = plain.sheets[0];
    const it4 = sheet?.goals.find((g) => g.no === 4)?.items.find((i) => i.label === "①");
    expect(it4?.targets[0]?.status).toBe("unknown");
    const base = {
      sheet: sheet?.name ?? "",
      progressCell: it4?.progressCell ?? "",
      itemLabel: "①",
      targetIndex: 0,
      targetText: it4?.targets[0]?.text ?? "",
      value: 1,
      unit: "回",
      source: "typed" as const,
      evidence: "担当者が入力",
    };
    const good = { ...base, progressHash: it4?.progressHash ?? "" };
    const stale = { ...base, progressHash: "00000000" };
    const doc = toJsonDocument(evaluateWorkbook(book.snapshot(), { ...defaultSettings(), choices: [good, stale] }));
    const t = doc.sheets[0]?.goals.find((g) => g.no === 4)?.items.find((i) => i.label === "①")?.targets[0];
    expect(t?.actual).toMatchObject({ value: 1, unit: "回", via: "clerk", source: "typed", evidence: "担当者が入力" });
    expect(t?.status).toBe("met");
    expect(doc.staleChoices).toEqual([stale]);
  });
});
