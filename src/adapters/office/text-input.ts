/**
 * セルに文字を文字のまま入れるための入力。Excel は values に入れた文字を、手で入力したときと同じように読む：
 * + - = で始まれば数式（Excel.Range.values の説明）、@ で始まれば数式、数・日付・時刻・真偽に見えれば数や日付になる。
 * そうなりうる文字の先頭には ' を付ける（Excel は ' を「文字として入れる」印として取り除き、文字だけを入れる）。
 * 付けたセルは書いた後に読み返して確かめる（verify.ts）。
 */
const SPECIAL_START = /^[=+\-@']/;
const NUMERIC_LOOKING = /^[\s\d.,%¥$€:/()\-+eE年月日時分秒午前後AMPamp]+$/;

/** Excel が文字のまま入れないおそれのある文字か。 */
export function needsQuotePrefix(text: string): boolean {
  if (text === "") return false;
  if (SPECIAL_START.test(text)) return true;
  const plain = text.normalize("NFKC");
  if (/^(true|false)$/i.test(plain.trim())) return true;
  return /\d/.test(plain) && NUMERIC_LOOKING.test(plain);
}

/** values に入れる値：文字がそのまま文字としてセルに入るもの。 */
export function textInput(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}
