/**
 * 単位の性質。count・amount は時間に比例して積み上がる（累積）、level は率で、いつでも 100％ が期待値。
 */
export type UnitKind = "count" | "amount" | "level" | "measure";

/** 単位表の 1 行。canonical に揃え、scale を掛けて比べる（千円 → 円 ×1000）。 */
export interface UnitInfo {
  canonical: string;
  scale: number;
  kind: UnitKind;
}

const u = (canonical: string, kind: UnitKind = "count", scale = 1): UnitInfo => ({
  canonical,
  kind,
  scale,
});

/** 助数詞・単位の表。長い順に照合する（「箇所」を「箇」より先に）。 */
export const UNIT_TABLE: Record<string, UnitInfo> = {
  回: u("回"), 件: u("件"), 件数: u("件"), 品: u("品"), 品目: u("品"), 社: u("社"),
  人: u("人"), 名: u("人"), 人日: u("人日"), 世帯: u("世帯"), 戸: u("戸"),
  箇所: u("箇所"), か所: u("箇所"), ヶ所: u("箇所"), ケ所: u("箇所"), カ所: u("箇所"),
  ヵ所: u("箇所"), 個所: u("箇所"), 講座: u("講座"), 事業: u("事業"), 団体: u("団体"),
  組: u("組"), 校: u("校"), 店: u("店"), 店舗: u("店"), 施設: u("施設"), 台: u("台"),
  本: u("本"), 枚: u("枚"), 冊: u("冊"), 部: u("部"), 部会: u("部会"), 項目: u("項目"),
  地区: u("地区"), 種類: u("種類"), 言語: u("言語"), 号: u("号"), 便: u("便"),
  個: u("個"), 基: u("基"), 棟: u("棟"), 区画: u("区画"), 頭: u("頭"), 会場: u("会場"),
  教室: u("教室"), 法人: u("法人"), 事業所: u("事業所"), 企業: u("企業"), 者: u("者"),
  園: u("園"), 路線: u("路線"), 軒: u("軒"), 泊: u("泊"), 食: u("食"), 着: u("着"),
  講演: u("講演"), 橋: u("橋"), 河川: u("河川"), 区間: u("区間"), 機: u("機"), 両: u("両"), ページ: u("ページ"), 頁: u("ページ"), 点: u("点"), 記事: u("記事"), 隊: u("隊"), 協定: u("協定"),
  日間: u("日間"), 時間: u("時間"), 週間: u("週間"), か月: u("か月"), ヶ月: u("か月"),
  円: u("円", "amount"), 千円: u("円", "amount", 1e3), 万円: u("円", "amount", 1e4),
  百万円: u("円", "amount", 1e6), 億円: u("円", "amount", 1e8),
  ha: u("ha", "measure"), km: u("km", "measure"), m: u("m", "measure"),
  "㎡": u("㎡", "measure"), "m²": u("㎡", "measure"), m2: u("㎡", "measure"),
  平方メートル: u("㎡", "measure"), t: u("t", "measure"), トン: u("t", "measure"),
  kg: u("kg", "measure"), kWh: u("kWh", "measure"),
  "%": u("%", "level"), パーセント: u("%", "level"), 割: u("%", "level", 10),
  ポイント: u("ポイント", "level"), pt: u("ポイント", "level"), 倍: u("倍", "level"),
};

/** 最初の文字ごとの単位（長い順）。数のたびに全部を試さないため。 */
const UNITS_BY_FIRST = new Map<string, string[]>();
for (const key of Object.keys(UNIT_TABLE).sort((a, b) => b.length - a.length)) {
  const first = key.charAt(0);
  UNITS_BY_FIRST.set(first, [...(UNITS_BY_FIRST.get(first) ?? []), key]);
}

/** 文字列の先頭にある単位を最長一致で探す。 */
export function unitAt(text: string, start: number): { unit: string; info: UnitInfo } | null {
  for (const key of UNITS_BY_FIRST.get(text.charAt(start)) ?? []) {
    if (text.startsWith(key, start)) {
      const info = UNIT_TABLE[key];
      if (info) return { unit: key, info };
    }
  }
  return null;
}

/** 日付・時刻・序数を表す後置語。これが付く数は実績ではない（5月に、10月1日現在、第8期）。 */
export const DATE_SUFFIXES = ["年度", "年", "月", "日", "時", "期", "次", "代", "歳", "級", "才", "条", "分", "秒"];
