import type { CellTextStyle } from "../snapshot";
import { charWidthEm } from "./text-metrics";

/**
 * 表を描くアプリの寸法の決まり（列幅の単位・文字の幅・セルの余白・行の高さ）。
 * 議会用 PDF は LibreOffice が描き、担当者のブックは Excel でも LibreOffice でも開かれる。
 */
export interface Renderer {
  name: "libreoffice" | "excel";
  /** 列幅（Excel の単位：標準の文字の数）→ pt */
  columnPoints(width: number, defaultFontSize: number): number;
  /** pt → 列幅（Excel の単位） */
  columnUnits(points: number, defaultFontSize: number): number;
  /** 列の幅（pt）のうち、文字を置ける幅（pt） */
  textArea(columnPoints: number): number;
  /** 1 文字の幅（pt） */
  charWidth(ch: string, style: CellTextStyle): number;
  /** 行の端の余裕（em）：折り返しの位置の細かな違いで 1 行増えても切れないように、行に入る幅をこれだけ狭く見る */
  slackEm: number;
  /** 1 行の高さ（pt）。latinOnly は英数字だけの行 */
  lineHeight(style: CellTextStyle, latinOnly: boolean): number;
  /** セルの上下の余白の合計（pt） */
  paddingY: number;
  /** 文字のある行の最も低い高さ（pt） */
  minRowHeight(defaultFontSize: number): number;
}

/** 文字の見た目が分からないときの既定（Excel の標準：11 pt、表のセルは折り返しあり）。 */
export const DEFAULT_TEXT_STYLE: CellTextStyle = { size: 11, font: null, bold: false, wrap: true };

const PT_PER_PX = 0.75;
/** 画面の 96 dpi での文字の大きさ（px、整数に丸める）。 */
const ppem = (size: number): number => Math.round((size * 4) / 3);
/** Noto Sans CJK JP の上と下の高さ（em）と DejaVu Sans の上と下の高さ（em）。 */
const CJK = { ascent: 1.16, descent: 0.288 };
const LATIN = { ascent: 1901 / 2048, descent: 483 / 2048 };
const linePx = (size: number, font: { ascent: number; descent: number }): number =>
  Math.round(font.ascent * ppem(size)) + Math.round(font.descent * ppem(size));

/**
 * LibreOffice 7.4（日本語のフォントのない機械）：和文は Noto Sans CJK JP、英数字は DejaVu Sans。画面（最適な行の高さ）では
 * 96 dpi の整数の px に丸めて並べ（11 pt の全角は 15 px＝11.25 pt）、PDF では丸めずに描く（9 pt の行は画面 12.75 pt、
 * PDF 13.03 pt）。どちらでも切れないよう、幅も行の高さも大きい方をとる。列幅の単位は標準のフォントの数字の幅
 * （DejaVu Sans 0.636 em）。文字を置ける幅は列の幅の約 95％（測った値の下側）、上下の余白は約 1.5 pt。
 * test/print-heights.test.ts が LibreOffice 自身の「最適な行の高さ」と比べて確かめる。
 */
export const LIBREOFFICE: Renderer = {
  name: "libreoffice",
  columnPoints: (width, size) => width * 0.636 * size,
  columnUnits: (points, size) => points / (0.636 * size),
  textArea: (points) => Math.min(points * 0.94, points * 0.964 - 3),
  charWidth: (ch, style) => {
    const em = charWidthEm(ch, style.bold);
    return Math.max(Math.round(em * ppem(style.size) + 0.2) * PT_PER_PX, em * style.size);
  },
  slackEm: 0.5,
  lineHeight: (style, latinOnly) => {
    const font = latinOnly ? LATIN : CJK;
    return Math.max(linePx(style.size, font) * PT_PER_PX, style.size * (font.ascent + font.descent)) + 0.05;
  },
  paddingY: 1.6,
  minRowHeight: (size) => linePx(size, LATIN) * PT_PER_PX + 0.35,
};

/** Excel の 1 行の高さ（em）：游ゴシック・メイリオは高く、ＭＳ ゴシックは低い。 */
function excelLineEm(font: string | null): number {
  if (font && /游|Yu |メイリオ|Meiryo|UD/i.test(font)) return 1.7;
  if (font && /ＭＳ|MS |Osaka/i.test(font)) return 1.25;
  return 1.36;
}

/**
 * Excel：列幅の単位は標準のフォントの数字の幅（11 pt で 7 px）で、そのうち 5 px は余白。
 * LibreOffice より列が狭く（同じ列幅で約 3/4）、折り返しが多くなる。文字の幅は LibreOffice と同じ（広めの）見積もり。
 */
export const EXCEL: Renderer = {
  name: "excel",
  columnPoints: (width, size) => width * 7 * (size / 11) * PT_PER_PX,
  columnUnits: (points, size) => points / (7 * (size / 11) * PT_PER_PX),
  textArea: (points) => points - 5 * PT_PER_PX - 1,
  charWidth: (ch, style) => charWidthEm(ch, style.bold) * style.size,
  slackEm: 0.5,
  lineHeight: (style) => style.size * excelLineEm(style.font) + 0.25,
  paddingY: 2,
  minRowHeight: (size) => size * 1.36,
};
