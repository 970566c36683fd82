import { charTable, inSet } from "../text/char-table";
import { COMPARISON_WORDS, CUMULATIVE_WORDS, DATA_SOURCE_ENDINGS, GENERIC_ACTUAL_WORDS, TOTAL_WORDS } from "../text/word-classes";

const CLOSE_TO_OPEN: Record<string, string> = { "）": "（", ")": "(", "」": "「", "】": "【", "』": "『" };
const OPENERS = new Set(["（", "(", "「", "【", "『"]);
/** 名前の区切り（ここで止まる）。 */
const DELIMITERS = new Set(["、", ",", "，", "。", ";", "；", "\n", "※"]);
/** 名前を探すときに止まるか括弧を飛ぶ文字の符号（それ以外はそのまま名前の一部）。 */
const SPECIAL = charTable([...Object.keys(CLOSE_TO_OPEN), ...OPENERS, ...DELIMITERS]);
/** 数の直前で読み飛ばす文字（名前と数の間の空白・コロン）。 */
const GAP = /[ :：\t]/;

/** 閉じ括弧 at に対応する開き括弧の位置（なければ -1）。 */
function matchingOpen(text: string, at: number, floor: number): number {
  const close = text.charAt(at);
  const open = CLOSE_TO_OPEN[close];
  let depth = 0;
  for (let i = at; i >= floor; i--) {
    const ch = text.charAt(i);
    if (ch === close) depth++;
    else if (ch === open && --depth === 0) return i;
  }
  return -1;
}

/**
 * start の直前の名前（数の前に書かれた語）。floor（前の数の終わり・文の始まり）より前には戻らない。
 * 閉じ括弧は対の開き括弧まで含め（専門部会（交流、学習）を…）、この数を囲む開き括弧と区切りで止まる。
 */
export function labelBefore(text: string, start: number, floor: number): { raw: string; from: number } {
  let i = start;
  while (i > floor && GAP.test(text.charAt(i - 1))) i--;
  while (i > floor) {
    if (!inSet(SPECIAL, text.charCodeAt(i - 1))) {
      i--;
      continue;
    }
    const ch = text.charAt(i - 1);
    if (CLOSE_TO_OPEN[ch] !== undefined) {
      const open = matchingOpen(text, i - 1, floor);
      if (open < 0) break;
      i = open;
      continue;
    }
    // 「…移住した人は、前年度比32%増の1,479人」：名詞＋は で終わる句は、その後ろの数の主題（「…なかったが、」は主題ではない）
    if ((ch === "、" || ch === ",") && /[\u4e00-\u9fff\u30a1-\u30fa]は$/.test(text.slice(Math.max(floor, i - 3), i - 1)) && i - 1 > floor) {
      i--;
      continue;
    }
    if (OPENERS.has(ch) || DELIMITERS.has(ch)) break;
    i--;
  }
  return { raw: text.slice(i, start), from: i };
}

/** 名前の頭から落とす文字と語（区切り・括弧・項目番号・つなぎの語・助詞）。 */
const LEADING_CHARS = new Set([..." \t、，,・:：（(）)」「～~-", ..."①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"]);
const LEADING_WORDS = [
  "に対して",
  "に対し",
  "対して",
  "対し",
  "および",
  "及び",
  "並びに",
  "また",
  "なお",
  "さらに",
  "から",
  "まで",
  "より",
  "には",
  "では",
  "は",
  "が",
  "を",
  "に",
  "で",
  "と",
  "や",
  "の",
];
/** 名前の末尾から落とす語（助詞・つなぎ）。長いものから。 */
const TRAILING_WORDS = [
  "については",
  "について",
  "における",
  "によると",
  "としては",
  "による",
  "により",
  "として",
  "では",
  "には",
  "での",
  "への",
  "とし",
  "へ",
  "を",
  "は",
  "が",
  "の",
  "で",
  "に",
  "も",
  "と",
  "や",
];
const TRAILING_CHARS = new Set([..." \t:：（(～~・"]);
const SUB_MARKER = /^[(（][0-9]{1,2}[)）]/;

const LEADING_FIRST = new Set([...LEADING_CHARS, ...LEADING_WORDS.map((w) => w.charAt(0))]);
const TRAILING_LAST = new Set([...TRAILING_CHARS, ...TRAILING_WORDS.map((w) => w.charAt(w.length - 1))]);

/** 語を最初・最後の文字で引く表（長い順）。 */
function byChar(words: string[], at: (w: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) map.set(at(w), [...(map.get(at(w)) ?? []), w]);
  return map;
}
const LEADING_BY_FIRST = byChar(LEADING_WORDS, (w) => w.charAt(0));
const TRAILING_BY_LAST = byChar(TRAILING_WORDS, (w) => w.charAt(w.length - 1));

