import { normalizeText } from "../text/normalize";
import { isKanjiNumberChar, parseKanjiNumber, LARGE_MULTIPLIERS } from "../text/kanji-numerals";
import { DATE_SUFFIXES, unitAt } from "../text/units";
import type { NumberRole, NumberToken, Period } from "./token";
import { readPrefix } from "./prefix";

const DIGIT = /[0-9]/;
/** 数が始まり得る文字（算用数字と漢数字）。ここまで一気に飛ばす。 */
const NUMBER_START = /[0-9〇零一壱二弐三参四五六七八九十拾百千]/g;
/** 単独の「一」「二」などを数と読んでよい助数詞（「一部」「一般」を数にしないため）。 */
const KANJI_COUNTERS = new Set(["回", "件", "人", "名", "社", "品", "箇所", "か所", "ヶ所", "校", "講座", "事業", "団体", "店舗", "施設", "種類", "項目", "地区", "言語", "か月", "ヶ月", "万円", "億円", "千円", "円", "割"]);

interface Scan {
  text: string;
  pos: number;
}

/** 算用数字（桁区切り・小数つき）を読む。1,2 のように 3 桁でない区切りは区切りとみなさない。 */
function readArabic(s: Scan): number | null {
  const { text } = s;
  let i = s.pos;
  let digits = "";
  while (i < text.length && DIGIT.test(text.charAt(i))) digits += text.charAt(i++);
  if (!digits) return null;
  while (text.charAt(i) === "," && /^[0-9]{3}(?![0-9])/.test(text.slice(i + 1, i + 5))) {
    digits += text.slice(i + 1, i + 4);
    i += 4;
  }
  if (text.charAt(i) === "." && DIGIT.test(text.charAt(i + 1))) {
    digits += ".";
    i++;
    while (i < text.length && DIGIT.test(text.charAt(i))) digits += text.charAt(i++);
  }
  s.pos = i;
  return Number(digits);
}

function readKanji(s: Scan): number | null {
  let i = s.pos;
  while (i < s.text.length && isKanjiNumberChar(s.text.charAt(i))) i++;
  const run = s.text.slice(s.pos, i);
  if (!run || LARGE_MULTIPLIERS[run.charAt(0)] !== undefined) return null;
  const value = parseKanjiNumber(run);
  if (value === null) return null;
  s.pos = i;
  return value;
}

/** 数と、続く 万・億（1億2,000万 のような続きも）を読む。 */
function readMagnitude(s: Scan, kanji: boolean): number | null {
  if (kanji) return readKanji(s);
  let current = readArabic(s);
  if (current === null) return null;
  let total = 0;
  for (;;) {
    const mult = LARGE_MULTIPLIERS[s.text.charAt(s.pos)];
    if (mult === undefined) return total + current;
    total += current * mult;
    s.pos++;
    const next = readArabic(s);
    if (next === null) return total;
    current = next;
  }
}

/** 2～3回、1，2回 の上限。 */
function readUpper(s: Scan): number | null {
  const save = s.pos;
  const sep = s.text.charAt(s.pos);
  const joiner = sep === "~" || sep === "-" || sep === "," || sep === "、" ? 1 : s.text.startsWith("から", s.pos) ? 2 : 0;
  if (joiner === 0 || !DIGIT.test(s.text.charAt(s.pos + joiner))) return null;
  s.pos += joiner;
  const upper = readMagnitude(s, false);
  const unitAfter = unitAt(s.text, s.pos);
  if (upper === null || (sep !== "~" && sep !== "-" && joiner !== 2 && !unitAfter)) {
    s.pos = save;
    return null;
  }
  return upper;
}

function skipSpaces(s: Scan): void {
  while (s.text.charAt(s.pos) === " ") s.pos++;
}

function roleFromSuffix(text: string, pos: number): NumberRole | null {
  if (text.charAt(pos) === "/" || text.charAt(pos) === ":") return "date";
  for (const suffix of DATE_SUFFIXES) if (text.startsWith(suffix, pos)) return "date";
  return null;
}

