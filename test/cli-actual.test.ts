import { existsSync } from "node:fs";
import path from "node:path";
import { parseActualArg } from "../src/cli/actual-arg";
import { cli } from "./helpers/cli";
import { readCsv } from "./helpers/csv";
import { tempDir } from "./helpers/tmp";

/** --actual・--clear-actual の読み取り（test/corpus/actual-args.csv）と、CLI での担当者の実績の流れ。 */
const rows = readCsv(path.join(__dirname, "corpus", "actual-args.csv"));
const SAMPLE = path.join(__dirname, "..", "assets", "samples", "ueda-r2-chukan-list.xlsx");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("--actual の読み取り", () => {
  test.each(rows.map((r) => [`${r.clear === "yes" ? "--clear-actual" : "--actual"} ${r.input}（${r.note}）`, r] as const))(
    "%s",
    (_name, r) => {
      const parsed = parseActualArg("--actual", r.input ?? "", r.clear === "yes");
      expect(parsed.ok).toBe(r.ok === "yes");
      if (!parsed.ok) {
        expect(parsed.reason.length).toBeGreaterThan(10);
        return;
      }
      expect(parsed.value.ref).toEqual({ sheet: r.sheet, progressCell: r.cell, targetIndex: Number(r.index) });
      if (r.clear === "yes") expect(parsed.value.value).toBeNull();
      else if (r.kind === "candidate") expect(parsed.value.value).toEqual({ kind: "candidate", index: Number(r.value) });
      else expect(parsed.value.value).toEqual({ kind: "number", value: Number(r.value), unit: r.unit });
    },
  );
});

type Doc = {
  sheets: {
    goals: {
      items: {
        progressCell?: string;
        needsReview: boolean;
        targets: { status: string; actual: { value: number; via?: string } | null }[];
      }[];
    }[];
  }[];
};
const target = (doc: Doc) => doc.sheets[0]?.goals.flatMap((g) => g.items).find((i) => i.progressCell === "E17")?.targets[3];

describe("CLI：担当者の実績", () => {
  it("--actual …=候補1 keeps the clerk's actual in --out, and later runs use it; --clear-actual removes it", async () => {
    const out = tmp.file("chosen.xlsx");
    const first = await cli([SAMPLE, "--out", out, "--actual", "市民まちづくり推進部!E17#4=候補1", "--json"]);
    expect(first.code).toBe(0);
    expect(target(JSON.parse(first.stdout) as Doc)?.actual).toMatchObject({ value: 5, via: "clerk" });
    expect(first.stderr).toContain("担当者の実績を付けました");
    const later = await cli([out, "--json"]);
    expect(target(JSON.parse(later.stdout) as Doc)?.actual?.via).toBe("clerk");
    const cleared = tmp.file("cleared.xlsx");
    const clear = await cli([out, "--out", cleared, "--clear-actual", "市民まちづくり推進部!E17#4", "--json"]);
    expect(target(JSON.parse(clear.stdout) as Doc)?.status).toBe("unknown");
  });

  it("is a usage error without --out, and says why", async () => {
    const run = await cli([SAMPLE, "--actual", "市民まちづくり推進部!E17#4=5"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out が必要");
  });

  it("an unknown cell is an error naming the cell, and no output is left", async () => {
    const out = tmp.file("none.xlsx");
    const run = await cli([SAMPLE, "--out", out, "--actual", "市民まちづくり推進部!Z99#1=5"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Z99");
    expect(existsSync(out)).toBe(false);
  });
});
