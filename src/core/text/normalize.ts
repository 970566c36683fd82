import { HALFWIDTH_KANA, HALFWIDTH_VOICED } from "./kana-table";

/** 正規化した文字列と、その各文字が元の文字列のどこにあったか。 */
export interface NormalizedText {
  text: string;
  /** map[i] は正規化後の i 文字目の元の位置。map[text.length] は元の長さ。 */
  map: number[];
}

const FULLWIDTH_ASCII_START = 0xff01;
const FULLWIDTH_ASCII_END = 0xff5e;

function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= FULLWIDTH_ASCII_START && code <= FULLWIDTH_ASCII_END) {
    return String.fromCharCode(code - 0xfee0);
  }
  if (ch === "\u3000") return " ";
  if (ch === "〜" || ch === "∼") return "~";
  if (ch === "－" || ch === "‐" || ch === "―") return "-";
  return HALFWIDTH_KANA[ch] ?? ch;
}

/**
 * 全角英数記号を半角に、半角カナを全角に揃える。位置の対応表を残すので、
 * 正規化した文字列で見つけた数字の場所を元のセル文字列の場所に戻せる。
 * 丸数字（①）は項目番号なのでそのまま残す（NFKC は 1 にしてしまう）。
 */
export function normalizeText(source: string): NormalizedText {
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    const next = source.charAt(i + 1);
    const voiced = HALFWIDTH_VOICED[ch + next];
    if (voiced) {
      text += voiced;
      map.push(i);
      i++;
      continue;
    }
    text += normalizeChar(ch);
    map.push(i);
  }
  map.push(source.length);
  return { text, map };
}

/** 見出しや名称を比べるための正規化（空白・改行を除き、全角半角を揃える）。 */
export function compactText(source: string): string {
  return normalizeText(source).text.replace(/[\s\u200b]+/g, "");
}
