import { charTable, inSet } from "../text/char-table";
import { normalizeText } from "../text/normalize";
import { nameOverlap } from "./grams";

/** 名前を探すとき、ここで止まる区切り。 */
const NAME_DELIMITERS = new Set(["、", "，", ",", "。", "；", ";", "：", ":", "「", "」", "（", "）", "(", ")", "【", "】", "※"]);
const DELIMITER_CODES = charTable(NAME_DELIMITERS);
const CLOSERS: Record<string, string> = { "）": "（", ")": "(", "」": "「" };
const OPENERS = new Set([" ", "\u3000", "\n", "\t", "（", "("]);
const LEADING_NOISE = /^[\s\u3000・･、，,：:（(]+/;
/** 名前の後ろから落とす語（長いものから）。 */
const TRAILING_WORDS = [
  "については",
  "について",
  "における",
  "による",
  "では",
  "には",
  "での",
  "への",
  "目標",
  "へ",
  "を",
  "は",
  "が",
  "の",
  "で",
  "に",
  "も",
  "と",
  "（",
  "(",
];
const LEADING =
  /^(?:[0-9０-９]+月[0-9０-９]*日?(?:末|上旬|中旬|下旬)?(?:に|から|より|まで|～|~)?|及び|および|また、|また|と|や|の(?=増|減)|の|目標|(?:増加|減少|増|減|削減|抑制|縮減))/;
const SPACES = /[\s\u3000]+/g;
/** LEADING_NOISE・LEADING の語の最初になり得る文字（ほかの文字で始まる名前は正規表現を使わない）。 */
const LEADING_NOISE_FIRST = charTable([..." \t\n\r\u3000・･、，,：:（("]);
const LEADING_FIRST = charTable([..."0123456789０１２３４５６７８９及おまとやの目増減削抑縮"]);

const TRAILING_LAST = new Set(TRAILING_WORDS.map((w) => w.charAt(w.length - 1)));

function stripTrailing(name: string): string {
  if (!TRAILING_LAST.has(name.charAt(name.length - 1))) return name;
  let out = name;
  for (let changed = true; changed;) {
    changed = false;
    for (const w of TRAILING_WORDS) {
      if (out.length > w.length - 1 && out.endsWith(w)) {
        out = out.slice(0, out.length - w.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/** 名前の前後の飾り（目標・助詞・日付・空白）を落とす。 */
export function cleanName(raw: string): string {
  let name = /[\s\u3000]/.test(raw) ? raw.replace(SPACES, "") : raw;
  if (name.includes("）") || name.includes(")")) name = name.replace(/[（(][）)]/g, "");
  if (inSet(LEADING_NOISE_FIRST, name.charCodeAt(0))) name = name.replace(LEADING_NOISE, "");
  while (inSet(LEADING_FIRST, name.charCodeAt(0))) {
    const m = LEADING.exec(name);
    if (!m || m[0].length === 0) break;
    name = name.slice(m[0].length);
  }
  return stripTrailing(name);
}

/**
 * start の直前から区切りまでの文字列（数の前に書かれた名前）。floor より前には戻らない。
 * 改行は、改行から数までに何も書かれていないとき（名前の続きの行に数だけがある）だけ越える。
 */
export function nameBefore(text: string, start: number, floor = 0): { name: string; from: number } {
  let i = start;
  while (i > floor && OPENERS.has(text.charAt(i - 1))) i--;
  for (;;) {
    const code = text.charCodeAt(i - 1);
    const open = code === 0xff09 || code === 0x29 || code === 0x300d ? CLOSERS[text.charAt(i - 1)] : undefined;
    if (open && i - 1 > floor) {
      // 名前の中の括弧（観光地点等入込客数（延べ人数）5,800万人）は名前の一部として越える
      const at = text.lastIndexOf(open, i - 2);
      if (open === "「" && at >= floor) {
        i = at;
        continue;
      }
      if (at >= floor && at > text.lastIndexOf("\n", i - 2)) {
        i = at;
        continue;
      }
    }
    if (i <= floor || inSet(DELIMITER_CODES, text.charCodeAt(i - 1))) break;
    if (text.startsWith("\n", i - 1) && cleanName(text.slice(i, start)).length > 0 && !wrappedName(text, i - 1, floor)) break;
    i--;
  }
  return { name: cleanName(text.slice(i, start)), from: i };
}

/**
 * 改行 nl の前の行が、名前の途中で折り返しているか（「…、コンビニエンス\n　ストアでの証明書比率 6.5％」）：
 * 前の行の最後の区切りの後ろに、数を含まない語が残っている。
 */
function wrappedName(text: string, nl: number, floor: number): boolean {
  let j = nl;
  while (j > floor && !NAME_DELIMITERS.has(text.charAt(j - 1)) && !text.startsWith("\n", j - 1)) j--;
  const tail = text.slice(j, nl).trim();
  return tail.length > 0 && !/[0-9０-９]/.test(tail) && NAME_DELIMITERS.has(text.charAt(j - 1));
}

const PERIOD_BEFORE = /(毎月|毎週|毎日|毎年|奇数月|偶数月|月|週|年)[\s\u3000]*$/;

/** 名前を探し始める位置：頻度の語（毎月1回 の「毎月」）があればその前。 */
export function labelStart(text: string, start: number, hasPeriod: boolean, floor: number): number {
  if (!hasPeriod) return start;
  const m = PERIOD_BEFORE.exec(text.slice(floor, start));
  return m ? floor + m.index : start;
}

/** end から区切りまでの文字列（数の後に書かれた名前：2社以上の「ポータルサイト」）。 */
export function nameAfter(text: string, from: number): string {
  let end = from;
  // 読点の後ろは次の目標（総会1回、理事会2回）なので、名前は空白とコロンだけを越えて読む
  while (end < text.length && /[ \t\u3000：:]/.test(text.charAt(end))) end++;
  let i = end;
  while (i < text.length && !inSet(DELIMITER_CODES, text.charCodeAt(i)) && text.charCodeAt(i) !== 10) i++;
  return cleanName(text.slice(end, i).replace(/^(以上|以下|程度|前後|の増|の減|増|減)/, ""));
}

/** 比べるための形（半角カナ・全角英数を揃え、「等」を落とす）。 */
export function matchForm(text: string): string {
  return normalizeText(text)
    .text.replace(/[\s\u3000]+/g, "")
    .replace(/等/g, "");
}

export { contextGrams, gramOverlap, labelGrams, nameOverlap, type Grams } from "./grams";

/** 名前（「講演会等」の核「講演会」）が文の中に出てくるか。 */
export function mentions(sentence: string, name: string): boolean {
  const core = matchForm(name).replace(/(の)?(開催|実施)$/, "");
  if (core.length < 2) return false;
  const s = matchForm(sentence);
  if (s.includes(core)) return true;
  const overlap = nameOverlap(core, s);
  return overlap !== null && overlap >= 0.6;
}
