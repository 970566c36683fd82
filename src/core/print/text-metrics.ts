/**
 * 文字の幅と折り返し（行の高さの見積もりのため）。幅は em（文字の大きさに対する割合）。
 *
 * LibreOffice は、日本語のフォント（ＭＳ ゴシックなど）がない機械では、英数字を DejaVu Sans で、
 * かなと漢字を Noto Sans CJK JP で描く。英数字の幅は DejaVu Sans の字幅（Excel の ＭＳ ゴシック・游ゴシック・
 * Calibri より広い）、それ以外は全角 1 em・半角カナ 0.5 em とする。どちらの表示にも足りる側に見積もる。
 */

/** DejaVu Sans の ASCII 0x20〜0x7E の字幅（em）。 */
const ASCII_REGULAR = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337,
  0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531,
  1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787,
  0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5,
  0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612,
  0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
];

/** DejaVu Sans Bold の ASCII 0x20〜0x7E の字幅（em）。 */
const ASCII_BOLD = [
  0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.38, 0.415, 0.38, 0.365,
  0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.4, 0.4, 0.838, 0.838, 0.838, 0.58,
  1.0, 0.774, 0.762, 0.734, 0.83, 0.683, 0.683, 0.821, 0.837, 0.372, 0.372, 0.775, 0.637, 0.995, 0.837, 0.85,
  0.733, 0.85, 0.77, 0.72, 0.682, 0.812, 0.774, 1.103, 0.771, 0.724, 0.725, 0.457, 0.365, 0.457, 0.838, 0.5,
  0.5, 0.675, 0.716, 0.593, 0.716, 0.678, 0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712, 0.687,
  0.716, 0.716, 0.493, 0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582, 0.712, 0.365, 0.712, 0.838,
];

/** 1 文字の幅（em）。 */
export function charWidthEm(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 0x20] ?? 1;
  if (code >= 0xff61 && code <= 0xff9f) return 0.5;
  if (code < 0x20) return 0;
  return 1;
}

/** 行頭に来ない文字（閉じ括弧・句読点・小書きのかな・長音など）。前の文字と離さない。 */
const NO_LINE_START = new Set([..."!%),.:;?]}、。，．）」』】〕〉》・ー～〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ！％），．：；？］｝｡｣､･ｰﾞﾟ゛゜’”‰℃°"]);
/** 行末に来ない文字（開き括弧など）。次の文字と離さない。 */
const NO_LINE_END = new Set([..."([{（「『【〔〈《［｛｢‘“￥＄$"]);

const isAsciiWordChar = (ch: string): boolean => ch > " " && ch <= "~";
const CIRCLED = /[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/;
const isSpace = (ch: string): boolean => ch === " ";
const breaksAfter = (previous: string, next: string): boolean => (previous === "/" || previous === "-") && /[A-Za-z]/.test(next);

/**
 * この 2 文字の間で行を分けないか：行頭禁則・行末禁則のほか、閉じ括弧の後の英数字（「在）16.5％」）と、
 * 英数字の後の開き括弧（「10（」）も LibreOffice は分けない。
 */
function keepsTogether(last: string, first: string): boolean {
  if (NO_LINE_START.has(first) || NO_LINE_END.has(last)) return true;
  // 丸数字（①・⑴）は英数字と同じく、閉じ括弧の後と開き括弧の前で切らない（「】②（1）」）
  const word = (ch: string): boolean => isAsciiWordChar(ch) || CIRCLED.test(ch);
  return (NO_LINE_START.has(last) && word(first)) || (word(last) && NO_LINE_END.has(first));
}

/**
 * 1 段落を折り返しの単位に分ける：英数字の続き（空白まで）は 1 つ、それ以外は 1 文字ずつ。
 * 行頭・行末の禁則の文字は隣と 1 つにする（分けられる位置を少なく見る＝行数を多めに見る）。
 */
export function breakUnits(paragraph: string): string[] {
  const chars = [...paragraph];
  const units: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    let unit = ch;
    i++;
    if (isAsciiWordChar(ch)) {
      // 英数字の続き。「/」「-」の後ろ（数字の前を除く）では切れる（URL・パスなど）
      while (i < chars.length && isAsciiWordChar(chars[i] as string) && !breaksAfter(chars[i - 1] as string, chars[i] as string)) unit += chars[i++];
    } else if (isSpace(ch)) while (i < chars.length && isSpace(chars[i] as string)) unit += chars[i++];
    units.push(unit);
  }
  const glued: string[] = [];
  for (const unit of units) {
    const previous = glued[glued.length - 1];
    if (previous !== undefined && keepsTogether([...previous].pop() ?? "", [...unit][0] ?? "")) glued[glued.length - 1] = previous + unit;
    else glued.push(unit);
  }
  return glued;
}

/** 1 文字の幅（pt）を返す関数（描くアプリと文字の見た目で決まる）。 */
export type CharWidth = (ch: string) => number;

function unitWidth(unit: string, charWidth: CharWidth): number {
  let w = 0;
  for (const ch of unit) w += charWidth(ch);
  return w;
}

/** 幅 width（pt）に折り返したときの 1 段落の行数（単語より狭ければ文字の途中で切る）。 */
export function paragraphLines(paragraph: string, width: number, charWidth: CharWidth): number {
  if (paragraph === "") return 1;
  let lines = 1;
  let used = 0;
  for (const unit of breakUnits(paragraph)) {
    const w = unitWidth(unit, charWidth);
    // 行末の空白ははみ出してよい（次の行の頭には来ない）
    if (used + w <= width || isSpace(unit.charAt(0))) {
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
    for (const ch of unit) {
      const cw = charWidth(ch);
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
  return unitWidth(paragraph, charWidth);
}

/** いちばん長い切れない単位の幅（pt）：列をこれより狭くすると、単語や記号の途中で切れる。 */
export function widestUnit(text: string, charWidth: CharWidth): number {
  let widest = 0;
  for (const paragraph of text.split(/\r?\n/)) for (const unit of breakUnits(paragraph)) widest = Math.max(widest, unitWidth(unit.trimEnd(), charWidth));
  return widest;
}

/** 英数字だけの段落か（行の高さが和文のフォントより低い）。 */
export function isLatinOnly(text: string): boolean {
  for (const ch of text) if ((ch.codePointAt(0) ?? 0) > 0x7e) return false;
  return true;
}
