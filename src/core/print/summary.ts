import type { EvaluatedSheet } from "../evaluate-workbook";
import type { Mark } from "../evaluate/types";
import { japaneseDate, japaneseFiscalYear } from "./dates";
import { EXCEL, LIBREOFFICE, type Renderer } from "./renderers";
import { summaryContent, MARKS, type BehindTarget, type GoalCounts, type ReviewLine } from "./summary-content";
import { layoutRows, type DraftRow } from "./summary-layout";
import { GRID, SUMMARY_FONT, SUMMARY_STYLES } from "./summary-style";
import { SUMMARY_SHEET, type SummaryCell, type SummarySheet } from "./types";

/** 評価集計の余白（インチ）：フッターなしの 1 ページ。 */
export const SUMMARY_MARGINS = { left: 0.4, right: 0.4, top: 0.35, bottom: 0.35, header: 0.2, footer: 0.2 };

const c = (col: number, span: number, text: string, style: string): SummaryCell => ({ col, span, text, style });
const spacer = (height: number): DraftRow => ({ cells: [], minHeight: height });

function headingRows(sheets: EvaluatedSheet[]): DraftRow[] {
  const first = sheets[0]?.evaluation;
  const when = first ? `${japaneseFiscalYear(first.fiscalYear)} ${first.report}（基準日 ${japaneseDate(first.asOf)}）` : "";
  const departments = sheets.map((s) => s.evaluation.model.meta.department ?? s.evaluation.model.name).join("、");
  return [
    { cells: [c(0, 18, `評価集計　${when}`, "title"), c(18, GRID.columns - 18, `担当部局：${departments}`, "subtitleRight")] },
    spacer(4),
  ];
}

/** 目標ごとの表の列：目標・重点目標・◎○△×・要確認・棒の絵（棒は項目の最も多い目標に合わせて 6〜12 マス）。 */
function goalColumns(goals: GoalCounts[]): { title: number; counts: number; review: number; bar: number; cells: number } {
  const cells = Math.min(12, Math.max(6, ...goals.map((g) => g.marks.length)));
  const bar = GRID.columns - cells;
  return { title: bar - 8, counts: bar - 6, review: bar - 2, bar, cells };
}

/** 棒の絵：項目ごとに 1 マス（多ければ割合で縮める）、記号の順に塗り、記号を書く。 */
function barCells(marks: (Mark | null)[], from: number, cells: number): SummaryCell[] {
  const scale = marks.length > cells ? cells / marks.length : 1;
  const out: SummaryCell[] = [];
  for (const m of [...MARKS, null]) {
    const n = marks.filter((x) => x === m).length;
    const width = n === 0 ? 0 : Math.max(1, Math.round(n * scale));
    for (let i = 0; i < width && out.length < cells; i++) out.push(c(from + out.length, 1, m ?? "－", `bar${m ?? "－"}`));
  }
  return out;
}

function goalRows(goals: GoalCounts[], total: GoalCounts): DraftRow[] {
  const col = goalColumns(goals);
  const counts = (g: GoalCounts, style: string): SummaryCell[] => [
    ...MARKS.map((m, i) => c(col.counts + i, 1, String(g.counts[m]), style)),
    c(col.review, 2, String(g.review), style),
  ];
  const perCell = goals.some((g) => g.marks.length > col.cells) ? "（マスは項目の割合）" : "（1 マス＝1 項目）";
  const header: DraftRow = {
    cells: [
      c(0, 2, "目標", "header"),
      c(2, col.title, "重点目標", "header"),
      ...MARKS.map((m, i) => c(col.counts + i, 1, m, "header")),
      c(col.review, 2, "要確認", "header"),
      c(col.bar, col.cells, `内訳${perCell}`, "header"),
    ],
  };
  const rows = goals.map((g): DraftRow => ({
    cells: [c(0, 2, g.label, "center"), c(2, col.title, g.title, "text"), ...counts(g, "count"), ...barCells(g.marks, col.bar, col.cells)],
  }));
  const items = total.marks.length;
  const share = MARKS.map((m) => `${m}${items ? Math.round((total.counts[m] * 100) / items) : 0}％`).join(" ");
  const sum: DraftRow = {
    cells: [
      c(0, col.counts, `合計（${items} 項目${total.none ? `、記号なし ${total.none}` : ""}）`, "totalLabel"),
      ...counts(total, "total"),
      c(col.bar, col.cells, share, "share"),
    ],
  };
  const legend = "◎ 目標を上回る進捗　○ 目標どおり進捗　△ 未進捗の部分あり　× 全て目標未進捗（要確認は 3 を参照）";
  return [
    { cells: [c(0, 8, "1　目標ごとの進捗度", "section"), c(8, GRID.columns - 8, legend, "sectionNote")] },
    spacer(3),
    header,
    ...rows,
    sum,
  ];
}

