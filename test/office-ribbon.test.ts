/** リボンの「評価計算」：エラーも知らせることも、黙らずにダイアログで担当者に見せる。 */
import { evaluateFromRibbon } from "../src/commands/ribbon";
import { messageUrl, showRibbonMessage, type DisplayDialog } from "../src/commands/ribbon-message";
import { PROFILES } from "./fakes/excel";
import { sampleBook, SAMPLE_SHEET, serviceFor } from "./helpers/office";

const EVENTS = { message: "DialogMessageReceived", closed: "DialogEventReceived" };

describe("リボンの評価計算", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("a protected sheet becomes a message naming the sheet and what to do, and nothing is written", async () => {
    const book = await sampleBook();
    book.sheet(SAMPLE_SHEET)!.protection.protected = true;
    const before = book.texts(SAMPLE_SHEET);
    const message = await evaluateFromRibbon(serviceFor(book).service);
    expect(message).toMatchObject({ kind: "error", title: "評価できませんでした" });
    expect(message?.text).toMatch(new RegExp(`「${SAMPLE_SHEET}」[\\s\\S]*シート保護の解除`));
    expect(book.texts(SAMPLE_SHEET)).toEqual(before);
  });

  it("a cell left in edit mode becomes the message to finish editing", async () => {
    const book = await sampleBook();
    book.editMode = true;
    expect((await evaluateFromRibbon(serviceFor(book).service))?.text).toContain("編集を終えてから");
  });

  it("an undo conflict or an old Excel is shown too", async () => {
    const old = await sampleBook(PROFILES.office2019);
    expect((await evaluateFromRibbon(serviceFor(old).service))?.text).toContain("ExcelApi 1.13");
  });

  it("a clean run says nothing (the sheet shows the result); warnings are shown", async () => {
    const book = await sampleBook();
    const { service } = serviceFor(book);
    expect(await evaluateFromRibbon(service)).toBeNull();
    Object.assign(book.sheet(SAMPLE_SHEET)!.cell(20, 5), { value: "◎", text: "◎", formula: '="◎"' });
    const message = await evaluateFromRibbon(service);
    expect(message?.kind).toBe("done");
    expect(message?.text).toContain("F21");
  });
});

describe("お知らせのダイアログ", () => {
  it("carries the message after # next to the function file, and shortens a very long one", () => {
    const url = new URL(messageUrl("https://intra.example.lg.jp/juten/commands.html", { kind: "error", title: "題", text: "<b>本文</b>" }));
    expect(url.pathname).toBe("/juten/message.html");
    expect(JSON.parse(decodeURIComponent(url.hash.slice(1)))).toEqual({ kind: "error", title: "題", text: "<b>本文</b>" });
    const long = new URL(messageUrl("https://x/commands.html", { kind: "done", title: "t", text: "あ".repeat(5000) }));
    expect((JSON.parse(decodeURIComponent(long.hash.slice(1))) as { text: string }).text.length).toBeLessThan(1600);
  });

  it("waits until the clerk closes the dialog (the command completes only then)", async () => {
    const handlers = new Map<unknown, () => void>();
    let closed = false;
    const display: DisplayDialog = (_url, _opts, cb) =>
      cb({
        status: "succeeded",
        value: {
          close: () => {
            closed = true;
          },
          addEventHandler: (type, h) => handlers.set(type, () => h({})),
        },
      });
    let settled = false;
    const shown = showRibbonMessage(display, "https://x/message.html#", EVENTS).then((v) => {
      settled = true;
      return v;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    handlers.get("DialogMessageReceived")?.();
    expect(await shown).toBe(true);
    expect(closed).toBe(true);
  });

  it("returns at once when no dialog can be shown", async () => {
    expect(await showRibbonMessage(undefined, "u", EVENTS)).toBe(false);
    expect(await showRibbonMessage((_u, _o, cb) => cb({ status: "failed", error: { message: "busy" } }), "u", EVENTS)).toBe(false);
    expect(
      await showRibbonMessage(
        () => {
          throw new Error("no");
        },
        "u",
        EVENTS,
      ),
    ).toBe(false);
  });
});
