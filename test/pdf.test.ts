import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findSoffice } from "../src/cli/libreoffice";
import { pageImage, SCREENSHOTS } from "../scripts/screenshots";
import { cli } from "./helpers/cli";
import { FIXTURES, writeFixtureBook } from "./helpers/council";
import { horizontalRules, pageCount, pdfWords, printedSizes, wordsCrossedByRules } from "./helpers/pdf-geometry";
import { tempDir } from "./helpers/tmp";

/**
 * CLI の議会用 PDF（LibreOffice）を poppler の道具で確かめる：A4 横・横 1 ページ・見出しの繰り返し・目標ごとの改ページ・
 * 本文 8 pt 以上・罫線が文字を横切らない（行の高さが足りている）・未達の「未達」・1 ページの評価集計。
 * CI（REQUIRE_PDF=1）では LibreOffice がなければ失敗する。
 */
const ROOT = path.join(__dirname, "..");
const SAMPLES = path.join(ROOT, "assets", "samples");
const available = findSoffice() !== null && existsSync("/usr/bin/pdftotext");
if (!available && process.env.REQUIRE_PDF === "1") throw new Error("LibreOffice か poppler-utils がありません（.ci/run が入れるはず）");
const describeIf = available ? describe : describe.skip;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const text = (pdf: string, first?: number, last?: number): string =>
  execFileSync("pdftotext", [...(first ? ["-f", String(first), "-l", String(last ?? first)] : []), "-layout", pdf, "-"], {
    encoding: "utf8",
  });
