import { tableUnitAt, unitInfo, type UnitInfo } from "./units";
import { ACTION_NOUNS, QUANTITY_SUFFIX_WORDS, SUBSET_WORDS, TOTAL_WORDS, wordAt } from "./word-classes";

/** 数の直後で読んだ単位の語。word は書かれたまま、end は語の終わり。 */
export interface UnitWord {
  word: string;
  end: number;
  info: UnitInfo;
}

const isKanji = (ch: string): boolean => (ch >= "\u4e00" && ch <= "\u9fff") || ch === "々";
const isKatakana = (ch: string): boolean => ch >= "\u30a1" && ch <= "\u30fa" || ch === "ー" || ch === "ヶ" || ch === "ヵ";
const isLatin = (ch: string): boolean => /[A-Za-z]/.test(ch);
const isSign = (ch: string): boolean => "%‰㎡㎥㎢㎞㎏²³℃°".includes(ch);

function script(ch: string): "kanji" | "kana" | "latin" | "sign" | null {
  if (isKanji(ch)) return "kanji";
  if (isKatakana(ch)) return "kana";
  if (isLatin(ch)) return "latin";
  if (isSign(ch)) return "sign";
  return null;
}

/** 単位を終わらせる語（動作名詞・比較・集計・内訳の語）。 */
const STOP_WORDS = [...QUANTITY_SUFFIX_WORDS, ...TOTAL_WORDS, ...SUBSET_WORDS, ...ACTION_NOUNS].filter((w) => script(w.charAt(0)) !== null);
/** 単位の最初の文字でも単位を読まない語（5以上、3増、10程度）。 */
const LEADING_STOPS = QUANTITY_SUFFIX_WORDS.filter((w) => script(w.charAt(0)) !== null);

/**
 * 単位になり得る文字の並びの終わり：漢字・カタカナ・ラテン文字・記号が続く間。文字の種類が変わる所
 * （カタカナ → 漢字、漢字 → ラテン文字）と、動作名詞・比較の語の始まりで終わる。
 */
function runEnd(text: string, pos: number): number {
  const first = script(text.charAt(pos));
  if (first === null || wordAt(text, pos, LEADING_STOPS)) return pos;
  let i = pos + 1;
  if (first === "latin") {
    while (isLatin(text.charAt(i))) i++;
    if (/[23²³]/.test(text.charAt(i)) && !/[0-9]/.test(text.charAt(i + 1))) i++;
    return i;
  }
  if (first === "sign") return i;
  while (i < text.length) {
    const s = script(text.charAt(i));
    if (s === null || s === "latin" || s === "sign") break;
    if (s !== first && !(first === "kanji" && s === "kana")) break;
    if (wordAt(text, i, STOP_WORDS)) break;
    i++;
  }
  return i;
}

/** 単位あたり（㎡/人、人/日）の「/」の後ろの語。 */
function perPart(text: string, at: number): string {
  if (text.charAt(at) !== "/") return "";
  const end = runEnd(text, at + 1);
  const table = tableUnitAt(text, at + 1);
  const word = table && at + 1 + table.length >= end ? table : text.slice(at + 1, end);
  return word ? `/${word}` : "";
}

function withPer(text: string, word: string, end: number): UnitWord {
  const per = perPart(text, end);
  const full = word + per;
  return { word: full, end: end + per.length, info: unitInfo(full) };
}

/**
 * 数の直後（pos）の単位を読む。表の語（長い順）が語の区切りまで届けばそれ、表の語の後ろに 1 文字だけ
 * 続く（組 + 織）なら、その長い語を単位とする。表にない語も、区切り（助詞・句読点・括弧・動作名詞）まで単位とする。
 * 単位がなければ null。
 */
export function readUnitWord(text: string, pos: number): UnitWord | null {
  const table = tableUnitAt(text, pos);
  const end = runEnd(text, pos);
  if (table) {
    const after = pos + table.length;
    const rest = end - after;
    const joined = rest === 1 && script(text.charAt(after)) === script(text.charAt(after - 1));
    if (rest <= 0 || !joined) return withPer(text, table, after);
  }
  if (end <= pos) return null;
  // 「477点収集した」：語の後ろが する・した なら、最後の 2 字は動作名詞で単位ではない
  const verbEnd = end - pos >= 3 && /^(し|す|さ|せ)/.test(text.slice(end, end + 1)) && script(text.charAt(end - 1)) === "kanji" ? end - 2 : end;
  return withPer(text, text.slice(pos, verbEnd), verbEnd);
}
