import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { XlsxWorkbook } from "../adapters/xlsx";
import { trackTemp, untrackTemp } from "../adapters/xlsx/temp-files";
import { printCopyChanges } from "../core/print";
import { sheetAfterWrites } from "../core/print/after-writes";
import { flagLabelWrites } from "../core/print/flag-labels";
import type { EvaluateOutcome } from "../services/evaluation-service";
import { convertToPdf } from "./libreoffice";

/** 進み具合を書く口（CLI の標準エラー）。 */
export interface PdfIo {
  err: (text: string) => void;
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
  // the sheets as the evaluation read them from this very package (with each cell's text style and the default
  // font size), so the copy does not read the workbook a second time
  const written = result.sheets.map((s) => sheetAfterWrites(s.evaluation.grid.sheet, changes.writes));
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
    await copy.writeTo(xlsx);
    io.err("PDF に変換しています（LibreOffice）…\n");
    await convertToPdf(xlsx, target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    untrackTemp(dir);
  }
}
