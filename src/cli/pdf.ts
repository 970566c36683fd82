import { promises as fs, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { XlsxWorkbook } from "../adapters/xlsx";
import { trackTemp, untrackTemp } from "../adapters/xlsx/temp-files";
import { printCopyChanges } from "../core/print";
import { sheetAfterWrites } from "../core/print/after-writes";
import { flagLabelWrites } from "../core/print/flag-labels";
import type { CellTextStyle, SheetSnapshot } from "../core/snapshot";
import type { WorkbookPort } from "../port";
import type { EvaluateOutcome } from "../services/evaluation-service";
import { convertToPdf } from "./libreoffice";

/** 進み具合を書く口（CLI の標準エラー）。 */
export interface PdfIo {
  err: (text: string) => void;
}

/** ExcelJS のセルの文字の見た目（フォントも配置も決めていないセルは null：既定とみなす）。 */
export function excelTextStyle(cell: ExcelJS.Cell, text: string): CellTextStyle | null {
  if (text === "" && !cell.font) return null;
  return { size: cell.font?.size ?? 11, font: cell.font?.name ?? null, bold: cell.font?.bold === true, wrap: cell.alignment?.wrapText === true };
}

/**
 * .xlsx のバイト列から、シートのセルの文字の見た目（大きさ・フォント・太字・折り返し）を足す関数を作る。
 * 読み取り（src/adapters/xlsx）が textStyles を埋めるようになれば、埋まっているシートはそのまま使う。
 */
async function textStylesOf(data: Buffer): Promise<(sheet: SheetSnapshot) => SheetSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return (sheet) => {
    const ws = wb.getWorksheet(sheet.name);
    if (sheet.textStyles || !ws) return sheet;
    const textStyles = sheet.texts.map((row, r) => row.map((text, c) => excelTextStyle(ws.getCell(r + sheet.origin.row + 1, c + sheet.origin.col + 1), text)));
    return { ...sheet, textStyles };
  };
}

/**
 * 読んだスナップショットに文字の見た目を足す口（評価も印刷の行の高さも、実際のフォントの大きさで見積もるため）。
 * 書き込みはそのまま .xlsx のアダプターに渡す。
 */
export async function withPrintStyles(book: XlsxWorkbook): Promise<WorkbookPort> {
  const styled = await textStylesOf(book.toBuffer());
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
export async function councilCopy(pristine: XlsxWorkbook, outcome: EvaluateOutcome): Promise<{ copy: XlsxWorkbook; tooTall: { sheet: string; row: number }[] }> {
  const { result, changes } = outcome;
  const styled = await textStylesOf(pristine.toBuffer());
  const written = pristine.snapshot().sheets.map((s) => sheetAfterWrites(styled(s), changes.writes));
  const labels = flagLabelWrites(result, written);
  const print = printCopyChanges(result, written.map((s) => sheetAfterWrites(s, labels)), changes.print?.summary?.name ?? null);
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
    for (const t of tooTall) io.err(`注意：シート「${t.sheet}」の ${t.row + 1} 行目は文字が多く、1 ページに入る高さを超えるため、PDF では途中までしか印刷されません。文を短くするか、行を分けてください。\n`);
    await fs.writeFile(xlsx, copy.toBuffer());
    io.err("PDF に変換しています（LibreOffice）…\n");
    await convertToPdf(xlsx, target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    untrackTemp(dir);
  }
}
