import type { PrintPlan, RowHeight } from "../../core/print";
import { a1 } from "../../core/snapshot";

/** 印刷設定を手でするときの手順（アドインが設定できなかったときに示す）。 */
export const MANUAL_PRINT_STEPS = [
  "印刷設定は次の手順で設定してください：",
  "1. ページ レイアウト > 印刷の向き > 横、サイズ > A4",
  "2. ページ レイアウト > 拡大縮小印刷 > 横：1 ページ、縦：自動",
  "3. ページ レイアウト > 印刷タイトル > 行のタイトルに見出しの行を指定",
  "4. 表と評価基準の注記を選び、ページ レイアウト > 印刷範囲 > 印刷範囲の設定",
  "5. 挿入 > ヘッダーとフッター で、中央のフッターに部局名・基準日・ページ番号（&[ページ番号] / &[総ページ数]）",
].join("\n");

const INCH = 72;

/** 1 シートの印刷設定を積む（同期はしない）。ExcelApi 1.9 の pageLayout・horizontalPageBreaks を使う。 */
export function applyPlan(ctx: Excel.RequestContext, plan: PrintPlan): void {
  const ws = ctx.workbook.worksheets.getItem(plan.sheet);
  ws.pageLayout.orientation = "Landscape";
  ws.pageLayout.paperSize = "A4";
  // zoom は丸ごと代入する（部分の代入は効かない）
  ws.pageLayout.zoom =
    plan.scale !== null ? { scale: plan.scale } : { horizontalFitToPages: plan.fitToWidth, verticalFitToPages: plan.fitToHeight };
  ws.pageLayout.centerHorizontally = plan.horizontalCentered;
  if (plan.margins) {
    ws.pageLayout.leftMargin = plan.margins.left * INCH;
    ws.pageLayout.rightMargin = plan.margins.right * INCH;
    ws.pageLayout.topMargin = plan.margins.top * INCH;
    ws.pageLayout.bottomMargin = plan.margins.bottom * INCH;
    ws.pageLayout.headerMargin = plan.margins.header * INCH;
    ws.pageLayout.footerMargin = plan.margins.footer * INCH;
  }
  ws.pageLayout.setPrintArea(`${a1(plan.area.top, plan.area.left)}:${a1(plan.area.bottom, plan.area.right)}`);
  if (plan.titleRows) ws.pageLayout.setPrintTitleRows(`$${plan.titleRows[0] + 1}:$${plan.titleRows[1] + 1}`);
  ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = plan.centerFooter;
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of plan.breaksBefore) ws.horizontalPageBreaks.add(`A${row + 1}`);
}

/** 印刷設定の要求の大きさの見込み。 */
export function planBytes(plan: PrintPlan): number {
  return 2500 + plan.centerFooter.length * 3 + plan.breaksBefore.length * 200;
}

/**
 * 表の 1 行を文字に合わせる（書き込みの後に積むので、（進捗…％）を書いた後の文字で合う）。核が広げると決めた行だけに使う：
 * 結合したセルの文字で高さが決まらない行は Excel 自身の自動調整（format.autofitRows：Excel の文字の幅でちょうど合う）、
 * 結合したセルが決める行は核の見積もった高さ（自動調整は結合したセルを見ないため）。自動調整が使えない Excel
 * （ExcelApi 1.2 未満）も見積もった高さにする。
 */
export function fitRow(ctx: Excel.RequestContext, h: RowHeight, autofit: boolean): void {
  const format = ctx.workbook.worksheets.getItem(h.sheet).getRange(`${h.row + 1}:${h.row + 1}`).format;
  if (autofit && h.autofit) format.autofitRows();
  else format.rowHeight = h.height;
}
