/**
 * office.js アダプターとサービス（評価計算・元に戻す・設定・選択）を、ホストの型ごとの厳しい模擬 Excel で。
 */
import { emptyChanges } from "../src/core/changes/types";
import { defaultSettings } from "../src/core/evaluate/settings";
import { EvaluationError } from "../src/core/errors";
import { STATE_SHEET } from "../src/core/state";
import { OfficeWorkbookPort } from "../src/adapters/office/port";
import { detectCapabilities } from "../src/adapters/office/requirements";
import { PROFILES } from "./fakes/excel";
import { noWait, sampleBook, SAMPLE_SHEET, serviceFor } from "./helpers/office";

const EVALUATING = [PROFILES.web, PROFILES.windows, PROFILES.mac];

describe.each(EVALUATING.map((p) => [p.label, p] as const))("評価計算（%s）", (_label, profile) => {
  it("writes marks, （進捗…％）, fills and the state record, with every batch synced and nothing written as a formula", async () => {
    const book = await sampleBook(profile);
    const { service } = serviceFor(book);
    const outcome = await service.evaluate(defaultSettings(), () => undefined);
    expect(book.text(SAMPLE_SHEET, "F21")).toBe("△");
    expect(book.text(SAMPLE_SHEET, "F48")).toBe("◎");
    expect(book.text(SAMPLE_SHEET, "D21")).toContain("相談会開催4回）（進捗20.8％）");
    expect(book.fill(SAMPLE_SHEET, "F21")).toBe("#FFE699");
    expect(book.sheet(STATE_SHEET)?.visibility).toBe("VeryHidden");
    expect([book.formulaWrites, book.unsyncedActions]).toEqual([0, 0]);
    // あらまし 2 回・値 1 回・元の書式 1 回・書き込み 1 回
    expect(outcome.syncs).toBe(5);
    expect(book.syncs).toBe(5);
  });

  it("a second run writes nothing and costs only the reads", async () => {
    const book = await sampleBook(profile);
    const { service } = serviceFor(book);
    await service.evaluate(defaultSettings(), () => undefined);
    const before = book.texts(SAMPLE_SHEET);
    book.resetStats();
    const again = await service.evaluate(defaultSettings(), () => undefined);
    expect(book.texts(SAMPLE_SHEET)).toEqual(before);
    expect(again.syncs).toBe(4);
  });

  it("the reason for a flag is a note on the mark cell (ExcelApi 1.18), and a clerk's own note is kept and restored", async () => {
    const book = await sampleBook(profile);
    book.sheet(SAMPLE_SHEET)!.notes.set("F36", { content: "課長確認済み", author: "職員" });
    const { service } = serviceFor(book);
    await service.evaluate(defaultSettings(), () => undefined);
    expect(book.note(SAMPLE_SHEET, "F21")).toMatch(/^【評価アシスタント】未達成の数値目標があります\n.*5回 ÷ 24回 = 20\.8％/);
    expect(book.note(SAMPLE_SHEET, "F36")).toMatch(/^課長確認済み\n\n【評価アシスタント】/);
    await service.undoWithNotes();
    expect(book.note(SAMPLE_SHEET, "F21")).toBeNull();
    expect(book.note(SAMPLE_SHEET, "F36")).toBe("課長確認済み");
  });

  it("元に戻す restores every cell (empty cells empty), the fills, and removes the state sheet it added", async () => {
    const book = await sampleBook(profile);
    const before = book.texts(SAMPLE_SHEET);
    const sheetsBefore = book.sheets.map((s) => s.name);
    const { service } = serviceFor(book);
    await service.evaluate(defaultSettings(), () => undefined);
    const undone = await service.undoWithNotes();
    expect(undone.cells).toBeGreaterThan(10);
    expect(book.texts(SAMPLE_SHEET)).toEqual(before);
    expect(book.value(SAMPLE_SHEET, "F21")).toBeNull();
    expect(book.fill(SAMPLE_SHEET, "F21")).toBeNull();
    expect(book.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });

  it("元に戻す refuses, naming the cell, when the clerk edited it since", async () => {
    const book = await sampleBook(profile);
    const { service } = serviceFor(book);
    await service.evaluate(defaultSettings(), () => undefined);
    Object.assign(book.sheet(SAMPLE_SHEET)!.cell(20, 5), { value: "○", text: "○" });
    await expect(service.undo()).rejects.toThrow("F21");
  });

  it("an explicit white fill and a pattern fill come back as they were when the flag is removed", async () => {
    const book = await sampleBook(profile);
    const sheet = book.sheet(SAMPLE_SHEET)!;
    sheet.cell(20, 5).fill = { color: "#FFFFFF", pattern: "Solid", patternColor: null };
    sheet.cell(20, 3).fill = { color: "#DDEBF7", pattern: "LightUp", patternColor: "#808080" };
    const { service } = serviceFor(book);
    await service.evaluate(defaultSettings(), () => undefined);
    expect(sheet.peek(20, 5)?.fill?.color).toBe("#FFE699");
    await service.undoWithNotes();
    expect(sheet.peek(20, 5)?.fill).toEqual({ color: "#FFFFFF", pattern: "Solid", patternColor: null });
    expect(sheet.peek(20, 3)?.fill).toEqual({ color: "#DDEBF7", pattern: "LightUp", patternColor: "#808080" });
  });

  it("元に戻す leaves a fill the clerk repainted since, and says so", async () => {
    const book = await sampleBook(profile);
    const { service } = serviceFor(book);
    await service.evaluate(defaultSettings(), () => undefined);
    book.sheet(SAMPLE_SHEET)!.cell(20, 5).fill = { color: "#FF0000", pattern: "Solid", patternColor: null };
    const undone = await service.undoWithNotes();
    expect(book.fill(SAMPLE_SHEET, "F21")).toBe("#FF0000");
    expect(undone.notes.join("")).toContain("F21");
  });
});

describe("注記のない Excel（Office LTSC 2021、ExcelApi 1.14）", () => {
  it("flags without a note and says where the reasons can be read", async () => {
    const book = await sampleBook(PROFILES.ltsc2021);
    const { service } = serviceFor(book);
    const outcome = await service.evaluate(defaultSettings(), () => undefined);
    expect(book.fill(SAMPLE_SHEET, "F21")).toBe("#FFE699");
    expect(book.note(SAMPLE_SHEET, "F21")).toBeNull();
    expect(outcome.notes.join("")).toMatch(/ExcelApi 1\.18[\s\S]*作業ウィンドウ[\s\S]*評価集計/);
    expect(
      outcome.report.sheets[0]?.goals
        .flatMap((g) => g.items)
        .find((i) => i.markCell === "F21")
        ?.targets.some((t) => t.reason),
    ).toBe(true);
  });
});

describe("保護", () => {
  it("a protected sheet is detected before any write: nothing is written and the message names the sheet and what to do", async () => {
    const book = await sampleBook();
    book.sheet(SAMPLE_SHEET)!.protection.protected = true;
    const before = book.texts(SAMPLE_SHEET);
    const { service } = serviceFor(book);
    const error = await service.evaluate(defaultSettings(), () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvaluationError);
    expect((error as EvaluationError).code).toBe("protected");
    expect((error as EvaluationError).describe()).toContain(`「${SAMPLE_SHEET}」`);
    expect((error as EvaluationError).describe()).toContain("シート保護の解除");
    expect(book.texts(SAMPLE_SHEET)).toEqual(before);
    expect(book.sheet(STATE_SHEET)).toBeUndefined();
  });

  it("a structure-protected workbook is detected before any write when the record sheet must be added", async () => {
    const book = await sampleBook();
    book.structureProtected = true;
    const before = book.texts(SAMPLE_SHEET);
    const { service } = serviceFor(book);
    const error = await service.evaluate(defaultSettings(), () => undefined).catch((e: unknown) => e);
    expect((error as EvaluationError).describe()).toContain("校閲 > ブックの保護");
    expect(book.texts(SAMPLE_SHEET)).toEqual(before);
  });
});

describe("文字は文字のまま", () => {
  it.each(EVALUATING.map((p) => [p.label, p] as const))(
    "%s: text starting with = + - @ ' or looking like a number or date is stored as that text",
    async (_l, profile) => {
      const book = await sampleBook(profile);
      const port = new OfficeWorkbookPort(book.run, detectCapabilities(book.isSetSupported, profile.platform), noWait);
      await port.read();
      const texts = ['=HYPERLINK("x")', "+81 3 1234", "-実施済み", "@担当", "'引用", "106.5％", "１２３", "2020/9/30", "TRUE", "○"];
      const writes = texts.map((after, i) => ({
        sheet: SAMPLE_SHEET,
        row: 100 + i,
        col: 0,
        before: null,
        after,
        purpose: "rate" as const,
      }));
      const applied = await port.apply({ ...emptyChanges(), writes });
      expect(book.formulaWrites).toBe(0);
      expect(texts.map((_, i) => book.value(SAMPLE_SHEET, `A${101 + i}`))).toEqual(texts);
      expect(applied.notes).toEqual([]);
    },
  );
});

describe("セルの編集中", () => {
  it("retries while a cell is in edit mode, then gives up with a message", async () => {
    const book = await sampleBook();
    book.editMode = true;
    const { service } = serviceFor(book);
    await expect(service.evaluate(defaultSettings(), () => undefined)).rejects.toThrow("セルを編集中");
    expect(book.syncs).toBeGreaterThan(1);
  });

  it("succeeds when edit mode ends during the retries", async () => {
    const book = await sampleBook();
    book.editMode = true;
    const { service } = serviceFor(book, {
      retry: {
        ...noWait,
        timeoutMs: 10_000,
        sleep: async () => {
          book.editMode = false;
        },
      },
    });
    await expect(service.evaluate(defaultSettings(), () => undefined)).resolves.toBeDefined();
    expect(book.text(SAMPLE_SHEET, "F21")).toBe("△");
  });
});

describe("Office 2019（ボリューム ライセンス、ExcelApi 1.7）", () => {
  it("refuses to evaluate with what to use instead, before touching the workbook", async () => {
    const book = await sampleBook(PROFILES.office2019);
    const { service } = serviceFor(book);
    const error = await service.evaluate(defaultSettings(), () => undefined).catch((e: unknown) => e);
    expect((error as EvaluationError).describe()).toMatch(/ExcelApi 1\.13[\s\S]*Excel on the web[\s\S]*コマンドライン/);
    expect(book.syncs).toBe(0);
  });
});

describe("設定と選択", () => {
  it("settings live in the document settings", async () => {
    const book = await sampleBook();
    const { service } = serviceFor(book);
    await service.saveSettings({ ...defaultSettings(), asOf: "2020-10-31", overwriteManual: true });
    expect(service.loadSettings().asOf).toBe("2020-10-31");
    expect(service.loadSettings().overwriteManual).toBe(true);
  });

  it("clicking an item selects its cell", async () => {
    const book = await sampleBook();
    const { service } = serviceFor(book);
    await service.select(SAMPLE_SHEET, "F21");
    expect(book.selected).toEqual({ sheet: SAMPLE_SHEET, address: "F21" });
  });
});
