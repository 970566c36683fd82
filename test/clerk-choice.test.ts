import path from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { defaultSettings } from "../src/core/evaluate/settings";
import { toJsonDocument } from "../src/core/report/json";
import { EvaluationService } from "../src/services/evaluation-service";
import { tempDir } from "./helpers/tmp";

/**
 * 担当者の実績：要確認の目標に候補を選ぶ・打ち込む → ブックに残り、次の評価でも使われ、元に戻すと消え、
 * 文が変わると使われない。見本の一覧形式の 4② 「講座2～3回」（候補：日本語セミナー 5回、食糧支援 3回）で確かめる。
 */
const SAMPLE = path.join(__dirname, "..", "assets", "samples", "ueda-r2-chukan-list.xlsx");
const SHEET = "市民まちづくり推進部";
const REF = { sheet: SHEET, progressCell: "E17", targetIndex: 3 };
const settings = defaultSettings();

function target(doc: ReturnType<typeof toJsonDocument>) {
  const item = doc.sheets[0]?.goals.flatMap((g) => g.items).find((i) => i.progressCell === REF.progressCell);
  return { item, target: item?.targets[REF.targetIndex] };
}

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;

/** 保存して開き直す（記録がブックに残っていることを確かめるため）。 */
async function reopen(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  const file = tmp.file(`choice-${n++}.xlsx`);
  await book.save(file);
  return XlsxWorkbook.open(file);
}

describe("担当者の実績（要確認の目標）", () => {
  it("starts as 要確認 with the candidates listed", async () => {
    const book = await XlsxWorkbook.open(SAMPLE);
    const outcome = await new EvaluationService(book).evaluate(settings, { write: false, print: false });
    const { item, target: t } = target(toJsonDocument(outcome.result));
    expect(t?.text).toBe("講座2～3回");
    expect(t?.status).toBe("unknown");
    expect(item?.needsReview).toBe(true);
    expect(t?.candidates?.map((c) => `${c.value}${c.unit}`)).toEqual(["5回", "3回"]);
  });

  it("a chosen candidate is the actual, kept in the workbook for the next evaluation, and undone by 元に戻す", async () => {
    const book = await XlsxWorkbook.open(SAMPLE);
    const chosen = await new EvaluationService(book).choose(settings, {
      ...REF,
      value: 5,
      unit: "回",
      source: "candidate",
      evidence: "求職中の外国籍市民対象の「日本語セミナー」を5回",
    });
    const first = target(toJsonDocument(chosen.result)).target;
    expect(first?.actual).toMatchObject({ value: 5, unit: "回", via: "clerk", source: "candidate" });
    expect(first?.progressPercent).toBe(250);

    const again = await reopen(book);
    const next = await new EvaluationService(again).evaluate(settings, { write: true, print: false });
    expect(target(toJsonDocument(next.result)).target?.actual?.via).toBe("clerk");
    expect(next.changes.writes).toEqual([]);

    const undone = await new EvaluationService(again).undo();
    expect(undone.changes.state?.choices).toEqual([]);
  });

  it("a typed actual is used; clearing it returns the target to 要確認", async () => {
    const book = await XlsxWorkbook.open(SAMPLE);
    const svc = new EvaluationService(book);
    await svc.choose(settings, { ...REF, value: 2, unit: "", source: "typed", evidence: "担当者が入力" });
    const typed = target(toJsonDocument((await svc.evaluate(settings, { write: false, print: false })).result)).target;
    expect(typed?.actual).toMatchObject({ value: 2, unit: "回", via: "clerk", source: "typed" });
    expect(typed?.progressPercent).toBe(100);
    const cleared = await svc.clearChoice(settings, REF);
    expect(target(toJsonDocument(cleared.result)).target?.status).toBe("unknown");
  });

  it("refuses a unit that is not the target's, naming the cell and what to check", async () => {
    const book = await XlsxWorkbook.open(SAMPLE);
    const run = new EvaluationService(book).choose(settings, { ...REF, value: 5, unit: "人", source: "typed", evidence: "担当者が入力" });
    await expect(run).rejects.toThrow("単位「人」が目標の単位「回」と違います");
  });

  it("when the clerk rewrites the progress text, the choice is not used and is dropped with a note", async () => {
    const book = await XlsxWorkbook.open(SAMPLE);
    await new EvaluationService(book).choose(settings, {
      ...REF,
      value: 5,
      unit: "回",
      source: "candidate",
      evidence: "求職中の外国籍市民対象の「日本語セミナー」を5回",
    });
    const edited = await reopen(book);
    const snap = (await edited.read()).snapshot;
    const sheet = snap.sheets.find((s) => s.name === SHEET)!;
    const row = 16 - sheet.origin.row;
    const col = 4 - sheet.origin.col;
    const text = `${sheet.texts[row]?.[col] ?? ""}\n・日本語講座を2回開催した`;
    await edited.apply({
      writes: [{ sheet: SHEET, row: 16, col: 4, before: null, after: text, purpose: "rate" }],
      flags: [],
      state: null,
      print: null,
      restorePrint: [],
      removeSheets: [],
    });
    const outcome = await new EvaluationService(edited).evaluate(settings, { write: true, print: false });
    expect(target(toJsonDocument(outcome.result)).target?.actual?.via).not.toBe("clerk");
    expect(outcome.notes.join("\n")).toContain("担当者が選んだ実績を使わず");
    expect(outcome.changes.state?.choices).toEqual([]);
  });
});
