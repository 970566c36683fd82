import { isKanjiNumberChar } from "../text/kanji-numerals";
import { readUnitWord } from "../text/unit-word";
import { tableUnitAt } from "../text/units";
import type { Scan } from "./magnitude";
import { blank, isDigitCode, readComparator, skipSpaces, type RawToken } from "./read-one";

const KANJI_OR_KATAKANA = /[\u4e00-\u9fff\u30a1-\u30fa\u30fc]/;

/**
 * 「ゼロ」（死亡者数ゼロ、ゼロ件）を 0 と読む。カタカナ・漢字の語に続く・続かれる（ゼロカーボン、ゼロ運動）なら語の一部で数ではない。
 * 単位は表の語だけ（なければ単位なし）。
 */
export function readZeroWord(text: string, i: number): { token: RawToken; to: number } | null {
  if (!text.startsWith("ゼロ", i) || /[\u30a1-\u30fa\u30fc]/.test(text.charAt(i - 1))) return null;
  const s: Scan = { text, pos: i + 2 };
  skipSpaces(s);
  const table = tableUnitAt(text, s.pos) ? readUnitWord(text, s.pos) : null;
  if (!table && KANJI_OR_KATAKANA.test(text.charAt(i + 2))) return null;
  if (table) s.pos = table.end;
  const comparator = readComparator(s);
  const token: RawToken = {
    ...blank(0, "quantity", i, s.pos),
    unit: table?.info.canonical ?? "",
    unitWord: table?.word ?? "",
    unitKind: table?.info.kind ?? null,
    comparator,
  };
  return { token, to: s.pos };
}

/** i から数が始まるか（算用数字・漢数字・年号の「元」）。数の途中なら null。 */
export function startsNumber(text: string, i: number): "arabic" | "kanji" | null {
  const c = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
  if (isDigitCode(c)) {
    // A1、CO2 のような記号の一部は数ではない（R2・H25 の年号は別に読む）
    const latin = (prev >= 0x41 && prev <= 0x5a) || (prev >= 0x61 && prev <= 0x7a);
    if (latin && prev !== 0x52 && prev !== 0x48 && prev !== 0x53) return null;
    return isDigitCode(prev) || prev === 0x2e ? null : "arabic";
  }
  if (c === 0x5143) return text.endsWith("令和", i) || text.endsWith("平成", i) ? "arabic" : null;
  if (isKanjiNumberChar(text.charAt(i)) && !(i > 0 && isKanjiNumberChar(text.charAt(i - 1)))) return "kanji";
  return null;
}
