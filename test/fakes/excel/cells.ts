/**
 * 模擬 Excel のセル。値・表示文字列・数値書式・数式・先頭の ' （引用符の接頭辞）・塗り・罫線・ロック。
 * 値を書いたときの読み替えは、Excel が入力を読むのと同じ規則に寄せる：
 * - Excel.Range.values の説明（@types/office-js）：「値が + - = で始まると、Excel はそれを数式とみなす」。
 *   issue の指摘どおり @ も数式（暗黙の共通部分演算子）として読む。
 * - 数・真偽・日付に見える文字は数・真偽・日付になる（全角数字も：日本語の Excel は全角の数字を数として受け付ける）。
 * - 先頭の ' は「文字として入れる」印で、セルには ' を除いた文字が入り、引用符の接頭辞が立つ。
 *   formulas で読むと ' は消えている（OfficeDev/office-js#6687）。
 * - 書式が文字列（@）のセルには、入れたものがそのまま文字として入る。
 * - 1 セルは 32,767 文字まで（「Excel の仕様と制限」）。
 */
import type { CellValue } from "../../../src/core/snapshot";
import { formatWithNumberFormat } from "../../../src/core/text/number-format";
import { officeError } from "./errors";

export interface FakeFill {
  /** "#RRGGBB" */
  color: string;
  /** Excel.FillPattern の名前（"Solid" など） */
  pattern: string;
  patternColor: string | null;
}

export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
}

export interface FakeCell {
  value: CellValue;
  text: string;
  format: string;
  formula: string | null;
  quotePrefix: boolean;
  /** null は塗りなし（白の塗り #FFFFFF とは別） */
  fill: FakeFill | null;
  borders: Record<string, FakeBorder>;
  locked: boolean;
}

export const CELL_CHAR_LIMIT = 32767;

export function blankCell(): FakeCell {
  return { value: null, text: "", format: "General", formula: null, quotePrefix: false, fill: null, borders: {}, locked: true };
}

/** 値も数式もない（書式だけのセルは、使用範囲には入るが値の使用範囲には入らない）。 */
export function hasValue(cell: FakeCell): boolean {
  return cell.value !== null || cell.formula !== null;
}

export function hasFormatting(cell: FakeCell): boolean {
  return cell.fill !== null || cell.format !== "General" || Object.keys(cell.borders).length > 0 || !cell.locked;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?%?$/;
const DATE = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$|^(\d{1,2})\/(\d{1,2})$/;

function asNumber(text: string): number | null {
  const s = text.normalize("NFKC").trim().replace(/^[¥$]/, "");
  if (!NUMBER.test(s)) return null;
  const n = Number(s.replace(/,/g, "").replace(/%$/, ""));
  return s.endsWith("%") ? n / 100 : n;
}

/** 日付に見える文字の通し番号（1900 年方式の概算で十分：文字として残らないことだけを見る）。 */
function asDate(text: string): number | null {
  const m = DATE.exec(text.normalize("NFKC").trim());
  if (!m) return null;
  const [y, mo, d] = m[1] ? [Number(m[1]), Number(m[2]), Number(m[3])] : [2020, Number(m[4]), Number(m[5])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Math.round((Date.UTC(y, mo - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

function setFormula(cell: FakeCell, formula: string): void {
  cell.formula = formula;
  cell.value = "#NAME?";
  cell.text = "#NAME?";
  cell.quotePrefix = false;
}

function setNumber(cell: FakeCell, n: number): void {
  cell.value = n;
  cell.text = formatWithNumberFormat(n, cell.format);
  cell.formula = null;
  cell.quotePrefix = false;
}

function setText(cell: FakeCell, text: string, quotePrefix: boolean): void {
  cell.value = text === "" ? null : text;
  cell.text = text;
  cell.formula = null;
  cell.quotePrefix = quotePrefix && text !== "";
}

/** values に 1 つの値を書いたときの、Excel の読み替え。数式になったら true を返す。 */
export function writeInput(cell: FakeCell, input: unknown, where: string): boolean {
  if (input === null || input === undefined) return false;
  if (typeof input === "number") return (setNumber(cell, input), false);
  if (typeof input === "boolean") return (setText(cell, input ? "TRUE" : "FALSE", false), (cell.value = input), false);
  const s = String(input);
  if (s.length > CELL_CHAR_LIMIT) throw officeError("InvalidArgument", `The text is longer than ${CELL_CHAR_LIMIT} characters.`, where);
  if (cell.format === "@") return (setText(cell, s, false), false);
  if (s.startsWith("'")) return (setText(cell, s.slice(1), true), false);
  if (s.startsWith("=")) return (setFormula(cell, s), true);
  const n = asNumber(s) ?? asDate(s);
  if (n !== null) return (setNumber(cell, n), false);
  if (/^[+\-@]/.test(s)) return (setFormula(cell, `=${s}`), true);
  if (/^(true|false)$/i.test(s)) return (setText(cell, s.toUpperCase(), false), (cell.value = /^true$/i.test(s)), false);
  setText(cell, s, false);
  return false;
}

/** formulas で読んだときの値：数式ならその式、そうでなければ値（' の接頭辞は付かない）。 */
export function formulaOf(cell: FakeCell): unknown {
  return cell.formula ?? (cell.value === null ? "" : cell.value);
}

export function valueTypeOf(cell: FakeCell): string {
  if (cell.value === null) return "Empty";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return /^#[A-Z/0!?]+[!?A]?$/.test(cell.value) ? "Error" : "String";
}
