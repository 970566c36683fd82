import { westernYear } from "../text/eras";
import { readUnitWord, type UnitWord } from "../text/unit-word";
import { AGE_SUFFIXES, DATE_SUFFIXES, KANJI_COUNTERS, tableUnitAt, unitInfo } from "../text/units";
import { readMagnitude, type Scan } from "./magnitude";
import { readPrefix } from "./prefix";
import type { NumberRole, NumberToken } from "./token";

const DIGIT = /[0-9]/;
/** 負の数の印（▲2,700人、－0.7ポイント）。 */
const MINUS_SIGNS = new Set([..."▲△-−"].map((c) => c.charCodeAt(0)));
const DATE_AND_AGE_SUFFIXES = [...DATE_SUFFIXES, ...AGE_SUFFIXES];
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** 正規化した文字列の中で読んだ数（位置は正規化後）。 */
export type RawToken = NumberToken;

/** 2～3回、1，2回 の上限。「1，2回」のような並びは、後ろに単位があるときだけ上限とみなす。 */
function readUpper(s: Scan): number | null {
  const save = s.pos;
  const sep = s.text.charAt(s.pos);
  const joiner = sep === "~" || sep === "-" || sep === "," || sep === "、" ? 1 : s.text.startsWith("から", s.pos) ? 2 : 0;
  if (joiner === 0 || !DIGIT.test(s.text.charAt(s.pos + joiner))) return null;
  s.pos += joiner;
  const upper = readMagnitude(s);
  const range = sep === "~" || sep === "-" || joiner === 2;
  const unitAfter = !range && readUnitWord(s.text, s.pos) !== null && !DATE_SUFFIXES.some((d) => s.text.startsWith(d, s.pos));
  if (upper === null || (!range && !unitAfter)) {
    s.pos = save;
    return null;
  }
  return upper;
}

export function skipSpaces(s: Scan): void {
  while (s.text.startsWith(" ", s.pos)) s.pos++;
}

const COMPARATOR_WORDS: [string, ">=" | "<="][] = [
  ["以上", ">="],
  ["以下", "<="],
  ["未満", "<="],
  ["以内", "<="],
  ["超", ">="],
];

export function readComparator(s: Scan): ">=" | "<=" | null {
  skipSpaces(s);
  for (const [word, comparator] of COMPARATOR_WORDS) {
    if (s.text.startsWith(word, s.pos)) {
      s.pos += word.length;
      return comparator;
    }
  }
  return null;
}

/** 単位の位置にある語：表の単位・日付の後置語・年齢・その他の語の順に見る。 */
function unitOrSuffix(text: string, pos: number): { unit: UnitWord | null; role: NumberRole | null } {
  const table = tableUnitAt(text, pos);
  if (!table && text.startsWith("日", pos) && dayCount(text, pos))
    return { unit: { word: "日", end: pos + 1, info: unitInfo("日") }, role: null };
  if (!table) {
    if (text.startsWith("/", pos) || text.startsWith(":", pos)) return { unit: null, role: "date" };
    if (DATE_SUFFIXES.some((d) => text.startsWith(d, pos))) return { unit: null, role: "date" };
    if (AGE_SUFFIXES.some((d) => text.startsWith(d, pos))) return { unit: null, role: "qualifier" };
  }
  return { unit: readUnitWord(text, pos), role: null };
}

/**
 * 「N日」が日数か（0日以下、年間200日、できなかった日は0日）。月の後ろ（10月1日、9/16）や、
 * 日付として使う語（に・から・まで・現在・付・時点・号）が続くものは日付。
 */
function dayCount(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[0-9.,]/.test(text.charAt(i))) i--;
  if (/[月/]/.test(text.charAt(i)) || /^\s*(に|から|まで|現在|付|時点|号|の週|前|後|より|以降|～|~|-)/.test(text.slice(pos + 1, pos + 5)))
    return false;
  return /^\s*(以上|以下|未満|以内|程度|間|、|,|。|$|と|の|で|を|は|が|\(|（|\))/.test(text.slice(pos + 1, pos + 4));
}

/** 時刻（10:30）の後ろの数か。年号の後ろのコロン（R2:80件）は時刻ではない。 */
function afterClock(text: string, i: number): boolean {
  if (!text.startsWith(":", i - 1) || !DIGIT.test(text.charAt(i - 2))) return false;
  let j = i - 2;
  while (j > 0 && DIGIT.test(text.charAt(j - 1))) j--;
  return !/[RHS和成度]/.test(text.charAt(j - 1));
}

/** 漢数字は、数えるための語が続くときだけ数と読む（「一部」「一般」「千葉」「万全」を数にしない）。 */
function kanjiAllowed(text: string, i: number, end: number, unit: UnitWord | null): boolean {
  if (!unit || /[数何幾]/.test(text.charAt(i - 1)) || text.startsWith("数", end)) return false;
  if (end - i === 1) return KANJI_COUNTERS.has(unit.word);
  return KANJI_COUNTERS.has(unit.word) || tableUnitAt(unit.word, 0) === unit.word;
}

