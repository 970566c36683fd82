import { promises as fs, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { XlsxWorkbook } from "../adapters/xlsx";
import { Book } from "../adapters/xlsx/book";
import { OoxmlPackage } from "../adapters/xlsx/package";
import type { Styles } from "../adapters/xlsx/styles";
import { trackTemp, untrackTemp } from "../adapters/xlsx/temp-files";
import { attribute, unescapeXml } from "../adapters/xlsx/xml";
import { printCopyChanges } from "../core/print";
import { sheetAfterWrites } from "../core/print/after-writes";
import { flagLabelWrites } from "../core/print/flag-labels";
import { parseA1, type CellTextStyle, type SheetSnapshot } from "../core/snapshot";
import type { WorkbookPort } from "../port";
import type { EvaluateOutcome } from "../services/evaluation-service";
import { convertToPdf } from "./libreoffice";

/** 進み具合を書く口（CLI の標準エラー）。 */
export interface PdfIo {
  err: (text: string) => void;
}

/** フォントの要素から、大きさ・名前・太字（ExcelJS は 10.5 pt を 10 と読むので、自分で読む）。 */
function fontOf(xml: string | null): Omit<CellTextStyle, "wrap"> {
  const size = Number(/<(?:\w+:)?sz\b[^>]*\bval="([\d.]+)"/.exec(xml ?? "")?.[1] ?? 11);
  const name = /<(?:\w+:)?name\b[^>]*\bval="([^"]*)"/.exec(xml ?? "")?.[1];
  const bold = /<(?:\w+:)?b(?:\s*\/>|\s*>|\s+val="(?:1|true)")/.test(xml ?? "");
  return { size, font: name === undefined ? null : unescapeXml(name), bold };
}

/** セルの書式の番号 → 文字の見た目（フォントと、折り返すか）。 */
function styleReader(styles: Styles | null): (s: number) => CellTextStyle {
  const cache = new Map<number, CellTextStyle>();
  return (s) => {
    const known = cache.get(s);
    if (known) return known;
    const xf = styles?.cellXf(s) ?? "";
    const style = {
      ...fontOf(styles?.font(Number(attribute(xf, "fontId") ?? 0)) ?? null),
      wrap: /<(?:\w+:)?alignment\b[^>]*\bwrapText="(?:1|true)"/.test(xf),
    };
    cache.set(s, style);
    return style;
  };
}

/**
 * .xlsx のバイト列から、シートのセルの文字の見た目（大きさ・フォント・太字・折り返し）と、ブックの標準の文字の大きさを
 * 足す関数を作る（パッケージの style シートとシートの XML を読む）。読み取り（src/adapters/xlsx）が textStyles を
 * 埋めるようになれば、埋まっているシートはそのまま使う。
 */
function textStylesOf(data: Buffer): (sheet: SheetSnapshot) => SheetSnapshot {
  const book = new Book(OoxmlPackage.read(data));
  const styleOf = styleReader(book.styles());
  const defaultFontSize = fontOf(book.styles()?.font(0) ?? null).size;
  return (sheet) => {
    const entry = book.sheet(sheet.name);
    const xml = entry ? book.sheetXml(entry) : null;
    if (sheet.textStyles || !xml) return sheet;
    const textStyles: (CellTextStyle | null)[][] = sheet.texts.map((row) => row.map(() => null));
    for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*>/g)) {
      const at = parseA1(attribute(m[0], "r") ?? "");
      const row = at ? textStyles[at.row - sheet.origin.row] : undefined;
      if (at && row && at.col - sheet.origin.col < row.length) row[at.col - sheet.origin.col] = styleOf(Number(attribute(m[0], "s") ?? 0));
    }
    return { ...sheet, textStyles, defaultFontSize };
  };
}

/**
 * 読んだスナップショットに文字の見た目を足す口（評価も印刷の行の高さも、実際のフォントの大きさで見積もるため）。
 * 書き込みはそのまま .xlsx のアダプターに渡す。
 */
export async function withPrintStyles(book: XlsxWorkbook): Promise<WorkbookPort> {
  const styled = textStylesOf(book.toBuffer());
  return {
    origin: book.origin,
    read: async () => {
      const read = await book.read();
      return { ...read, snapshot: { ...read.snapshot, sheets: read.snapshot.sheets.map(styled) } };
    },
    apply: (changes) => book.apply(changes),
  };
}

/**
 * 議会用 PDF の写しを作る：評価する前のブックの複製（pristine）に、評価の変更の一式（記号・（進捗…％）・強調・
 * 評価集計）と、A4 の幅に合わせた列幅、LibreOffice で文字が切れない行の高さ（担当者の高さより低くはしない）、
 * 未達の項目の「未達」の文字を当てる。担当者のブックは変えない。
 */
export async function councilCopy(
  pristine: XlsxWorkbook,
  outcome: EvaluateOutcome,
): Promise<{ copy: XlsxWorkbook; tooTall: { sheet: string; row: number }[] }> {
  const { result, changes } = outcome;
  const styled = textStylesOf(pristine.toBuffer());
  const written = pristine.snapshot().sheets.map((s) => sheetAfterWrites(styled(s), changes.writes));
  const labels = flagLabelWrites(result, written);
  const print = printCopyChanges(
    result,
    written.map((s) => sheetAfterWrites(s, labels)),
    changes.print?.summary?.name ?? null,
  );
  await pristine.apply({ ...changes, writes: [...changes.writes, ...labels], print });
  return { copy: pristine, tooTall: print.tooTall ?? [] };
}

/**
 * 議会用 PDF を作る：評価する前のブックの複製（pristine）から写しを作って一時フォルダーに保存し、LibreOffice で
 * target に PDF にする（target は呼び出し側の一時ファイル：ほかの書き出しとそろえて置き換える）。
 */
export async function writeCouncilPdf(pristine: XlsxWorkbook, outcome: EvaluateOutcome, target: string, io: PdfIo): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juten-xlsx-"));
  trackTemp(dir);
  try {
    const xlsx = path.join(dir, "report.xlsx");
    const { copy, tooTall } = await councilCopy(pristine, outcome);
    for (const t of tooTall)
      io.err(
        `注意：シート「${t.sheet}」の ${t.row + 1} 行目は文字が多く、1 ページに入る高さを超えるため、PDF では途中までしか印刷されません。文を短くするか、行を分けてください。\n`,
      );
    await fs.writeFile(xlsx, copy.toBuffer());
    io.err("PDF に変換しています（LibreOffice）…\n");
    await convertToPdf(xlsx, target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    untrackTemp(dir);
  }
}
