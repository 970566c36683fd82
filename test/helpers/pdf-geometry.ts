import { execFileSync } from "node:child_process";

/**
 * PDF のページの上の文字と罫線を読む試験の道具（poppler の pdftotext -bbox と pdftoppm）。座標は pt、上が 0。
 */
export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Rule {
  y: number;
  x1: number;
  x2: number;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
}

/** ページの単語と、その箱。 */
export function pdfWords(pdf: string, page: number): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: unescape(m[5] ?? ""),
  }));
}

/** 全角の文字（漢字・かな・全角の記号）だけの単語：Noto Sans CJK では 1 字の幅が文字の大きさ（1 em）。 */
const FULL_WIDTH = /^[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e]{3,}$/u;

/** 全角の単語の 1 字の幅から読んだ、印刷された文字の大きさ（pt）。 */
export function printedSizes(words: Word[]): { word: string; size: number }[] {
  return words.filter((w) => FULL_WIDTH.test(w.text)).map((w) => ({ word: w.text, size: (w.xMax - w.xMin) / [...w.text].length }));
}

/** ページを灰色の画像にして、長い横の黒い線（表の罫線）を探す。 */
export function horizontalRules(pdf: string, page: number, minLength = 40): Rule[] {
  const dpi = 144;
  const pgm = execFileSync("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString("latin1"));
  if (!header) throw new Error("pdftoppm の画像が読めません");
  const [, w, h] = header.map(Number) as [number, number, number];
  const offset = header[0].length;
  const scale = 72 / dpi;
  const rules: Rule[] = [];
  for (let y = 0; y < h; y++) {
    let start = -1;
    for (let x = 0; x <= w; x++) {
      const dark = x < w && (pgm[offset + y * w + x] ?? 255) < 110;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        if ((x - start) * scale >= minLength) rules.push({ y: (y + 0.5) * scale, x1: start * scale, x2: x * scale });
        start = -1;
      }
    }
  }
  return rules;
}

/**
 * 罫線が文字を横切っている単語（行の高さが足りず、下の罫線が文字に食い込んでいる）。
 * 箱の上と下の少しは字の形のない余白なので、その内側を罫線が通るときだけ数える。
 */
export function wordsCrossedByRules(words: Word[], rules: Rule[]): Word[] {
  return words.filter((word) => {
    const h = word.yMax - word.yMin;
    const top = word.yMin + 0.2 * h;
    const bottom = word.yMax - 0.25 * h;
    return rules.some((r) => r.y > top && r.y < bottom && r.x1 < word.xMax - 1 && r.x2 > word.xMin + 1);
  });
}
