import { charTable, inSet } from "./char-table";
import { tableUnitAt, unitInfo, type UnitInfo } from "./units";
import { ACTION_NOUNS, PARTICLES, QUANTITY_SUFFIX_WORDS, SUBSET_WORDS, TOTAL_WORDS, wordAt } from "./word-classes";

/** 数の直後で読んだ単位の語。word は書かれたまま、end は語の終わり。 */
export interface UnitWord {
  word: string;
  end: number;
  info: UnitInfo;
}

type Script = "kanji" | "kana" | "latin" | "sign" | null;

/** 単位の記号（％・㎡・℃…）。 */
const SIGNS = charTable([..."%‰㎡㎥㎢㎞㎏²³℃°"]);

/** 文字の種類（符号で見る：単位を読むたびに正規表現を使わない）。 */
function scriptOf(c: number): Script {
  if ((c >= 0x4e00 && c <= 0x9fff) || c === 0x3005) return "kanji";
  if ((c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x30f6 || c === 0x30f5) return "kana";
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return "latin";
  return inSet(SIGNS, c) ? "sign" : null;
}

const script = (ch: string): Script => scriptOf(ch.charCodeAt(0));
const isLatin = (ch: string): boolean => scriptOf(ch.charCodeAt(0)) === "latin";

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
    const s = scriptOf(text.charCodeAt(i));
    if (s === null || s === "latin" || s === "sign") break;
    if (s !== first && !(first === "kanji" && s === "kana")) break;
    if (wordAt(text, i, STOP_WORDS)) break;
    i++;
  }
  return i;
}

/** 単位あたり（㎡/人、人/日）の「/」の後ろの語。 */
function perPart(text: string, at: number): string {
  if (!text.startsWith("/", at)) return "";
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

/** at の前の 1 字が動詞の語幹か（後ろが助詞でないひらがな：310回「行」った、5件「増」えた）。 */
function verbStem(text: string, at: number): boolean {
  const ch = text.charAt(at);
  return ch >= "\u3041" && ch <= "\u3093" && wordAt(text, at, PARTICLES) === null;
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
    const joined = rest === 1 && script(text.charAt(after)) === script(text.charAt(after - 1)) && !verbStem(text, after + 1);
    if (rest <= 0 || !joined) return withPer(text, table, after);
  }
  if (end <= pos) return null;
  // 「477点収集した」：語の後ろが する・した なら、最後の 2 字は動作名詞で単位ではない
  const verbEnd =
    end - pos >= 3 && /^(し|す|さ|せ)/.test(text.slice(end, end + 1)) && script(text.charAt(end - 1)) === "kanji" ? end - 2 : end;
  return withPer(text, text.slice(pos, verbEnd), verbEnd);
}
