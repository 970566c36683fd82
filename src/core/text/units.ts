/**
 * 単位の性質。count・amount・measure は時間に比例して積み上がる（累積）、level は率・頻度・平均で、いつでも 100％ が期待値。
 */
export type UnitKind = "count" | "amount" | "level" | "measure";

/** 単位の揃え方。canonical に揃え、scale を掛けて比べる（千円 → 円 ×1000）。 */
export interface UnitInfo {
  canonical: string;
  scale: number;
  kind: UnitKind;
}

const u = (canonical: string, kind: UnitKind = "count", scale = 1): UnitInfo => ({ canonical, kind, scale });

/**
 * 同じ単位の別の書き方（名 = 人、ヘクタール = ha、か所 = 箇所 …）と、単位の性質の表。
 * この表は揃えるためだけにある：表にない語も、数の直後の語であれば単位として読む（性質は count）。
 * ひらがなで始まる単位（か所、か月、つ）は、表にあるものだけを読む。
 */
export const UNIT_SYNONYMS: Record<string, UnitInfo> = {
  名: u("人"),
  人: u("人"),
  件数: u("件"),
  品目: u("品"),
  店舗: u("店"),
  箇所: u("箇所"),
  か所: u("箇所"),
  ヶ所: u("箇所"),
  ケ所: u("箇所"),
  カ所: u("箇所"),
  ヵ所: u("箇所"),
  個所: u("箇所"),
  か国: u("か国"),
  ヶ国: u("か国"),
  カ国: u("か国"),
  ヵ国: u("か国"),
  ケ国: u("か国"),
  か月: u("か月", "measure"),
  ヶ月: u("か月", "measure"),
  カ月: u("か月", "measure"),
  ヵ月: u("か月", "measure"),
  ケ月: u("か月", "measure"),
  つ: u("つ"),
  頁: u("ページ"),
  円: u("円", "amount"),
  千円: u("円", "amount", 1e3),
  万円: u("円", "amount", 1e4),
  百万円: u("円", "amount", 1e6),
  億円: u("円", "amount", 1e8),
  兆円: u("円", "amount", 1e12),
  ha: u("ha", "measure"),
  ヘクタール: u("ha", "measure"),
  a: u("a", "measure"),
  アール: u("a", "measure"),
  km: u("km", "measure"),
  キロメートル: u("km", "measure"),
  キロ: u("km", "measure"),
  m: u("m", "measure"),
  メートル: u("m", "measure"),
  "㎞": u("km", "measure"),
  "㎡": u("㎡", "measure"),
  "m²": u("㎡", "measure"),
  m2: u("㎡", "measure"),
  平方メートル: u("㎡", "measure"),
  "㎥": u("㎥", "measure"),
  "m³": u("㎥", "measure"),
  m3: u("㎥", "measure"),
  立方メートル: u("㎥", "measure"),
  "㎢": u("㎢", "measure"),
  km2: u("㎢", "measure"),
  平方キロメートル: u("㎢", "measure"),
  t: u("t", "measure"),
  トン: u("t", "measure"),
  kg: u("kg", "measure"),
  "㎏": u("kg", "measure"),
  キログラム: u("kg", "measure"),
  kWh: u("kWh", "measure"),
  kW: u("kW", "measure"),
  MWh: u("MWh", "measure"),
  L: u("L", "measure"),
  リットル: u("L", "measure"),
  時間: u("時間", "measure"),
  分: u("分", "measure"),
  秒: u("秒", "measure"),
  日間: u("日間", "measure"),
  週間: u("週間", "measure"),
  年間: u("年間", "measure"),
  "%": u("%", "level"),
  パーセント: u("%", "level"),
  割: u("%", "level", 10),
  "‰": u("‰", "level"),
  パーミル: u("‰", "level"),
  ポイント: u("ポイント", "level"),
  pt: u("ポイント", "level"),
  倍: u("倍", "level"),
  回: u("回"),
  件: u("件"),
  品: u("品"),
  社: u("社"),
  部会: u("部会"),
  項目: u("項目"),
  種目: u("種目"),
  講座: u("講座"),
};

/** 単独の漢数字（一・二…）を数と読んでよい助数詞（「一部」「一般」「一体」を数にしないため、数えるための語に限る）。 */
export const KANJI_COUNTERS = new Set([
  "回",
  "件",
  "人",
  "名",
  "社",
  "品",
  "箇所",
  "か所",
  "ヶ所",
  "校",
  "講座",
  "事業",
  "団体",
  "店舗",
  "施設",
  "種類",
  "項目",
  "地区",
  "言語",
  "か月",
  "ヶ月",
  "か国",
  "ヶ国",
  "万円",
  "億円",
  "千円",
  "円",
  "割",
  "世帯",
  "路線",
  "園",
  "課",
  "者",
  "組織",
]);

/** 日付・時刻・順序を表す後置語。これが付く数は実績ではない（5月に、10月1日現在、第8期）。 */
export const DATE_SUFFIXES = ["年度", "年", "月", "日", "時", "期", "次", "級", "条"];

/** 年齢の後置語（39歳以下、20代以下 は名前の一部）。 */
export const AGE_SUFFIXES = ["歳", "才", "代"];

/** 最初の文字ごとの表の語（長い順）。数のたびに全部を試さないため。 */
const BY_FIRST = new Map<number, string[]>();
for (const key of Object.keys(UNIT_SYNONYMS).sort((a, b) => b.length - a.length)) {
  const first = key.charCodeAt(0);
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), key]);
}

/** text の start から始まる表の語（最長一致）。 */
export function tableUnitAt(text: string, start: number): string | null {
  const keys = BY_FIRST.get(text.charCodeAt(start));
  if (keys) for (const key of keys) if (text.startsWith(key, start)) return key;
  return null;
}

/** 単位の語の性質。表になければ、その語のまま count（ラテン文字の語は measure）。単位あたり（㎡/人）は level。 */
export function unitInfo(word: string): UnitInfo {
  const known = UNIT_SYNONYMS[word];
  if (known) return known;
  if (word.includes("/"))
    return u(
      word
        .split("/")
        .map((w) => UNIT_SYNONYMS[w]?.canonical ?? w)
        .join("/"),
      "level",
    );
  if (/^[A-Za-z]+[23²³]?$/.test(word)) return u(word, "measure");
  return u(word);
}
