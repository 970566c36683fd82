import { EvaluationError } from "../../core/errors";
import type { PrintChanges, PrintPlan } from "../../core/print";
import { writeSummary } from "./summary-sheet";
import { a1 } from "../../core/snapshot";

/** pageLayout（ExcelApi 1.9）がない Excel（Office 2019 など）で、手で設定する手順。 */
export const MANUAL_PRINT_STEPS = [
  "この Excel では印刷設定をアドインから変えられません（ExcelApi 1.9 が必要です）。次の手順で設定してください：",
  "1. ページ レイアウト > 印刷の向き > 横、サイズ > A4",
  "2. ページ レイアウト > 拡大縮小印刷 > 横：1 ページ、縦：自動",
  "3. ページ レイアウト > 印刷タイトル > 行のタイトルに見出しの行を指定",
  "4. 表と評価基準の注記を選び、ページ レイアウト > 印刷範囲 > 印刷範囲の設定",
  "5. 挿入 > ヘッダーとフッター で、中央のフッターに部局名・基準日・ページ番号（&[ページ番号] / &[総ページ数]）",
].join("\n");

function applyPlan(ctx: Excel.RequestContext, plan: PrintPlan): void {
  const ws = ctx.workbook.worksheets.getItem(plan.sheet);
  ws.pageLayout.orientation = "Landscape";
  ws.pageLayout.paperSize = "A4";
  ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  ws.pageLayout.centerHorizontally = true;
  ws.pageLayout.setPrintArea(`${a1(plan.area.top, plan.area.left)}:${a1(plan.area.bottom, plan.area.right)}`);
  if (plan.titleRows) ws.pageLayout.setPrintTitleRows(`$${plan.titleRows[0] + 1}:$${plan.titleRows[1] + 1}`);
  ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = plan.centerFooter;
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of plan.breaksBefore) ws.horizontalPageBreaks.add(`A${row + 1}`);
}

/**
 * 表の行を文字に合わせる（書き込みの後に並べるので、（進捗…％）を書いた後の文字で合う）。核が広げると決めた行だけ：
 * 結合したセルの文字で高さが決まらない行は Excel の自動調整（format.autofitRows）で、結合したセルが決める行
 * （自動調整は結合したセルを見ない）と、自動調整が使えない Excel では、核が見積もった高さにする。
 */
export function fitRowsForPrint(ctx: Excel.RequestContext, changes: PrintChanges, autofit: boolean): void {
  for (const h of changes.rowHeights) {
    const area = changes.plans.find((p) => p.sheet === h.sheet)?.area;
    const range = ctx.workbook.worksheets.getItem(h.sheet).getRange(`${a1(h.row, area?.left ?? 0)}:${a1(h.row, area?.right ?? 0)}`);
    if (autofit && h.autofit) range.format.autofitRows();
    else range.format.rowHeight = h.height;
  }
}

/** 印刷の設定と評価集計のシートを書く（同期はしない：呼び出し側の 1 回の sync にまとめる）。 */
export function queuePrint(ctx: Excel.RequestContext, changes: PrintChanges, sheetNames: string[], pageLayout: boolean): void {
  if (!pageLayout) throw new EvaluationError("requirement-set", "office", MANUAL_PRINT_STEPS);
  fitRowsForPrint(ctx, changes, pageLayout);
  for (const plan of changes.plans) applyPlan(ctx, plan);
  if (changes.summary) writeSummary(ctx, changes.summary, sheetNames);
}