function eraToken(text: string, i: number, era: string, from: number): { token: RawToken; to: number } | null {
  let to = i;
  while (DIGIT.test(text.charAt(to))) to++;
  const first = text.startsWith("元", i);
  if (first) to = i + 1;
  if (to === i) return null;
  const value = first ? 1 : Number(text.slice(i, to));
  // H20～24、H27～28累計：年号の範囲は 1 つの年号として読み、終わりの年で日付ける
  const range = /^\s*(?:年度|年)?\s*[~-]\s*(?:令和|平成|R|H)?\s*([0-9]{1,2})(?![0-9,.])/.exec(text.slice(to, to + 10));
  const last = range ? Number(range[1]) : value;
  if (range) to += range[0].length;
  const suffix = /^(年度末|年度|年)/.exec(text.slice(to, to + 3));
  const calendar = westernYear(era.replace(/^S$/, "昭和"), String(last));
  const year = suffix?.[0].startsWith("年度") ? calendar : fiscalYearOfMonth(calendar, text.slice(to));
  if (suffix) to += suffix[0].length;
  return { token: blank(value, "era", from, to, year), to };
}

export function blank(value: number, role: NumberRole, start: number, end: number, year: number | null = null): RawToken {
  return {
    value,
    upper: null,
    start,
    end,
    unit: "",
    unitWord: "",
    unitKind: null,
    role,
    comparator: null,
    period: null,
    year,
    shortYear: null,
  };
}

/** 暦の年の後ろに月（.3月、年3月、/3）が続けば、その月の年度（1〜3月は前の年度）。 */
function fiscalYearOfMonth(calendar: number, rest: string): number {
  const m = /^(?:\.|年|\/)([0-9]{1,2})(?:月|末|\.|\/|$)/.exec(rest);
  const month = m ? Number(m[1]) : 0;
  return month >= 1 && month <= 3 ? calendar - 1 : calendar;
}

/** 1 つの数を i から読む（位置は正規化後）。読めなければ null。 */
export function readOne(text: string, i: number, kanji: boolean): { token: RawToken; to: number } | null {
  const prefix = readPrefix(text, i);
  if (prefix.era !== null) return eraToken(text, i, prefix.era, prefix.from);
  if (text.startsWith("元", i)) return null;
  const s: Scan = { text, pos: i };
  const magnitude = readMagnitude(s);
  if (magnitude === null) return null;
  // ▲2,700人、－0.7ポイント：前に負の印があれば負の数（2-3回 の - は範囲）
  const negative = !kanji && i > 0 && MINUS_SIGNS.has(text.charCodeAt(i - 1)) && !(i > 1 && /[0-9A-Za-z]/.test(text.charAt(i - 2)));
  const value = negative ? -magnitude : magnitude;
  const numberEnd = s.pos;
  const upper = kanji ? null : readUpper(s);
  skipSpaces(s);
  const { unit, role: suffixRole } = unitOrSuffix(text, s.pos);
  if (kanji && !kanjiAllowed(text, i, numberEnd, unit)) return null;
  let role: NumberRole = prefix.role ?? suffixRole ?? "quantity";
  if (unit) {
    s.pos = unit.end;
    if (text.startsWith("目", s.pos)) role = "ordinal";
  } else if (suffixRole === "date" || suffixRole === "qualifier") {
    const suffix = DATE_AND_AGE_SUFFIXES.find((d) => text.startsWith(d, s.pos));
    if (suffix) s.pos += suffix.length;
  }
  if (text.startsWith("/", i - 1) || afterClock(text, i) || (text.startsWith("時", i - 1) && /[0-9]/.test(text.charAt(i - 2))))
    role = "date";
  if (text.startsWith("(", i - 1) && text.startsWith(")", s.pos) && !unit) role = "ordinal";
  const afterNumber = role === "date" ? text.slice(numberEnd, numberEnd + 8).trimStart() : "";
  const yearly = role === "date" && afterNumber.startsWith("年");
  const year =
    yearly && value >= 1900 && value < 2200 ? (afterNumber.startsWith("年度") ? value : fiscalYearOfMonth(value, afterNumber)) : null;
  const shortYear =
    yearly && Number.isInteger(value) && value >= 1 && value < 100 && !/^年(前|後|間|ぶり|目|連続|以上|以内|生|次)/.test(afterNumber)
      ? value
      : null;
  const comparator = readComparator(s);
  const scale = unit?.info.scale ?? 1;
  const token: RawToken = {
    value: value * scale || 0,
    upper: upper === null ? null : upper * scale,
    start: i,
    end: s.pos,
    unit: unit?.info.canonical ?? "",
    unitWord: unit?.word ?? "",
    unitKind: unit?.info.kind ?? null,
    role,
    comparator,
    period: prefix.period,
    year,
    shortYear,
  };
  return { token, to: s.pos };
}
