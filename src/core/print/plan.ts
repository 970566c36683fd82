import type { SheetEvaluation } from "../evaluate/sheet";
import type { SheetSnapshot } from "../snapshot";
import { PRINTABLE, rowHeightPoints, tableWidthPoints } from "./heights";
import type { PrintPlan } from "./types";

function tableColumns(ev: SheetEvaluation): { left: number; right: number } {
  const cols = ev.goals.flatMap((g) => {
    const c = g.goal.region.columns;
    return [c.no, c.goal, c.target, c.action, c.progress, c.mark, c.rate, c.remarks].filter((x): x is number => x !== null);
  });
  const left = Math.min(...cols, ev.grid.left);
  let right = Math.max(...cols);
  for (const g of ev.goals) for (const c of [g.goal.region.columns.progress, g.goal.region.columns.mark]) if (c !== null) right = Math.max(right, ev.grid.rightOf(g.goal.region.itemRows[0], c));
  return { left, right };
}

/** 目標の塊の始まりの行（調書形式は見出しの行、一覧形式は目標の最初の行）。 */
function blockStarts(ev: SheetEvaluation): { start: number; end: number }[] {
  return ev.goals.map((g) => {
    const r = g.goal.region;
    const start = ev.model.layout.kind === "block" ? Math.min(r.titleRows[0], r.itemRows[0]) - 1 : r.itemRows[0];
    return { start, end: r.itemRows[1] };
  });
}

/**
 * 塊の途中で切らないための改ページ：今のページに次の塊が入りきらず、その塊が 1 ページに収まるときだけ、その前で切る。
 * 高さは行の高さ（分からなければ改行の数）と、横 1 ページに合わせる縮小率から見積もる。
 */
function pageBreaks(sheet: SheetSnapshot, blocks: { start: number; end: number }[], firstRow: number, titleHeight: number, scale: number): number[] {
  const capacity = PRINTABLE.height / scale;
  const height = (from: number, to: number): number => {
    let h = 0;
    for (let r = from; r <= to; r++) h += rowHeightPoints(sheet, r);
    return h;
  };
  const breaks: number[] = [];
  let used = height(firstRow, (blocks[0]?.start ?? firstRow) - 1);
  for (const block of blocks) {
    const h = height(block.start, block.end);
    if (used > titleHeight && used + h > capacity && titleHeight + h <= capacity) {
      breaks.push(block.start);
      used = titleHeight;
    }
    used += h;
    while (used > capacity) used -= capacity - titleHeight;
  }
  return breaks;
}

function japaneseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 議会に出す PDF のための印刷の設定を作る（A4 横・横 1 ページ・見出しの繰り返し・塊ごとの改ページ・フッター）。 */
export function planPrint(ev: SheetEvaluation, asOf: string): PrintPlan {
  const { left, right } = tableColumns(ev);
  const layout = ev.model.layout;
  const top = ev.grid.top;
  const bottom = layout.legendRow ?? layout.lastRow;
  const listHeader = layout.kind === "list" ? [...layout.headerRows].filter((r) => r >= layout.firstHeaderRow) : [];
  const titleRows: [number, number] | null = layout.kind === "list" ? [layout.firstHeaderRow, Math.max(layout.firstHeaderRow, ...listHeader.filter((r) => r <= layout.firstHeaderRow + 2))] : layout.firstHeaderRow > top ? [top, layout.firstHeaderRow - 1] : null;
  const scale = Math.min(1, PRINTABLE.width / tableWidthPoints(ev.grid.sheet, left, right));
  const titleHeight = titleRows ? Array.from({ length: titleRows[1] - titleRows[0] + 1 }, (_, i) => rowHeightPoints(ev.grid.sheet, titleRows[0] + i)).reduce((a, b) => a + b, 0) : 0;
  const department = ev.model.meta.department ?? ev.model.name;
  return {
    sheet: ev.model.name,
    area: { top, left, bottom, right },
    titleRows,
    breaksBefore: pageBreaks(ev.grid.sheet, blockStarts(ev), top, titleHeight, scale),
    centerFooter: `${department}　${ev.report}（基準日 ${japaneseDate(asOf)}）　&P / &N`,
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    scale: null,
    margins: null,
    horizontalCentered: true,
  };
}