const COMPARATOR_WORDS: [string, ">=" | "<="][] = [["以上", ">="], ["以下", "<="], ["未満", "<="], ["超", ">="]];

function readComparator(s: Scan): ">=" | "<=" | null {
  skipSpaces(s);
  for (const [word, comparator] of COMPARATOR_WORDS) {
    if (s.text.startsWith(word, s.pos)) {
      s.pos += word.length;
      return comparator;
    }
  }
  return null;
}

function startsNumber(text: string, i: number): "arabic" | "kanji" | null {
  const ch = text.charAt(i);
  if (DIGIT.test(ch)) return DIGIT.test(text.charAt(i - 1)) || text.charAt(i - 1) === "." ? null : "arabic";
  if (isKanjiNumberChar(ch) && !isKanjiNumberChar(text.charAt(i - 1))) return "kanji";
  return null;
}

/** 1 つの数を i から読む。読めなければ null。 */
function readOne(text: string, i: number, kind: "arabic" | "kanji"): { token: Omit<NumberToken, "start" | "end">; from: number; to: number } | null {
  const prefix = readPrefix(text, i);
  const s: Scan = { text, pos: i };
  if (prefix.role === "era") {
    while (DIGIT.test(text.charAt(s.pos))) s.pos++;
    if (s.pos === i) return null;
    return { token: blank(Number(text.slice(i, s.pos)), "era", null), from: prefix.from, to: s.pos };
  }
  const value = readMagnitude(s, kind === "kanji");
  if (value === null) return null;
  const upper = kind === "arabic" ? readUpper(s) : null;
  skipSpaces(s);
  const unit = unitAt(text, s.pos);
  if (kind === "kanji" && (!unit || (!KANJI_COUNTERS.has(unit.unit) && text.slice(i, s.pos).length === 1))) return null;
  let role: NumberRole = prefix.role ?? "quantity";
  if (unit) {
    s.pos += unit.unit.length;
    if (text.charAt(s.pos) === "目") role = "ordinal";
  } else {
    role = roleFromSuffix(text, s.pos) ?? role;
  }
  if (text.charAt(i - 1) === "/" || (text.charAt(i - 1) === ":" && DIGIT.test(text.charAt(i - 2)))) role = "date";
  if (text.charAt(i - 1) === "(" && text.charAt(s.pos) === ")" && !unit) role = "ordinal";
  const comparator = readComparator(s);
  const scale = unit?.info.scale ?? 1;
  const token: Omit<NumberToken, "start" | "end"> = {
    value: value * scale,
    upper: upper === null ? null : upper * scale,
    unit: unit?.info.canonical ?? "",
    unitKind: unit?.info.kind ?? null,
    role,
    comparator,
    period: prefix.period,
  };
  return { token, from: prefix.from, to: s.pos };
}

function blank(value: number, role: NumberRole, period: Period | null = null): Omit<NumberToken, "start" | "end"> {
  return { value, upper: null, unit: "", unitKind: null, role, comparator: null, period };
}

/**
 * 文字列の中の数をすべて読む。全角・半角・漢数字、万・億、桁区切り、範囲、以上・以下、単位を扱い、
 * 日付・年号・序数・既存の（進捗…％）には役割を付けて区別する。
 */
export function readNumbers(source: string): NumberToken[] {
  const { text, toSource } = normalizeText(source);
  const tokens: NumberToken[] = [];
  const starts = NUMBER_START;
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const i = m.index;
    const kind = startsNumber(text, i);
    const read = kind ? readOne(text, i, kind) : null;
    if (!read) continue;
    const token = read.token as NumberToken;
    token.start = toSource(i);
    token.end = toSource(read.to);
    tokens.push(token);
    starts.lastIndex = Math.max(read.to, i + 1);
  }
  return tokens;
}
