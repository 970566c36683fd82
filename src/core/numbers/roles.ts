import type { NumberToken } from "./token";

/** 数の後ろに続いて、その数を名前の一部にする語（1人当たり、1日につき、一人ひとり）。 */
const PER_WORDS = ["当たり", "当り", "あたり", "につき", "ごと", "毎に", "ひとり", "一人"];
/** 数の後ろの「いる・ある」＋名詞（年間約900万人いる観光客）：数は名詞を説明する語で、実績ではない。 */
const DESCRIBES_NOUN = /^\s*(いる|ある|おる|いた|あった)[\u4e00-\u9fff\u30a1-\u30fa]/;
/** 比べた増減の語。 */
const CHANGE_WORDS = /^(の)?(増加|減少|増|減|アップ|ダウン|削減|縮減|抑制|向上|低下|改善)/;
/** 比べる語（前年度比、対前年比、比較して）。 */
const COMPARED = /(比|比で|比較で|比較して|比べて|比べ)\s*$/;
/** 名前の橋渡しに出てはいけない文字（区切り・格助詞）。 */
const NOT_A_LABEL = /[、。,;:()「」【】\n→⇒➡~・をがはにでへとやも]/;

/** 率・割合の名前の終わり。 */
const RATE_NAME_END = /(率|割合)$/;

/** 連体の助詞（への・での・との・からの・における）：この前の数は、後ろの名詞を説明する。 */
const ATTRIBUTIVE_PARTICLE = /^[\u4e00-\u9fff\u30a1-\u30fa]*(への|での|との|からの|までの|における|に対する)/;

function perWordAfter(text: string, end: number): boolean {
  let i = end;
  while (text.startsWith(" ", i)) i++;
  return PER_WORDS.some((w) => text.startsWith(w, i));
}

/** a と b の間が「b の名前」になっているか（週2回以上運動する人の割合 50％ の「運動する人の割合」）。 */
function labelBridge(text: string, a: NumberToken, b: NumberToken): boolean {
  if (b.start - a.end > 24 || b.start <= a.end) return false;
  const raw = text.slice(a.end, b.start);
  const between = raw.trim();
  // 「12中学校区への配置割合」：への・での などの連体の助詞の前の数は、後ろの名詞を説明する
  const rest = ATTRIBUTIVE_PARTICLE.test(between) ? between.replace(ATTRIBUTIVE_PARTICLE, "") : between;
  if (!rest || raw.includes("\n") || NOT_A_LABEL.test(rest) || /\s/.test(rest) || CHANGE_WORDS.test(between)) return false;
  // 率・割合の名前の中の数（30分圏域県内人口率 73%）は、かなを挟まなくても名前の一部
  if (b.unitKind === "level" && RATE_NAME_END.test(rest)) return true;
  return /[\u3041-\u3093]/.test(between) && /[\u4e00-\u9fff\u30a1-\u30fa]$/.test(between);
}

function isRelative(text: string, t: NumberToken): boolean {
  const changed = CHANGE_WORDS.test(text.slice(t.end, t.end + 8).trimStart());
  const hint = text.indexOf("比", Math.max(0, t.start - 8));
  // 前年度比5％増、前年比110％、前年度比100人増（全国対比 104 のような指数は比べた増減ではない）
  if (hint >= 0 && hint < t.start && COMPARED.test(text.slice(Math.max(0, t.start - 8), t.start)) && (t.unitKind === "level" || changed))
    return true;
  if (t.unitKind !== "level" || t.unit === "倍") return false;
  return changed || /^\s*の差/.test(text.slice(t.end, t.end + 4));
}

/** 期間の単位（5年間で1,000人 の「5年間」は名前の一部）。 */
const SPANS = new Set(["年間", "か月", "日間", "週間"]);

/** 期間の数の後ろ（で・に・の のあと、区切りまで）に別の数が続くか。 */
function spanBefore(text: string, t: NumberToken, next: NumberToken | undefined): boolean {
  if (!SPANS.has(t.unit) || !next || next.start - t.end > 12) return false;
  const between = text.slice(t.end, next.start);
  return /^(で|に|の|内に|以内に)/.test(between) && !/[、。,\n]/.test(between);
}

/** 数の後ろの括弧の注記の後ろの比べる語（431（H29実績）以上）。 */
const COMPARATOR_AFTER_NOTE = /^\s*\([^()\n]{1,20}\)\s*(以上|以下|未満|以内)/;

/** 注記の括弧を挟んだ 以上・以下 を、その数の向きにする。 */
function comparatorAfterNote(text: string, t: NumberToken): void {
  if (t.comparator !== null || (!text.startsWith("(", t.end) && !text.startsWith(" ", t.end))) return;
  const m = COMPARATOR_AFTER_NOTE.exec(text.slice(t.end, t.end + 32));
  if (m) t.comparator = m[1] === "以上" ? ">=" : "<=";
}

/** 日付（9/30、2020/10/1）として読める「/」の組か。 */
const dateLike = (a: number, b: number): boolean =>
  Number.isInteger(a) && Number.isInteger(b) && b >= 1 && b <= 31 && ((a >= 1 && a <= 12) || (a >= 1900 && a < 2200));

/**
 * 分数の書き方（519,109/600,000冊点：実績/目標、17/41校）。日付と読めない「/」の組は、分子が数で、分母と同じ単位。
 * 分母は比べる全体（全10回 と同じ scope）で、実績ではない。
 */
function markFractions(text: string, tokens: NumberToken[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k] as NumberToken;
    const b = tokens[k + 1] as NumberToken;
    if (a.role !== "date" || b.role !== "date" || a.unit !== "" || text.slice(a.end, b.start) !== "/" || dateLike(a.value, b.value))
      continue;
    if (/^[/.]/.test(text.slice(b.end, b.end + 1)) || /[/.]$/.test(text.slice(a.start - 1, a.start))) continue;
    b.role = b.unit ? "scope" : "quantity";
    a.role = "quantity";
    a.unit = b.unit;
    a.unitWord = b.unitWord;
    a.unitKind = b.unitKind;
    a.of = b.value;
  }
}

/** 読んだ数に、前後の語から役割を足す：名前の中の数（qualifier）・比べた増減（relative）・年度。 */
export function markRoles(text: string, tokens: NumberToken[]): void {
  if (text.includes("/")) markFractions(text, tokens);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as NumberToken;
    if (t.role === "date" && t.year === null && perWordAfter(text, t.end)) t.role = "qualifier";
    if (t.role !== "quantity") continue;
    comparatorAfterNote(text, t);
    if (perWordAfter(text, t.end) || DESCRIBES_NOUN.test(text.slice(t.end, t.end + 5))) t.role = "qualifier";
    else if (isRelative(text, t)) t.role = "relative";
    else {
      const next = tokens[k + 1];
      if (next && (next.role === "quantity" || next.role === "relative") && (labelBridge(text, t, next) || spanBefore(text, t, next)))
        t.role = "qualifier";
    }
  }
}
