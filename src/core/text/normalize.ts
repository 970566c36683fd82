import { HALFWIDTH_KANA, HALFWIDTH_VOICED } from "./kana-table";

/** 正規化した文字列と、その各文字が元の文字列のどこにあったか。 */
export interface NormalizedText {
  text: string;
  /** 正規化後の位置 i の元の位置（i = text.length なら元の長さ） */
  toSource(i: number): number;
}

const FULLWIDTH_ASCII_START = 0xff01;
const FULLWIDTH_ASCII_END = 0xff5e;
const KANA = new Map(Object.entries(HALFWIDTH_KANA));
const VOICED = new Map(Object.entries(HALFWIDTH_VOICED));

function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= FULLWIDTH_ASCII_START && code <= FULLWIDTH_ASCII_END) return String.fromCharCode(code - 0xfee0);
  if (ch === "\u3000") return " ";
  if (ch === "〜" || ch === "∼") return "~";
  if (ch === "－" || ch === "‐" || ch === "―") return "-";
  return KANA.get(ch) ?? ch;
}

/**
 * 全角英数記号を半角に、半角カナを全角に揃える。位置の対応を残すので、
 * 正規化した文字列で見つけた数字の場所を元のセル文字列の場所に戻せる。
 * 丸数字（①）は項目番号なのでそのまま残す（NFKC は 1 にしてしまう）。
 */
const SAME_LENGTH = /[\uff01-\uff5e\u3000〜∼－‐―\uff61-\uff9f]/g;
const VOICED_PAIR = /[\uff66-\uff9d][\uff9e\uff9f]/;
const identity = (i: number): number => i;

/** 揃える文字（全角英数記号・全角空白・波線・ダッシュ・半角カナ）があるか。正規表現を使わずに符号で見る。 */
function needsWork(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x2010) continue;
    if (
      (c >= 0xff01 && c <= 0xff5e) ||
      (c >= 0xff61 && c <= 0xff9f) ||
      c === 0x3000 ||
      c === 0x301c ||
      c === 0x223c ||
      c === 0x2010 ||
      c === 0x2015
    )
      return true;
  }
  return false;
}

export function normalizeText(source: string): NormalizedText {
  if (!needsWork(source)) return { text: source, toSource: identity };
  if (!VOICED_PAIR.test(source)) return { text: source.replace(SAME_LENGTH, normalizeChar), toSource: identity };
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    const voiced = VOICED.get(ch + source.charAt(i + 1));
    map.push(i);
    if (voiced) {
      out.push(voiced);
      i++;
    } else out.push(normalizeChar(ch));
  }
  map.push(source.length);
  return { text: out.join(""), toSource: (i) => map[i] ?? source.length };
}

/** 見出しや名前を比べるための正規化（空白・改行を除き、全角半角を揃える）。 */
export function compactText(source: string): string {
  return normalizeText(source).text.replace(/[\s\u200b]+/g, "");
}
