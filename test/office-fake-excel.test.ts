/**
 * 厳しい模擬の Excel（test/fakes/excel）が、Microsoft の文書にある振る舞いどおりに失敗することの証明。
 * 模擬が甘くなれば、アダプターの試験は本物の Excel で壊れるものを通してしまうので、厳しさごとに 1 つ以上の試験を置く。
 */
import { CELL_CHAR_LIMIT, FakeWorkbook, MERGED_AREAS_LIMIT, PROFILES, READ_CELL_LIMIT } from "./fakes/excel";

type Ctx = Excel.RequestContext;

function book(profile = PROFILES.web): FakeWorkbook {
  const b = new FakeWorkbook(profile);
  const s = b.addSheet("表");
  Object.assign(s.cell(0, 0), { value: "見出し", text: "見出し" });
  return b;
}

const code = (e: unknown): string | undefined => (e as { code?: string }).code;

async function failure(b: FakeWorkbook, batch: (ctx: Ctx) => Promise<unknown>): Promise<string | undefined> {
  try {
    await b.run(batch);
  } catch (e) {
    return code(e);
  }
  return undefined;
}

describe("模擬 Excel：読み取り", () => {
  it("reading a property that was not loaded and synced throws PropertyNotLoaded", async () => {
    const b = book();
    expect(await failure(b, async (ctx) => ctx.workbook.worksheets.getItem("表").getRange("A1").values)).toBe("PropertyNotLoaded");
    expect(
      await failure(b, async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("表").getRange("A1").load("values");
        return r.values;
      }),
    ).toBe("PropertyNotLoaded");
    expect(
      await b.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("表").getRange("A1").load("values");
        await ctx.sync();
        return r.values;
      }),
    ).toEqual([["見出し"]]);
  });

  it("a *OrNullObject result is known only after sync, and a null object has no properties", async () => {
    const b = book();
    b.addSheet("空");
    expect(await failure(b, async (ctx) => ctx.workbook.worksheets.getItem("空").getUsedRangeOrNullObject().isNullObject)).toBe(
      "PropertyNotLoaded",
    );
    const isNull = await b.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("空").getUsedRangeOrNullObject(true).load("address");
      await ctx.sync();
      expect(() => used.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      return used.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("getItem of a missing sheet fails at sync with ItemNotFound", async () => {
    expect(
      await failure(book(), async (ctx) => {
        ctx.workbook.worksheets.getItem("ない").getRange("A1").load("values");
        await ctx.sync();
      }),
    ).toBe("ItemNotFound");
  });

  it("formatting-only cells count in the used range, but not in the values-only used range", async () => {
    const b = book();
    b.sheet("表")!.cell(999, 10).fill = { color: "#FFFF00", pattern: "Solid", patternColor: null };
    const [all, values] = await b.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表");
      const a = ws.getUsedRangeOrNullObject(false).load("address");
      const v = ws.getUsedRangeOrNullObject(true).load("address");
      await ctx.sync();
      return [a.address, v.address];
    });
    expect(all).toBe("表!A1:K1000");
    expect(values).toBe("表!A1");
  });

  it("a read of more than 5,000,000 cells fails", async () => {
    expect(READ_CELL_LIMIT).toBe(5_000_000);
    expect(
      await failure(book(PROFILES.windows), async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("A1:E1000001").load("values");
        await ctx.sync();
      }),
    ).toBe("RangeExceedsLimit");
  });

  it("a response past 5 MB of UTF-8 JSON fails on the web profile (Japanese counts 3 bytes a character), not on Windows", async () => {
    const fill = (b: FakeWorkbook) => {
      const s = b.sheet("表")!;
      // 30,000 字 × 60 セル = 180 万字：UTF-16 で 3.6 MB、UTF-8 で 5.4 MB
      for (let r = 0; r < 60; r++) Object.assign(s.cell(r, 0), { value: "あ".repeat(30000), text: "あ".repeat(30000) });
    };
    const read = async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("A1:A60").load("values");
      await ctx.sync();
    };
    const web = book();
    fill(web);
    expect(await failure(web, read)).toBe("ResponsePayloadSizeLimitExceeded");
    expect(web.stats.refused).toBe(1);
    const desk = book(PROFILES.windows);
    fill(desk);
    expect(await failure(desk, read)).toBeUndefined();
    expect(desk.stats.largestResponse).toBeGreaterThan(5_000_000);
  });

  it("merged areas: up to 512 are returned, more fail", async () => {
    const merged = async (n: number) => {
      const b = book();
      b.sheet("表")!.merges = Array.from({ length: n }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
      return b.run(async (ctx) => {
        const areas = ctx.workbook.worksheets.getItem("表").getRange("A1:B2000").getMergedAreasOrNullObject().load("areaCount");
        await ctx.sync();
        return areas.areaCount;
      });
    };
    expect(await merged(MERGED_AREAS_LIMIT)).toBe(512);
    await expect(merged(MERGED_AREAS_LIMIT + 1)).rejects.toMatchObject({ code: "GeneralException" });
  });
});