function behindRows(list: BehindTarget[], more: number): DraftRow[] {
  const header: DraftRow = {
    cells: [
      c(0, 10, "目標・項目", "header"),
      c(10, 3, "実績", "header"),
      c(13, 3, "目標", "header"),
      c(16, 2, "進捗率", "header"),
      c(18, 2, "期待進捗", "header"),
      c(20, 12, "理由（進捗状況の記述）", "header"),
    ],
  };
  // 同じ目標で前の行と同じ理由（同じ文から読んだ実績）は「同上」と書く
  const reason = (b: BehindTarget, i: number): string =>
    i > 0 && list[i - 1]?.goal === b.goal && list[i - 1]?.reason === b.reason ? "同上" : b.reason;
  const rows = list.map((b, i): DraftRow => ({
    cells: [
      c(0, 10, `${b.goal}　${b.name}`, "text"),
      c(10, 3, b.actual, "number"),
      c(13, 3, b.target, "number"),
      c(16, 2, b.rate, "number"),
      c(18, 2, b.expected, "number"),
      c(20, 12, reason(b, i), "text"),
    ],
  }));
  const body =
    list.length === 0 && more === 0 ? [{ cells: [c(0, GRID.columns, "遅れている数値目標はありません。", "text")] }] : [header, ...rows];
  return [
    spacer(4),
    { cells: [c(0, GRID.columns, "2　遅れている数値目標（進捗率が期待進捗を下回るもの）", "section")] },
    spacer(3),
    ...body,
    ...moreRow(more),
  ];
}

/** 要確認の項目：目標ごとに、左右 2 列に並べる。 */
function reviewRows(list: ReviewLine[], more: number): DraftRow[] {
  const half = GRID.columns / 2;
  const pair = (r: ReviewLine, at: number): SummaryCell[] => [c(at, 2, r.goal, "center"), c(at + 2, half - 2, r.items, "text")];
  const rows: DraftRow[] = [];
  const down = Math.ceil(list.length / 2);
  for (let i = 0; i < down; i++) {
    const right = list[i + down];
    rows.push({ cells: [...pair(list[i] as ReviewLine, 0), ...(right ? pair(right, half) : [])] });
  }
  const header: DraftRow = {
    cells: [
      c(0, 2, "目標", "header"),
      c(2, half - 2, "項目と記号", "header"),
      ...(list.length > 1 ? [c(half, 2, "目標", "header"), c(half + 2, half - 2, "項目と記号", "header")] : []),
    ],
  };
  const body =
    list.length === 0 && more === 0 ? [{ cells: [c(0, GRID.columns, "要確認の項目はありません。", "text")] }] : [header, ...rows];
  const title = "3　要確認（文から記号の案を出した項目と、実績を読み取れない数値目標のある項目：担当者が確かめます）";
  return [spacer(4), { cells: [c(0, GRID.columns, title, "section")] }, spacer(3), ...body, ...moreRow(more)];
}

const moreRow = (more: number): DraftRow[] =>
  more > 0
    ? [
        {
          cells: [
            c(0, GRID.columns, `ほか ${more} 件（1 ページに収めるため省きました。各シートの注記と作業ウィンドウで確かめられます）`, "note"),
          ],
        },
      ]
    : [];

/**
 * 1 ページの「評価集計」：目標ごと・合計の ◎○△× の数と棒の絵、遅れている数値目標（実績・目標・進捗率・期待進捗・理由）、
 * 要確認の項目。行の高さは renderers のどれで描いても文字が切れず罫線に触れない高さにし、8 pt 以上で 1 ページに
 * 入らなければ、長い方の一覧の終わりを「ほか N 件」にする。目標の表だけで 1 ページを超えるとき（部局が多いブック）は
 * 省かずに、縦は何ページでも印刷する。
 */
export function buildSummary(sheets: EvaluatedSheet[], renderers: Renderer[] = [LIBREOFFICE, EXCEL]): SummarySheet {
  const content = summaryContent(sheets);
  const lay = (behind: number, review: number) =>
    layoutRows(
      [
        ...headingRows(sheets),
        ...goalRows(content.goals, content.total),
        ...behindRows(content.behind.slice(0, behind), content.behind.length - behind),
        ...reviewRows(content.review.slice(0, review), content.review.length - review),
      ],
      renderers,
      SUMMARY_MARGINS,
    );
  const sheet = (laid: ReturnType<typeof lay>, onePage: boolean): SummarySheet => ({
    name: SUMMARY_SHEET,
    font: SUMMARY_FONT,
    columnWidths: Array.from({ length: GRID.columns }, () => GRID.width),
    rows: laid.rows,
    styles: SUMMARY_STYLES,
    margins: SUMMARY_MARGINS,
    onePage,
  });
  let behind = content.behind.length;
  let review = content.review.length;
  const all = lay(behind, review);
  if (all.fits) return sheet(all, true);
  if (!lay(0, 0).fits) return sheet(all, false);
  for (;;) {
    if (behind >= review) behind--;
    else review--;
    const laid = lay(behind, review);
    if (laid.fits) return sheet(laid, true);
  }
}
