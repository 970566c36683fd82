/**
 * 文字の幅と折り返し（行の高さの見積もりのため）。幅は em（文字の大きさに対する割合）。
 *
 * LibreOffice は、日本語のフォント（ＭＳ ゴシックなど）がない機械では、英数字を DejaVu Sans で、
 * かなと漢字を Noto Sans CJK JP で描く。英数字の幅は DejaVu Sans の字幅（Excel の ＭＳ ゴシック・游ゴシック・
 * Calibri より広い）、それ以外は全角 1 em・半角カナ 0.5 em とする。どちらの表示にも足りる側に見積もる。
 */

/** DejaVu Sans の ASCII 0x20〜0x7E の字幅（em）。 */
const ASCII_REGULAR = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337, 0.636, 0.636, 0.636, 0.636,
  0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775,
  0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39,
  0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612,
  0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
];

/** DejaVu Sans Bold の ASCII 0x20〜0x7E の字幅（em）。 */
const ASCII_BOLD = [
  0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.38, 0.415, 0.38, 0.365, 0.696, 0.696, 0.696, 0.696,
  0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.4, 0.4, 0.838, 0.838, 0.838, 0.58, 1.0, 0.774, 0.762, 0.734, 0.83, 0.683, 0.683, 0.821, 0.837,
  0.372, 0.372, 0.775, 0.637, 0.995, 0.837, 0.85, 0.733, 0.85, 0.77, 0.72, 0.682, 0.812, 0.774, 1.103, 0.771, 0.724, 0.725, 0.457, 0.365,
  0.457, 0.838, 0.5, 0.5, 0.675, 0.716, 0.593, 0.716, 0.678, 0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712, 0.687, 0.716,
  0.716, 0.493, 0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582, 0.712, 0.365, 0.712, 0.838,
];

/** 1 文字の幅（em）。 */
export function charWidthEm(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 0x20] ?? 1;
  if (code >= 0xff61 && code <= 0xff9f) return 0.5;
  if (code < 0x20) return 0;
  return 1;
}

/** 文字の番号の集まり（速く引くための表）。 */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** 行頭に来ない文字（閉じ括弧・句読点・小書きのかな・長音など）。前の文字と離さない。 */
const NO_LINE_START = codeTable(
  "!%),.:;?]}、。，．）」』】〕〉》・ー～〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ！％），．：；？］｝｡｣､･ｰﾞﾟ゛゜’”‰℃°",
);
/** 行末に来ない文字（開き括弧など）。次の文字と離さない。 */
const NO_LINE_END = codeTable("([{（「『【〔〈《［｛｢‘“￥＄$");

const isAsciiWord = (c: number): boolean => c > 0x20 && c <= 0x7e;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** 丸数字（①・⑴・❶・㉑）。 */
const isCircled = (c: number): boolean =>
  (c >= 0x2460 && c <= 0x24ff) || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf);
/** 英数字と同じく、閉じ括弧の後・開き括弧の前で切らない文字。 */
const isWordLike = (c: number): boolean => isAsciiWord(c) || isCircled(c);

/**
 * この 2 文字の間で行を分けないか：行頭禁則・行末禁則のほか、閉じ括弧の後の英数字（「在）16.5％」）と、
 * 英数字の後の開き括弧（「10（」）も LibreOffice は分けない。丸数字も英数字と同じ（「】②（1）」）。
 */
function keepsTogether(last: number, first: number): boolean {
  if (NO_LINE_START[first] === 1 || NO_LINE_END[last] === 1) return true;
  return (NO_LINE_START[last] === 1 && isWordLike(first)) || (isWordLike(last) && NO_LINE_END[first] === 1);
}

/** i の文字の長さ（サロゲートの組は 2）。 */
const charLength = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

/**
 * 1 段落を折り返しの単位に分け、それぞれの単位の終わりの位置を返す：英数字の続き（空白まで）は 1 つ
 * （「/」「-」の後ろの英字の前では切れる：URL・パス）、空白の続きは 1 つ、それ以外は 1 文字ずつ。
 * 行頭・行末の禁則の文字は隣と 1 つにする（分けられる位置を少なく見る＝行数を多めに見る）。
 */
