/** 形のフィクスチャ（test/fixtures/layouts）から模擬のブックを作る。xlsx のアダプターと同じ中身になる。 */
import { parseA1 } from "../../../src/core/snapshot";
import { formatWithNumberFormat } from "../../../src/core/text/number-format";
import type { Fixture } from "../../fixtures/layouts";
import { FakeWorkbook } from "./book";
import { PROFILES, type HostProfile } from "./profiles";

export function fakeFromFixture(fixture: Fixture, profile: HostProfile = PROFILES.web): FakeWorkbook {
  const book = new FakeWorkbook(profile);
  for (const s of fixture.sheets) {
    const sheet = book.addSheet(s.name);
    const at = (addr: string) => {
      const p = parseA1(addr);
      if (!p) throw new Error(`bad address ${addr}`);
      return sheet.cell(p.row, p.col);
    };
    for (const [addr, v] of Object.entries(s.cells)) {
      if (v === "") continue;
      const format = s.formats?.[addr] ?? "General";
      Object.assign(at(addr), { value: v, format, text: typeof v === "number" ? formatWithNumberFormat(v, format) : v });
    }
    for (const [addr, f] of Object.entries(s.formulas ?? {})) {
      const text = typeof f.result === "object" ? f.result.error : String(f.result);
      Object.assign(at(addr), { value: typeof f.result === "object" ? f.result.error : f.result, text, formula: `=${f.formula}` });
    }
    sheet.merges = (s.merges ?? []).map((r) => {
      const [a, b] = r.split(":").map((x) => parseA1(x));
      return { top: a?.row ?? 0, left: a?.col ?? 0, bottom: b?.row ?? 0, right: b?.col ?? 0 };
    });
  }
  return book;
}