function startingWord(s: string, i: number): string | undefined {
  for (const w of LEADING_BY_FIRST.get(s.charAt(i)) ?? []) if (s.startsWith(w, i)) return w;
  return undefined;
}

function endingWord(s: string, end: number): string | undefined {
  for (const w of TRAILING_BY_LAST.get(s.charAt(end - 1)) ?? []) if (end >= w.length && s.startsWith(w, end - w.length)) return w;
  return undefined;
}

function stripLeading(s: string): string {
  if (!LEADING_FIRST.has(s.charAt(0)) && !SUB_MARKER.test(s.slice(0, 4))) return s;
  let i = 0;
  for (let moved = true; moved && i < s.length;) {
    moved = false;
    if (LEADING_CHARS.has(s.charAt(i))) {
      i++;
      moved = true;
      continue;
    }
    const marker = s.startsWith("(", i) || s.startsWith("（", i) ? SUB_MARKER.exec(s.slice(i, i + 4)) : null;
    const word = marker ? marker[0] : startingWord(s, i);
    if (word) {
      i += word.length;
      moved = true;
    }
  }
  return i > 0 ? s.slice(i) : s;
}

function stripTrailing(s: string): string {
  if (!TRAILING_LAST.has(s.charAt(s.length - 1))) return s;
  let end = s.length;
  for (let moved = true; moved && end > 0;) {
    moved = false;
    if (TRAILING_CHARS.has(s.charAt(end - 1))) {
      end--;
      moved = true;
      continue;
    }
    const word = endingWord(s, end);
    if (word) {
      end -= word.length;
      moved = true;
    }
  }
  return end < s.length ? s.slice(0, end) : s;
}

/** 名前の前後の空白・助詞・つなぎの語・項目番号を落とす。 */
export function cleanLabel(raw: string): string {
  if (raw === "") return "";
  const compact = /\s/.test(raw) ? raw.replace(/\s+/g, "") : raw;
  return stripTrailing(stripLeading(compact));
}

/** 数の後ろの語（50名が「参加」した、4,917件の「死傷事故」）。区切りまで、12 文字まで。 */
export function labelAfter(text: string, end: number): string {
  let i = end;
  while (i < end + 3 && " がはのをにでとも".includes(text.charAt(i)) && i < text.length) i++;
  let j = i;
  while (j < text.length && j < i + 12) {
    const ch = text.charAt(j);
    if (DELIMITERS.has(ch) || OPENERS.has(ch) || ch === "）" || ch === ")" || (ch >= "0" && ch <= "9")) break;
    j++;
  }
  if (j === i) return "";
  return cleanLabel(text.slice(i, j).replace(/(した|しました|された|され|し|する|した。)$/, ""));
}

/** 名前ではない語：実績などの一般的な語、計・累計、比べる言い方（目標の100万冊を「上回る」110万冊）。 */
const GENERIC = new RegExp(
  [...GENERIC_ACTUAL_WORDS, ...TOTAL_WORDS.filter((w) => w !== "計"), ...CUMULATIVE_WORDS, ...COMPARISON_WORDS]
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);
const HAS_GENERIC = new RegExp(GENERIC.source);
const HAS_SOURCE = new RegExp(`(${DATA_SOURCE_ENDINGS.join("|")})$`);

/**
 * 比べるための名前：実績・実績値などの一般的な語を除き、データの出どころ（住民基本台帳、〇〇調査）や
 * 時点だけの名前は空にする。空なら「別の名前」ではない。
 */
const SOURCE_PHRASE = new RegExp(
  `(${DATA_SOURCE_ENDINGS.filter((w) => w.length > 1).join("|")})(で把握した|によると|によれば|では|で|の結果|結果)`,
);

/** 比べる相手を示す句の終わり（…の目標に対して 12人）：この後ろの数の名前ではない。 */
const REFERENCE_END = /(に対して|に対し|に比べて|に比べ|と比べて|と比較して)$/;

export function coreLabel(label: string): string {
  if (label === "" || REFERENCE_END.test(label)) return "";
  // 「アンケート調査で把握した平成27年度の実績は」：出どころの句の後ろだけが名前
  const source = SOURCE_PHRASE.exec(label);
  if (source) return coreLabel(label.slice(source.index + source[0].length));
  const clean = HAS_GENERIC.test(label) ? cleanLabel(label.replace(GENERIC, "")) : label;
  return HAS_SOURCE.test(clean) || clean === "計" ? "" : clean;
}
