import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { XlsxWorkbook } from "../adapters/xlsx";
import { emptyChanges } from "../core/changes/types";
import type { WorkbookEvaluation } from "../core/evaluate-workbook";
import { printCopyChanges } from "../core/print";
import { sheetAfterWrites } from "../core/print/after-writes";
import { flagLabelWrites } from "../core/print/flag-labels";
import type { CellTextStyle, SheetSnapshot } from "../core/snapshot";
import type { WorkbookPort } from "../port";
import { convertToPdf } from "./libreoffice";

/** 進み具合を書く口（CLI の標準エラー）。 */
export interface PdfIo {
  err: (text: string) => void;
}

/**
 * セルの文字の見た目（大きさ・フォント・太字・折り返し）をスナップショットに足す。
 * 読み取り（src/adapters/xlsx/snapshot.ts）が textStyles を埋めるようになれば、それをそのまま使う。
 */
export function withTextStyles(workbook: ExcelJS.Workbook, sheet: SheetSnapshot): SheetSnapshot {
  const ws = workbook.getWorksheet(sheet.name);
  if (sheet.textStyles || !ws) return sheet;
  const textStyles = sheet.texts.map((row, r) =>
    row.map((text, c): CellTextStyle | null => {
      const cell = ws.getCell(r + sheet.origin.row + 1, c + sheet.origin.col + 1);
      if (text === "" && !cell.font) return null;
      return { size: cell.font?.size ?? 11, font: cell.font?.name ?? null, bold: cell.font?.bold === true, wrap: cell.alignment?.wrapText === true };
    }),
  );
  return { ...sheet, textStyles };
}

/**
 * 読んだスナップショットに文字の見た目を足す口（評価も印刷の行の高さも、実際のフォントの大きさで見積もるため）。
 * 書き込みはそのまま .xlsx のアダプターに渡す。
 */
export function withPrintStyles(book: XlsxWorkbook): WorkbookPort {
  return {
    origin: book.origin,
    read: async () => {
      const read = await book.read();
      return { ...read, snapshot: { ...read.snapshot, sheets: read.snapshot.sheets.map((s) => withTextStyles(book.workbook, s)) } };
    },
    apply: (changes) => book.apply(changes),
  };
}

/**
 * 議会用 PDF の写しを作る：評価して書き込んだブックの複製に、A4 の幅に合わせた列幅、LibreOffice で文字が切れない
 * 行の高さ、未達の項目の「未達」の文字を当てる。担当者のブック（book）は変えない。
 */
export async function councilCopy(book: XlsxWorkbook, result: WorkbookEvaluation): Promise<XlsxWorkbook> {
  const copy = await book.clone();
  const read = copy.snapshot().sheets.map((s) => withTextStyles(copy.workbook, s));
  const labels = flagLabelWrites(result, read);
  const print = printCopyChanges(result, read.map((s) => sheetAfterWrites(s, labels)));
  await copy.apply({ ...emptyChanges(), writes: labels, print });
  return copy;
}

/** 評価したブックから議会用 PDF を作る（写しを一時フォルダーに保存し、LibreOffice で PDF にする）。 */
export async function writeCouncilPdf(book: XlsxWorkbook, result: WorkbookEvaluation, target: string, io: PdfIo): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juten-xlsx-"));
  try {
    const xlsx = path.join(dir, "report.xlsx");
    await (await councilCopy(book, result)).save(xlsx);
    io.err("PDF に変換しています（LibreOffice）…\n");
    await convertToPdf(xlsx, target);
    io.err(`PDF を書き出しました：${target}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
