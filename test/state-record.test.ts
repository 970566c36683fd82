import { attachPrint, summarySheetName } from "../src/core/changes/attach-print";
import { emptyChanges } from "../src/core/changes/types";
import { decodeState, emptyState, encodeState, MAX_STATE_CHARS, restoreBefore, toUndoWrite, type AddinState } from "../src/core/state";
import type { SheetSnapshot, WorkbookSnapshot } from "../src/core/snapshot";
import { assertWritable } from "../src/services/protection";

const sheet = (name: string, extra: Partial<SheetSnapshot> = {}): SheetSnapshot => ({
  name,
  origin: { row: 0, col: 0 },
  values: [],
  texts: [],
  formats: [],
  merges: [],
  ...extra,
});
const withMarks: AddinState = { ...emptyState(), marks: { "総務部!F21": "△", "総務部!F22": "◎" } };

describe("状態の記録（codec）", () => {
  it("round-trips a state through the cells it writes", () => {
    const decoded = decodeState(encodeState(withMarks).cells);
    expect(decoded).toEqual({ kind: "ok", state: withMarks });
  });

  it("writes only ASCII text that starts with a letter (no number, date, formula or script runs)", () => {
    for (const cell of encodeState(withMarks).cells) {
      expect(cell).toMatch(/^[A-Z]/);
      expect(/[^\x20-\x7e]/.test(cell)).toBe(false);
    }
  });

  it("says a record with a changed character is damaged, naming why", () => {
    const cells = encodeState(withMarks).cells;
    const broken = [cells[0] as string, (cells[1] as string).replace("F21", "F31")];
    expect(decodeState(broken)).toEqual({ kind: "damaged", reason: expect.stringContaining("指紋") });
  });

  it("says a record with a missing chunk is damaged", () => {
    const big: AddinState = { ...emptyState(), marks: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`総務部!F${i}`, "○"])) };
    const cells = encodeState(big).cells;
    expect(cells.length).toBeGreaterThan(2);
    expect(decodeState(cells.slice(0, -1)).kind).toBe("damaged");
  });

  it("an empty state sheet is no record, not a damaged one", () => {
    expect(decodeState([]).kind).toBe("none");
    expect(decodeState(["", ""]).kind).toBe("none");
  });

  it("drops the undo record rather than growing past the bound", () => {
    const huge = "あ".repeat(MAX_STATE_CHARS / 5);
    const state: AddinState = {
      ...emptyState(),
      undo: {
        writes: [toUndoWrite({ sheet: "s", row: 0, col: 0, before: huge, after: "x", purpose: "rate" })],
        flags: [],
        previous: { marks: {}, flagged: {} },
        addedSheets: [],
        printSheets: [],
      },
    };
    const encoded = encodeState(state);
    expect(encoded.dropped).toEqual(["undo"]);
    const decoded = decodeState(encoded.cells);
    expect(decoded.kind === "ok" && decoded.state.undo).toBeNull();
  });
});

describe("元に戻す記録（差分）", () => {
  it("keeps only the changed middle and restores the text before", () => {
    const before = "物件登録 14件、利用者登録 90件";
    const after = "物件登録 14件、利用者登録 90件（進捗104.0％）";
    const u = toUndoWrite({ sheet: "s", row: 1, col: 2, before, after, purpose: "rate" });
    expect(u.removed).toBe("");
    expect(restoreBefore(u, after)).toEqual({ ok: true, before });
  });

  it("restores an empty cell as empty, not as an empty string", () => {
    const u = toUndoWrite({ sheet: "s", row: 1, col: 2, before: null, after: "◎", purpose: "mark" });
    expect(restoreBefore(u, "◎")).toEqual({ ok: true, before: null });
  });

  it("refuses when the cell was edited after the add-in wrote it", () => {
    const u = toUndoWrite({ sheet: "s", row: 1, col: 2, before: "a", after: "ab", purpose: "rate" });
    expect(restoreBefore(u, "abc")).toEqual({ ok: false });
  });
});

describe("評価集計のシートの名前", () => {
  const snap = (names: string[], own: string | null = null): WorkbookSnapshot => ({
    sheets: names.map((n) => sheet(n)),
    state: own ? { ...emptyState(), summarySheet: own } : null,
  });
  it("uses 評価集計 when free, keeps a clerk's own sheet of that name, reuses its own", () => {
    expect(summarySheetName(snap(["総務部"]))).toBe("評価集計");
    expect(summarySheetName(snap(["総務部", "評価集計"]))).toBe("評価集計（評価アシスタント）");
    expect(summarySheetName(snap(["総務部", "評価集計", "評価集計（評価アシスタント）"], "評価集計（評価アシスタント）"))).toBe(
      "評価集計（評価アシスタント）",
    );
  });

  it("records the sheet it adds so that undo removes it", () => {
    const changes = attachPrint(
      emptyChanges(),
      {
        plans: [],
        summary: {
          name: "評価集計",
          font: "ＭＳ ゴシック",
          rows: [],
          styles: {},
          columnWidths: [],
          margins: { left: 0.4, right: 0.4, top: 0.45, bottom: 0.45, header: 0.2, footer: 0.2 },
          onePage: true,
        },
        rowHeights: [],
        columnWidths: [],
      },
      snap(["総務部", "評価集計"]),
    );
    expect(changes.print?.summary?.name).toBe("評価集計（評価アシスタント）");
    expect(changes.state?.undo?.addedSheets).toEqual(["評価集計（評価アシスタント）"]);
  });
});

describe("保護されたシート", () => {
  it("refuses before writing and names the sheet", () => {
    const snapshot: WorkbookSnapshot = { sheets: [sheet("総務部", { protected: true }), sheet("税務部")], state: null };
    const changes = {
      ...emptyChanges(),
      writes: [{ sheet: "総務部", row: 1, col: 1, before: null, after: "○", purpose: "mark" as const }],
    };
    expect(() => assertWritable(snapshot, changes, "xlsx")).toThrow("「総務部」が保護されている");
    expect(() => assertWritable(snapshot, { ...changes, writes: [{ ...changes.writes[0]!, sheet: "税務部" }] }, "xlsx")).not.toThrow();
  });
});
