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

/** 印刷の設定と評価集計のシートを書く（同期はしない：呼び出し側の 1 回の sync にまとめる）。 */
export function queuePrint(ctx: Excel.RequestContext, changes: PrintChanges, sheetNames: string[], pageLayout: boolean): void {
  if (!pageLayout) throw new EvaluationError("requirement-set", "office", MANUAL_PRINT_STEPS);
  for (const plan of changes.plans) applyPlan(ctx, plan);
  if (changes.summary) writeSummary(ctx, changes.summary, sheetNames);
}
