import { evaluateItem, markFromRatios } from "../src/core/evaluate/item-rules";
import { expectedPercent, deadlineDate } from "../src/core/evaluate/dates";
import { DEFAULT_THRESHOLDS } from "../src/core/evaluate/settings";
import { roundHalfUp1 } from "../src/core/evaluate/format";
import { cellLines, SourceText } from "../src/core/model/source-text";
import type { ItemModel } from "../src/core/model/types";
import type { EvaluationContext } from "../src/core/evaluate/target-rules";
import { progressHash, type ClerkChoice } from "../src/core/evaluate/choices";
import { buildItems } from "../src/core/model/items";

const interim: EvaluationContext = { fiscalYear: 2020, asOf: { year: 2020, month: 9, day: 30 }, thresholds: DEFAULT_THRESHOLDS };
const text = (s: string) => new SourceText(cellLines(0, 0, s));
const itemOf = (targets: string, progress: string, action = ""): ItemModel => ({
  label: "①",
  no: 1,
  row: 0,
  action: text(action),
  targets: text(targets),
  progress: text(progress),
  mark: null,
  currentMark: "",
});

describe("評価の規則（layout.md §4）", () => {
  test.each([
    [(16.5 / 15.5) * 100, 106.5],
    [(7.5 / 6.5) * 100, 115.4],
    [(5 / 24) * 100, 20.8],
    [0.25, 0.3],
    [(91 / 30) * 100, 303.3],
  ])("round half-up %f → %f", (x, want) => expect(roundHalfUp1(x)).toBe(want));

  test.each([
    ["年度末まで", null, 50],
    ["9月までに", { kind: "month-end", month: 9 } as const, 100],
    ["令和3年度まで", { kind: "fiscal-year-end", fiscalYear: 2021 } as const, 25],
  ])("expected progress at 2020-09-30 for %s", (_label, deadline, want) => {
    expect(roundHalfUp1(expectedPercent(2020, interim.asOf, deadline))).toBe(want);
  });

  it("deadline 令和3年度まで ends 2022-03-31", () => {
    expect(deadlineDate(2020, { kind: "fiscal-year-end", fiscalYear: 2021 })).toEqual({ year: 2022, month: 3, day: 31 });
  });

  test.each([
    [[1.065, 1.154, 2], "◎"],
    [[1, 1], "○"],
    [[0.42, 0, 2.08], "△"],
    [[0, 0], "×"],
    [[1 + 1e-12], "○"],
    [[], null],
  ])("s = %j → %s", (ratios, mark) => expect(markFromRatios(ratios as number[], interim)).toBe(mark));

  it("a lone target of 4回 with 2 held at the interim report → s = 1.0 → ○", () => {
    const ev = evaluateItem(itemOf("①講演会を4回以上開催", "①講演会を2回開催した"), interim);
    expect(ev.targets[0]?.ratio).toBeCloseTo(1, 9);
    expect(ev.computedMark).toBe("○");
    expect(ev.flagged).toBe(false);
  });

  it("stay-under: 死傷事故件数 5,200件以下 with 4,917件 → 105.8 at any date", () => {
    const ev = evaluateItem(itemOf("①死傷事故件数 5,200件以下", "①死傷事故件数は4,917件"), interim);
    expect(ev.targets[0]?.progressPercent).toBe(105.8);
    expect(ev.targets[0]?.expectedPercent).toBe(100);
    expect(ev.computedMark).toBe("◎");
  });

  it("stay-under with an actual of 0 meets the target and has no 進捗率", () => {
    const ev = evaluateItem(itemOf("①重大事故 3件以下", "①重大事故は0件"), interim);
    expect(ev.targets[0]?.status).toBe("met");
    expect(ev.targets[0]?.progressPercent).toBeNull();
  });

  it("a level target (率) expects 100 % at the interim report", () => {
    const ev = evaluateItem(itemOf("①収納率 98.5％以上", "①収納率は97.0％"), interim);
    expect(ev.targets[0]?.expectedPercent).toBe(100);
    expect(ev.targets[0]?.status).toBe("behind");
    expect(ev.computedMark).toBe("×");
  });

  it("workbook thresholds change the verdict (on-track from s ≥ 0.8)", () => {
    const lenient = { ...interim, thresholds: { ...DEFAULT_THRESHOLDS, onTrackRatio: 0.8 } };
    const ev = evaluateItem(itemOf("①講演会を10回以上開催", "①講演会を4回開催した"), lenient);
    expect(ev.targets[0]?.status).toBe("on-track");
    expect(evaluateItem(itemOf("①講演会を10回以上開催", "①講演会を4回開催した"), interim).targets[0]?.status).toBe("behind");
  });

  it("no actual found → unknown, marked for review, mark from the known targets only", () => {
    const ev = evaluateItem(itemOf("①総会1回、理事会2回", "①理事会は1回開催"), interim);
    expect(ev.targets.map((t) => t.status)).toEqual(["unknown", "on-track"]);
    expect(ev.computedMark).toBe("○");
    expect(ev.needsReview).toBe(true);
  });
});

