import { isSpace } from "../text/char-table";
import { normalizeText } from "../text/normalize";

/** 2 文字組（2 つの文字の符号を 1 つの数にしたもの：部分文字列を作らずに比べる）。 */
export type Grams = Set<number>;

const contextCache = new Map<string, Grams>();
const labelCache = new Map<string, Grams>();

/** 覚えておいた 2 文字組（なければ作って覚える。2,000 を超えたら忘れる）。 */
function cached(cache: Map<string, Grams>, text: string, dropDigits: boolean): Grams {
  let found = cache.get(text);
  if (!found) {
    if (cache.size > 2000) cache.clear();
    found = gramsOfForm(text, dropDigits);
    cache.set(text, found);
  }
  return found;
}

/** 実績の名前の 2 文字組（数字は除く）。 */
const labelBigrams = (label: string): Grams => cached(labelCache, label, true);
/** 目標の文脈の 2 文字組（照合のたびに作り直さない）。 */
const contextBigrams = (context: string): Grams => cached(contextCache, context, false);

const ETC = "等".charCodeAt(0);

/** 比べるための形（matchForm：空白と「等」を除く。dropDigits なら数字も除く）の 2 文字組。形の文字列は作らない。 */
function gramsOfForm(text: string, dropDigits: boolean): Grams {
  const form = normalizeText(text).text;
  const out: Grams = new Set();
  let prev = -1;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (isSpace(c) || c === ETC || (dropDigits && c >= 0x30 && c <= 0x39)) continue;
    if (prev >= 0) out.add(prev * 0x10000 + c);
    prev = c;
  }
  return out;
}

/**
 * 実績の名前が目標の文脈とどれだけ重なるか（0〜1）。実績の名前の 2 文字組のうち、
 * 目標側にもあるものの割合。名前がなければ null（判断材料なし）。
 */
export function nameOverlap(label: string, context: string): number | null {
  return gramOverlap(labelBigrams(label), contextBigrams(context));
}

/** 2 文字組の重なり（a のうち b にもあるものの割合）。a が空なら null。 */
export function gramOverlap(a: Grams, b: Grams): number | null {
  if (a.size === 0) return null;
  let hit = 0;
  for (const g of a) if (b.has(g)) hit++;
  return hit / a.size;
}

/** 名前の 2 文字組（数字を除く。照合のたびに作り直さない）。 */
export function labelGrams(label: string): Grams {
  return labelBigrams(label);
}

/** 文脈の 2 文字組（同じ文脈は一度だけ作る）。 */
export function contextGrams(context: string): Grams {
  return contextBigrams(context);
}
