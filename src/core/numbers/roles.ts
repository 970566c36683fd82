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

function perWordAfter(text: string, end: number): boolean {
  let i = end;
  while (text.charAt(i) === " ") i++;
  return PER_WORDS.some((w) => text.startsWith(w, i));
}

/** a と b の間が「b の名前」になっているか（週2回以上運動する人の割合 50％ の「運動する人の割合」）。 */
function labelBridge(text: string, a: NumberToken, b: NumberToken): boolean {
  if (b.start - a.end > 24 || b.start <= a.end) return false;
  const raw = text.slice(a.end, b.start);
  const between = raw.trim();
  if (!between || raw.includes("\n") || NOT_A_LABEL.test(between) || /\s/.test(between) || CHANGE_WORDS.test(between)) return false;
  return /[\u3041-\u3093]/.test(between) && /[\u4e00-\u9fff\u30a1-\u30fa]$/.test(between);
}

function isRelative(text: string, t: NumberToken): boolean {
  const changed = CHANGE_WORDS.test(text.slice(t.end, t.end + 8).trimStart());
  const hint = text.indexOf("比", Math.max(0, t.start - 8));
  // 前年度比5％増、前年比110％、前年度比100人増（全国対比 104 のような指数は比べた増減ではない）
  if (hint >= 0 && hint < t.start && COMPARED.test(text.slice(Math.max(0, t.start - 8), t.start)) && (t.unitKind === "level" || changed)) return true;
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

/** 読んだ数に、前後の語から役割を足す：名前の中の数（qualifier）・比べた増減（relative）・年度。 */
export function markRoles(text: string, tokens: NumberToken[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as NumberToken;
    if (t.role === "date" && t.year === null && perWordAfter(text, t.end)) t.role = "qualifier";
    if (t.role !== "quantity") continue;
    if (perWordAfter(text, t.end) || DESCRIBES_NOUN.test(text.slice(t.end, t.end + 5))) t.role = "qualifier";
    else if (isRelative(text, t)) t.role = "relative";
    else {
      const next = tokens[k + 1];
      if (next && (next.role === "quantity" || next.role === "relative") && (labelBridge(text, t, next) || spanBefore(text, t, next))) t.role = "qualifier";
    }
  }
}
