import path from "node:path";
import { groupSources, readCorpusRows, type CorpusRow } from "../scripts/lib/corpus/rows";

/**
 * 実在の資料のコーパス（test/corpus/real）そのものの確かめ：人が考えた期待値の計算と決まりの当てはめに
 * 食い違いがないか（コードの答えではなく、期待値どうしの整合を確かめる）と、量と出どころの約束。
 */
const rows = readCorpusRows(path.join(__dirname, "corpus", "real"));
const FORBIDDEN = [
  "上田市",
  "武蔵野市",
  "大分県",
  "大阪府",
  "滋賀県",
  "鳥取県",
  "刈谷市",
  "富士市",
  "小矢部市",
  "田辺市",
  "むつ市",
  "吉賀町",
  "津和野町",
  "妙高市",
  "最上町",
  "三戸町",
  "沼津市",
  "江南市",
  "福知山市",
  "舞鶴市",
  "長崎市",
  "山形市",
  "長野市",
  "津市",
  "四日市市",
  "大津市",
  "函館市",
  "愛知県",
  "群馬県",
  "滑川市",
  "船橋市",
  "森町",
  "狭山市",
  "沖縄県",
];

/** 四捨五入（0.5 は切り上げ）で小数 1 桁（この試験で独自に計算する）。 */
const round1 = (x: number): number => Math.floor(x * 10 + 0.5 + 1e-9) / 10;
const rawRate = (r: CorpusRow): number | null => {
  if (r.value === null || r.actual === null) return null;
  if (r.comparator === "<=") return r.actual === 0 ? null : (r.value / r.actual) * 100;
  return r.value === 0 ? null : (r.actual / r.value) * 100;
};
/** 都道府県名を除いた団体名（県そのものならその名前）が、独立した測定のために取っておく団体か。 */
const PREFECTURE = /^(北海道|東京都|京都府|大阪府|[^都道府県]{2,3}県)/;
const forbidden = (body: string): boolean => {
  const local = body.replace(PREFECTURE, "");
  return FORBIDDEN.includes(local === "" ? body : local) || FORBIDDEN.includes(body);
};

describe("実在の資料のコーパス：量と出どころ", () => {
  it("has at least 400 targets from 20 documents of 15 bodies", () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(new Set(rows.map((r) => r.sourceUrl)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((r) => r.body)).size).toBeGreaterThanOrEqual(15);
  });

  it("lays out about half of the rows as interim reports", () => {
    const interim = rows.filter((r) => r.report === "中間報告").length / rows.length;
    expect(interim).toBeGreaterThan(0.4);
    expect(interim).toBeLessThan(0.6);
  });

  it("has unique ids, a source URL and no body reserved for the independent test", () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.filter((r) => !/^https?:\/\//.test(r.sourceUrl)).map((r) => r.id)).toEqual([]);
    expect(rows.filter((r) => forbidden(r.body)).map((r) => `${r.id} ${r.body}`)).toEqual([]);
  });
});

describe("実在の資料のコーパス：期待値どうしの整合", () => {
  test.each(rows.map((r) => [`${r.id} ${r.targetText.replace(/\n/g, " ")} → ${r.actual ?? "要確認"}${r.unit}`, r] as const))(
    "%s",
    (_name, r) => {
      const raw = rawRate(r);
      if (r.status === "unknown") {
        expect([r.actual, r.rate]).toEqual([null, null]);
        return;
      }
      expect(r.value).not.toBeNull();
      expect(r.actual).not.toBeNull();
      if (raw === null) {
        expect([r.rate, r.status]).toEqual([null, "met"]);
        return;
      }
      expect(r.rate).toBe(round1(raw));
      const expected = r.comparator === "<=" ? 100 : (r.expected ?? NaN);
      const status = raw >= 100 - 1e-9 ? "met" : raw / expected >= 1 - 1e-9 ? "on-track" : "behind";
      expect(r.status).toBe(status);
    },
  );

  const items = groupSources(rows).flatMap((s) => s.items);
  test.each(items.map((i) => [`${i.rows[0]?.id} ${i.targetText.replace(/\n/g, " ")} → ${i.mark || "要確認"}`, i] as const))(
    "%s",
    (_name, item) => {
      expect(new Set(item.rows.map((r) => r.mark)).size).toBe(1);
      if (item.rows.some((r) => r.status === "unknown")) {
        expect(item.mark).toBe("");
        return;
      }
      const ratios = item.rows.map((r) => {
        const raw = rawRate(r);
        return raw === null ? Infinity : raw / (r.comparator === "<=" ? 100 : (r.expected ?? NaN));
      });
      const behind = ratios.filter((s) => s < 1 - 1e-9).length;
      const mark = behind === 0 ? (ratios.some((s) => s > 1 + 1e-9) ? "◎" : "○") : behind === ratios.length ? "×" : "△";
      expect(item.mark).toBe(mark);
    },
  );
});