describe("模擬 Excel：書き込み", () => {
  const write = async (b: FakeWorkbook, address: string, values: unknown[][]) =>
    b.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange(address).values = values;
      await ctx.sync();
    });

  it("strings starting with =, +, - or @ become formulas, and numbers or dates in text become numbers", async () => {
    const b = book();
    await write(b, "A2:A5", [["=1+1"], ["+81 3 1234"], ["-実施済み"], ["@担当"]]);
    expect(b.formulaWrites).toBe(4);
    expect(b.formula("表", "A3")).toBe("=+81 3 1234");
    await write(b, "B2:B5", [["１２３"], ["106.5%"], ["2020/9/30"], ["TRUE"]]);
    expect([b.value("表", "B2"), b.value("表", "B3"), typeof b.value("表", "B4"), b.value("表", "B5")]).toEqual([
      123,
      1.065,
      "number",
      true,
    ]);
  });

  it("a leading apostrophe stores the rest as text; formulas then read it without the apostrophe", async () => {
    const b = book();
    await write(b, "A2", [["'=SUM(A1)"]]);
    expect(b.formulaWrites).toBe(0);
    expect(b.value("表", "A2")).toBe("=SUM(A1)");
    const formulas = await b.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表").getRange("A2").load("formulas");
      await ctx.sync();
      return r.formulas;
    });
    expect(formulas).toEqual([["=SUM(A1)"]]);
  });

  it("a cell past 32,767 characters fails", async () => {
    await expect(write(book(), "A2", [["x".repeat(CELL_CHAR_LIMIT + 1)]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(book(), "A2", [["x".repeat(CELL_CHAR_LIMIT)]])).resolves.toBeUndefined();
  });

  it("a request past 5 MB fails on the web and writes nothing", async () => {
    const b = book();
    const big = "い".repeat(20000);
    await expect(
      b.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("表");
        for (let r = 2; r <= 90; r++) ws.getRange(`A${r}`).values = [[big]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(b.text("表", "A2")).toBe("");
  });

  it("a write into a protected sheet fails and aborts the rest of the batch (earlier writes stay)", async () => {
    const b = book();
    b.addSheet("保護").protection.protected = true;
    await expect(
      b.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("A2").values = [["前"]];
        ctx.workbook.worksheets.getItem("保護").getRange("A1").values = [["×"]];
        ctx.workbook.worksheets.getItem("表").getRange("A3").values = [["後"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect([b.text("表", "A2"), b.text("保護", "A1"), b.text("表", "A3")]).toEqual(["前", "", ""]);
  });

  it("an API outside the profile's requirement sets throws ApiNotFound at sync, after the earlier operations ran", async () => {
    const b = book(PROFILES.office2019);
    await expect(
      b.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("表");
        ws.getRange("A2").values = [["前"]];
        ws.pageLayout.orientation = "Landscape";
        ws.getRange("A3").values = [["後"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect([b.text("表", "A2"), b.text("表", "A3")]).toEqual(["前", ""]);
    expect(b.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(b.isSetSupported("ExcelApi", "1.8")).toBe(false);
  });

  it("while a cell is being edited every sync fails with InvalidOperationInCellEditMode", async () => {
    const b = book();
    b.editMode = true;
    await expect(write(b, "A2", [["x"]])).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(b.text("表", "A2")).toBe("");
  });

  it("each sync runs the queued operations in order (a load after a write sees the write)", async () => {
    const b = book();
    const seen = await b.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表").getRange("A2");
      const before = r.load("values");
      r.values = [["新"]];
      const after = ctx.workbook.worksheets.getItem("表").getRange("A2").load("values");
      await ctx.sync();
      return [before.values, after.values];
    });
    expect(seen).toEqual([[[""]], [["新"]]]);
  });

  it("operations left unsynced when Excel.run ends are not executed (and counted)", async () => {
    const b = book();
    await b.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("A2").values = [["x"]];
    });
    expect(b.text("表", "A2")).toBe("");
    expect(b.unsyncedActions).toBe(1);
  });

  it("a structure-protected workbook refuses to add a sheet", async () => {
    const b = book();
    b.structureProtected = true;
    await expect(
      b.run(async (ctx) => {
        ctx.workbook.worksheets.add("新しい");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("no fill and an explicit white fill differ only through pattern (ExcelApi 1.9)", async () => {
    const b = book();
    b.sheet("表")!.cell(1, 0).fill = { color: "#FFFFFF", pattern: "Solid", patternColor: null };
    const fills = await b.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表");
      const none = ws.getRange("A1").format.fill.load("color,pattern");
      const white = ws.getRange("A2").format.fill.load("color,pattern");
      await ctx.sync();
      return [none.color, none.pattern, white.color, white.pattern];
    });
    expect(fills).toEqual(["#FFFFFF", "None", "#FFFFFF", "Solid"]);
  });
});
