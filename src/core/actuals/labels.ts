import { DATA_SOURCE_ENDINGS, GENERIC_ACTUAL_WORDS } from "../text/word-classes";

const CLOSE_TO_OPEN: Record<string, string> = { "）": "（", ")": "(", "」": "「", "】": "【", "』": "『" };
const OPENERS = new Set(["（", "(", "「", "【", "『"]);
/** 名前の区切り（ここで止まる）。 */
const DELIMITERS = new Set(["、", ",", "，", "。", ";", "；", "\n", "※", "→", "⇒", "・"]);
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
    const ch = text.charAt(i - 1);
    if (CLOSE_TO_OPEN[ch] !== undefined) {
      const open = matchingOpen(text, i - 1, floor);
      if (open < 0) break;
      i = open;
      continue;
    }
    if (OPENERS.has(ch) || DELIMITERS.has(ch)) break;
    i--;
  }
  return { raw: text.slice(i, start), from: i };
}

const LEADING = /^(?:[\s、，,・:：（(）)」「～~\-①-⑳]|\(\d{1,2}\)|（\d{1,2}）|および|及び|並びに|また|なお|さらに|から|まで|より|には|では|は|が|を|に|で|と|や|の)+/;
const TRAILING = /(?:[\s:：（(～~]|については|について|における|によると|による|により|としては|として|では|には|での|への|へ|を|は|が|の|で|に|も|と|や|とし)+$/;

/** 名前の前後の空白・助詞・つなぎの語を落とす。 */
export function cleanLabel(raw: string): string {
  let out = raw.replace(/\s+/g, "");
  for (let prev = ""; prev !== out; ) {
    prev = out;
    out = out.replace(LEADING, "").replace(TRAILING, "");
  }
  return out;
}

/** 数の後ろの語（50名が「参加」した、4,917件の「死傷事故」）。区切りまで、12 文字まで。 */
export function labelAfter(text: string, end: number): string {
  let i = end;
  while (/[ がはのをにでとも]/.test(text.charAt(i)) && i < end + 3) i++;
  let j = i;
  while (j < text.length && j < i + 12 && !DELIMITERS.has(text.charAt(j)) && !OPENERS.has(text.charAt(j)) && !/[0-9）)]/.test(text.charAt(j))) j++;
  return cleanLabel(text.slice(i, j).replace(/(した|しました|された|され|し|する|した。)$/, ""));
}

const GENERIC = new RegExp(GENERIC_ACTUAL_WORDS.sort((a, b) => b.length - a.length).join("|"), "g");

/**
 * 比べるための名前：実績・実績値などの一般的な語を除き、データの出どころ（住民基本台帳、〇〇調査）や
 * 時点だけの名前は空にする。空なら「別の名前」ではない。
 */
export function coreLabel(label: string): string {
  const clean = cleanLabel(label.replace(GENERIC, ""));
  if (DATA_SOURCE_ENDINGS.some((w) => clean.endsWith(w))) return "";
  return clean;
}