/** ページの文字を書かれた順に、空白を除いてつないだもの（セルの中の折り返しをまたいで探せる）。 */
const rawPage = (pdf: string, page: number): string =>
  execFileSync("pdftotext", ["-raw", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
const squash = (s: string): string => s.replace(/\s+/g, "");

interface SampleSource {
  goals: { title: string; items: { action: string[]; progress: string[] }[] }[];
}
const source = JSON.parse(readFileSync(path.join(SAMPLES, "ueda-r2-chukan.source.json"), "utf8")) as SampleSource;

describeIf.each(["block", "list"])("--pdf（%s 形式）", (layout) => {
  const pdf = tmp.file(`${layout}.pdf`);
  const headers =
    layout === "block"
      ? ["重点目標", "期限・数値目標等", "具体的な重点取組項目", "進捗状況・進捗度"]
      : ["No", "重点目標", "期限・数値目標等", "具体的な重点取組項目", "進捗状況", "進捗度"];
  let pages = 0;
  let doc: { sheets: { goals: { items: { flagged: boolean }[] }[] }[] };
  /** 表のページ（最後は評価集計） */
  const sheetPages = (): number[] => Array.from({ length: pages - 1 }, (_, i) => i + 1);

  beforeAll(async () => {
    const r = await cli([path.join(SAMPLES, `ueda-r2-chukan-${layout}.xlsx`), "--pdf", pdf, "--json"]);
    expect(r.code).toBe(0);
    doc = JSON.parse(r.stdout);
    pages = pageCount(pdf);
  }, 180_000);

  it("is A4 landscape on every page", () => {
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", pdf], { encoding: "utf8" });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes) expect(size).toEqual([842, 595]);
  });

  it("has every column on page 1, and every table page spans the page's width (one page wide)", () => {
    const page1 = squash(text(pdf, 1));
    for (const h of headers) expect([h, page1.includes(h)]).toEqual([h, true]);
    expect(page1).toMatch(/[◎○△×]/);
    for (const p of sheetPages()) {
      const words = pdfWords(pdf, p).filter((w) => w.yMax < 560);
      expect([p, Math.min(...words.map((w) => w.xMin)) < 150, Math.max(...words.map((w) => w.xMax)) > 600]).toEqual([p, true, true]);
    }
  });

  it("repeats the header rows on every table page", () => {
    const repeated = layout === "block" ? ["重点目標一覧表（中間報告調書）"] : ["No", "進捗度", "具体的な重点取組項目（箇条書き）"];
    for (const p of sheetPages()) for (const h of repeated) expect([p, h, squash(text(pdf, p)).includes(squash(h))]).toEqual([p, h, true]);
  });

  it("breaks between goals: a goal's heading is never parted from its first item, and a goal is split only when it starts a page", () => {
    const pageOf = (needle: string): number => sheetPages().find((p) => rawPage(pdf, p).includes(squash(needle).slice(0, 12))) ?? -1;
    let previousEnd = 0;
    for (const goal of source.goals) {
      const title = pageOf(goal.title);
      const first = pageOf(goal.items[0]?.action[0] ?? "");
      const last = pageOf(goal.items[goal.items.length - 1]?.progress[0] ?? "");
      expect([goal.title, title > 0, title === first]).toEqual([goal.title, true, true]);
      if (last > title) expect([goal.title, previousEnd < title]).toEqual([goal.title, true]);
      previousEnd = last;
    }
  });

  it("prints body type at 8 pt or more on every page", () => {
    for (let p = 1; p <= pages; p++) {
      const sizes = printedSizes(pdfWords(pdf, p));
      expect(sizes.length).toBeGreaterThan(0);
      const smallest = sizes.reduce((a, b) => (b.size < a.size ? b : a));
      expect([p, smallest.word, smallest.size >= 8]).toEqual([p, smallest.word, true]);
    }
  });

  it("no row clips its text: no cell border runs through a line of text on any page", () => {
    for (let p = 1; p <= pages; p++)
      expect([p, wordsCrossedByRules(pdfWords(pdf, p), horizontalRules(pdf, p)).map((w) => w.text)]).toEqual([p, []]);
  });

  it("marks every flagged item 未達 beside its mark, in words that print in black and white", () => {
    const flagged = doc.sheets.flatMap((s) => s.goals.flatMap((g) => g.items)).filter((i) => i.flagged).length;
    const words = sheetPages().reduce((n, p) => n + (text(pdf, p).match(/未達/g) ?? []).length, 0);
    expect(flagged).toBeGreaterThan(0);
    expect(words).toBe(flagged);
  });

  it("has the legend, the marks and the 進捗…％ annotations, but none after a plan", () => {
    const all = squash(text(pdf));
    expect(all).toContain("評価基準");
    expect(all).toContain("（進捗20.8％）");
    expect(all).toContain("（進捗106.5％）");
    expect(all).not.toMatch(/予定（進捗/);
    for (const m of ["◎", "○", "△", "×"]) expect(all).toContain(m);
  });

  it("ends with a one-page 評価集計: counts and bars per goal, every behind target named and explained, the 要確認 list", () => {
    const last = squash(text(pdf, pages));
    expect(last).toContain("評価集計");
    expect(squash(text(pdf, 1, pages - 1))).not.toContain("評価集計");
    for (const h of ["目標ごとの進捗度", "内訳", "実績", "進捗率", "期待進捗", "理由", "要確認"])
      expect([h, last.includes(h)]).toEqual([h, true]);
    expect(last).toContain("講演会（講演会・講座各2回以上）");
    expect(last).toContain("講座（講演会・講座各2回以上）");
    expect(last).toContain("コロナ禍のため、未実施");
    expect(last).not.toContain("ほか");
  });

  it("repeats the footer with department, as-of date and N / M", () => {
    expect(text(pdf, 1)).toMatch(new RegExp(`基準日 2020年9月30日）\\s+1\\s*/\\s*${pages}`));
  });

  it("is what the README shows: the page images equal the ones npm run screenshots made (they cannot drift from the code)", () => {
    const shown: [number, string][] = [
      [1, `pdf-${layout}-page1.png`],
      ...(layout === "block" ? [[pages, "pdf-summary.png"] as [number, string]] : []),
    ];
    for (const [page, name] of shown) {
      const now = tmp.file(`${layout}-${page}.png`);
      pageImage(pdf, page, now);
      expect([name, readFileSync(now).equals(readFileSync(path.join(SCREENSHOTS, name)))]).toEqual([name, true]);
    }
  });

  it("embeds a CJK font", () => {
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" })
      .split("\n")
      .filter((l) => /CJK|Gothic|Mincho|IPA|Takao/i.test(l));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((l) => / yes +yes /.test(l))).toBe(true);
  });
});

describeIf("--pdf of the layout fixtures (bordered, so the page shows where rows end)", () => {
  test.each(FIXTURES.map((f) => [f.name, f] as const))(
    "%s: 8 pt or more, no border through text, one A4 page for 評価集計",
    async (name, fixture) => {
      const book = tmp.file(`${name}.xlsx`);
      const pdf = tmp.file(`${name}.pdf`);
      await writeFixtureBook(fixture, book, true);
      const r = await cli([book, "--pdf", pdf, ...(fixture.asOf ? ["--as-of", fixture.asOf] : [])]);
      expect(r.code).toBe(0);
      const pages = pageCount(pdf);
      for (let p = 1; p <= pages; p++) {
        const words = pdfWords(pdf, p);
        expect([p, Math.min(...printedSizes(words).map((s) => s.size)) >= 8]).toEqual([p, true]);
        expect([p, wordsCrossedByRules(words, horizontalRules(pdf, p)).map((w) => w.text)]).toEqual([p, []]);
      }
      expect(squash(text(pdf, pages))).toContain("評価集計");
      expect(squash(text(pdf, 1, pages - 1))).not.toContain("評価集計");
    },
    60_000,
  );
});

describe("--pdf が失敗するとき（部分的なファイルを残さない）", () => {
  const sample = path.join(SAMPLES, "ueda-r2-chukan-block.xlsx");

  /** 終了コード 1、標準エラーに messages、PDF は残らない。 */
  async function expectFailedPdf(name: string, messages: string[]): Promise<void> {
    const out = tmp.file(name);
    const r = await cli([sample, "--pdf", out]);
    expect(r.code).toBe(1);
    for (const m of messages) expect(r.stderr).toContain(m);
    expect(existsSync(out)).toBe(false);
  }

  afterEach(() => {
    delete process.env.SOFFICE;
    delete process.env.JUTEN_PDF_TIMEOUT_MS;
  });

  it("a conversion that hangs is stopped at the time limit: exit 1 and no PDF", async () => {
    const slow = tmp.file("slow-soffice.sh");
    writeFileSync(slow, "#!/bin/sh\nsleep 30\n");
    chmodSync(slow, 0o755);
    process.env.SOFFICE = slow;
    process.env.JUTEN_PDF_TIMEOUT_MS = "500";
    await expectFailedPdf("slow.pdf", ["秒で終わりませんでした"]);
  });

  it("without LibreOffice: exit 1 and says how to install it", async () => {
    process.env.SOFFICE = "/nonexistent/soffice";
    await expectFailedPdf("missing.pdf", ["LibreOffice が見つかりません", "apt-get install libreoffice-calc-nogui"]);
  });

  it("when the converter fails: exit 1 and no PDF", async () => {
    process.env.SOFFICE = "/bin/false";
    await expectFailedPdf("failed.pdf", ["PDF を作れませんでした"]);
  });
});