export function unitEnds(paragraph: string): number[] {
  const ends: number[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const c = paragraph.charCodeAt(i);
    let j = i + charLength(paragraph, i);
    if (isAsciiWord(c)) {
      while (
        j < paragraph.length &&
        isAsciiWord(paragraph.charCodeAt(j)) &&
        !((paragraph.charCodeAt(j - 1) === 0x2f || paragraph.charCodeAt(j - 1) === 0x2d) && isLetter(paragraph.charCodeAt(j)))
      )
        j++;
    } else if (c === 0x20) while (j < paragraph.length && paragraph.charCodeAt(j) === 0x20) j++;
    const previous = ends.length > 0 ? (ends[ends.length - 1] as number) : -1;
    if (previous > 0 && keepsTogether(paragraph.charCodeAt(previous - 1), c)) ends[ends.length - 1] = j;
    else ends.push(j);
    i = j;
  }
  return ends;
}

/** 折り返しの単位（文字列）。 */
export function breakUnits(paragraph: string): string[] {
  let start = 0;
  return unitEnds(paragraph).map((end) => {
    const unit = paragraph.slice(start, end);
    start = end;
    return unit;
  });
}

/** 1 文字（文字の番号）の幅（pt）を返す関数（描くアプリと文字の見た目で決まる）。 */
export type CharWidth = (code: number) => number;

function spanWidth(text: string, from: number, to: number, charWidth: CharWidth): number {
  let w = 0;
  for (let i = from; i < to; i += charLength(text, i)) w += charWidth(text.codePointAt(i) ?? 0);
  return w;
}

/** 幅 width（pt）に折り返したときの 1 段落の行数（単語より狭ければ文字の途中で切る）。 */
export function paragraphLines(paragraph: string, width: number, charWidth: CharWidth): number {
  if (paragraph === "") return 1;
  let lines = 1;
  let used = 0;
  let start = 0;
  for (const end of unitEnds(paragraph)) {
    const w = spanWidth(paragraph, start, end, charWidth);
    const space = paragraph.charCodeAt(start) === 0x20;
    const from = start;
    start = end;
    // 行末の空白ははみ出してよい（次の行の頭には来ない）
    if (used + w <= width || space) {
      used += w;
      continue;
    }
    if (w <= width) {
      lines++;
      used = w;
      continue;
    }
    // 1 行に入らない単位（長い URL など）：文字ごとに切る。LibreOffice の切り方は詰まりきらないので、1 行多く見る
    if (used > 0) lines++;
    used = 0;
    for (let i = from; i < end; i += charLength(paragraph, i)) {
      const cw = charWidth(paragraph.codePointAt(i) ?? 0);
      if (used + cw > width && used > 0) {
        lines++;
        used = 0;
      }
      used += cw;
    }
    lines++;
    used = 0;
  }
  return lines;
}

/** 1 行に収めたときの幅（pt）。 */
export function lineWidth(paragraph: string, charWidth: CharWidth): number {
  return spanWidth(paragraph, 0, paragraph.length, charWidth);
}

/** いちばん長い切れない単位の幅（pt）：列をこれより狭くすると、単語や記号の途中で切れる。 */
export function widestUnit(text: string, charWidth: CharWidth): number {
  let widest = 0;
  for (const paragraph of text.split(/\r?\n/))
    for (const unit of breakUnits(paragraph)) widest = Math.max(widest, lineWidth(unit.trimEnd(), charWidth));
  return widest;
}

/** 英数字だけの段落か（行の高さが和文のフォントより低い）。 */
export function isLatinOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
}

/**
 * 文字の幅の関数を、文字の種類ごとの表にして速くする（幅は英数字・半角カナ・制御文字・それ以外で決まる：charWidthEm）。
 */
export function widthTable(measure: (ch: string) => number): CharWidth {
  const ascii = Array.from({ length: 0x5f }, (_, i) => measure(String.fromCharCode(0x20 + i)));
  const full = measure("あ");
  const half = measure("ｱ");
  return (c) => (c >= 0x20 && c <= 0x7e ? (ascii[c - 0x20] as number) : c < 0x20 ? 0 : c >= 0xff61 && c <= 0xff9f ? half : full);
}