describe("担当者の実績（ClerkChoice）", () => {
  const targets = "①講演会1回、交流会2回";
  const progress = "①講演会と交流会を合わせて3回開催した";
  const base = itemOf(targets, progress);
  const hash = progressHash(base.progress.text);
  const choice = (over: Partial<ClerkChoice> = {}): ClerkChoice => ({
    sheet: "福祉部",
    progressCell: "A1",
    itemLabel: "①",
    targetIndex: 1,
    targetText: "交流会2回",
    progressHash: hash,
    value: 2,
    unit: "回",
    source: "candidate",
    evidence: "合わせて3回",
    ...over,
  });
  const ctx = (choices: ClerkChoice[]): EvaluationContext => ({ ...interim, sheet: "福祉部", choices });

  it("without a choice, a figure that fits both targets leaves them unknown with their candidates", () => {
    const ev = evaluateItem(base, ctx([]));
    expect(ev.targets.map((t) => t.status)).toEqual(["unknown", "unknown"]);
    expect(ev.needsReview).toBe(true);
    expect(ev.targets[1]?.candidates).toEqual([{ value: 3, unit: "回", text: "講演会と交流会を合わせて3回" }]);
  });

  it("a matching choice supplies the actual as the clerk's own and the target is no longer unknown", () => {
    const ev = evaluateItem(base, ctx([choice()]));
    const t = ev.targets[1];
    expect(t?.actual).toMatchObject({ value: 2, unit: "回", via: "clerk", source: "candidate" });
    expect(t?.status).toBe("met");
    expect(t?.needsReview).toBe(false);
    expect(ev.staleChoices).toEqual([]);
  });

  it("a typed actual has no place in the text (no inline annotation)", () => {
    const ev = evaluateItem(base, ctx([choice({ source: "typed", evidence: "担当者が入力", value: 1 })]));
    expect(ev.targets[1]?.actual).toMatchObject({ value: 1, via: "clerk", source: "typed", insertAt: -1 });
  });

  it("a choice whose progress text changed is ignored and returned as stale", () => {
    const changed = itemOf(targets, "①講演会と交流会を合わせて4回開催した");
    const stale = choice();
    const ev = evaluateItem(changed, ctx([stale]));
    expect(ev.targets[1]?.actual?.via).not.toBe("clerk");
    expect(ev.staleChoices).toEqual([stale]);
  });

  it("a choice for a changed target text is stale too", () => {
    const ev = evaluateItem(base, ctx([choice({ targetText: "交流会3回" })]));
    expect(ev.targets[1]?.status).toBe("unknown");
    expect(ev.staleChoices).toHaveLength(1);
  });

  it("progressHash ignores the add-in's own （進捗…％） and spacing, and changes with the words", () => {
    expect(progressHash("①講演会を2回開催（進捗50.0％）")).toBe(progressHash("①講演会を2回開催"));
    expect(progressHash("①講演会を 2回\n開催")).toBe(progressHash("①講演会を 2回 開催"));
    expect(progressHash("①講演会を3回開催")).not.toBe(progressHash("①講演会を2回開催"));
    expect(progressHash("x")).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("根拠の語（文からの判断・実績）", () => {
  it("a suggestion from the wording names its words: 行われなかった is not done", () => {
    const ev = evaluateItem(itemOf("①年度末まで", "①枠組み協議は行われなかったが、勉強会が3回開催された。"), interim);
    expect(ev.targets[0]?.status).toBe("under-way");
    expect(ev.targets[0]?.words).toEqual(expect.arrayContaining(["行われなかった"]));
    expect(ev.targets[0]?.reason).toContain("「行われなかった」");
  });

  it("協議を行った about whether to hold a course is not done", () => {
    const ev = evaluateItem(itemOf("①年度末まで", "①講座開催の可否について受託者と協議を行った。"), interim);
    expect(ev.targets[0]?.status).toBe("under-way");
    expect(ev.targets[0]?.words).toEqual(["協議を行った"]);
  });

  it("予定 inside a noun phrase about others is not the department's plan", () => {
    const ev = evaluateItem(itemOf("①年度末まで", "①補助期間終了予定の団体に対して情報を提供し、参画を促した。"), interim);
    expect(ev.targets[0]?.status).toBe("done");
  });

  it("every actual carries the words it was read from", () => {
    const ev = evaluateItem(itemOf("①物件及び利用者登録 100件以上", "①物件登録 14件、利用者登録 90件、成約件数 9件"), interim);
    expect(ev.targets[0]?.actual).toMatchObject({ value: 104, evidence: "物件登録 14件、利用者登録 90件" });
  });
});

describe("一覧形式の項目の組み立て（issue 7 の 9）", () => {
  const line = (row: number, col: number, text: string) => ({ row, col, start: 0, end: text.length, text });
  it("a target cell typed as a number with no ① belongs to its own row's item, not the previous one", () => {
    const items = buildItems(
      [line(6, 3, "①交付率の向上"), line(7, 3, "②証明書比率の向上")],
      [line(6, 4, "①交付率16.5％"), line(7, 4, "②証明書比率7.5％")],
      [line(6, 2, "①交付率 15.5%"), line(7, 2, "6.5%")],
      true,
    );
    expect(items.map((i) => i.targets.map((t) => t.text))).toEqual([["①交付率 15.5%"], ["6.5%"]]);
  });

  it("a continuation line in the same row still belongs to the item", () => {
    const items = buildItems(
      [line(6, 3, "①セミナー")],
      [line(6, 4, "①5回開催")],
      [line(6, 2, "①セミナー"), line(6, 2, "　10回以上")],
      true,
    );
    expect(items[0]?.targets).toHaveLength(2);
  });
});
