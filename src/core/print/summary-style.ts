import type { Mark } from "../evaluate/types";
import type { SummaryStyle } from "./types";

/** 評価集計の方眼：32 列 × 3.4（LibreOffice で約 762 pt、A4 横の余白 0.4 インチの内側に等倍で入る）。 */
export const GRID = { columns: 32, width: 3.4 };
/** 評価集計のフォント（Windows の Excel にあり、LibreOffice では Noto Sans CJK JP と DejaVu Sans で描く）。 */
export const SUMMARY_FONT = "ＭＳ ゴシック";
/** 罫線と文字の間に、上下それぞれこれだけ空ける（pt）。 */
export const CELL_PADDING = 0.8;
/** 字下げ 1 段の幅（pt、Excel・LibreOffice とも約 1 文字）。行の高さの見積もりでは文字を置ける幅から引く。 */
export const INDENT_POINTS = 10;

/**
 * 棒の絵の色：◎ 濃い紺・○ 青・△ 薄い青・× 白。灰色に刷っても 4 段の濃さで分かれ、マスには記号も書く
 * （色と濃さだけに頼らない）。作業ウィンドウのグラフも同じ並び。
 */
export const MARK_COLORS: Record<Mark | "none", { fill: string; text: string }> = {
  "◎": { fill: "#1F3864", text: "#FFFFFF" },
  "○": { fill: "#2E75B6", text: "#FFFFFF" },
  "△": { fill: "#9DC3E6", text: "#000000" },
  "×": { fill: "#FFFFFF", text: "#000000" },
  none: { fill: "#F2F2F2", text: "#000000" },
};

const RULE = "#7F7F7F";
const base: SummaryStyle = {
  size: 9,
  bold: false,
  color: "#000000",
  fill: null,
  horizontal: "left",
  vertical: "middle",
  wrap: true,
  indent: 0,
  border: "none",
  borderColor: RULE,
};
const cell = (over: Partial<SummaryStyle>): SummaryStyle => ({ ...base, border: "all", indent: 1, ...over });

function barStyle(mark: Mark | "none"): SummaryStyle {
  const c = MARK_COLORS[mark];
  return cell({ bold: true, horizontal: "center", indent: 0, fill: c.fill, color: c.text, wrap: false });
}

/** 評価集計の見た目の一覧（名前 → 見た目）。 */
export const SUMMARY_STYLES: Record<string, SummaryStyle> = {
  title: { ...base, size: 14, bold: true, wrap: false },
  subtitleRight: { ...base, color: "#404040", horizontal: "right", vertical: "bottom", wrap: false },
  section: { ...base, size: 10.5, bold: true, color: "#1F3864", border: "bottom", borderColor: "#1F3864", wrap: false },
  sectionNote: {
    ...base,
    color: "#404040",
    horizontal: "right",
    vertical: "bottom",
    border: "bottom",
    borderColor: "#1F3864",
    wrap: false,
  },
  header: cell({ bold: true, horizontal: "center", fill: "#DDEBF7", indent: 0 }),
  text: cell({}),
  center: cell({ horizontal: "center", indent: 0 }),
  number: cell({ horizontal: "right" }),
  count: cell({ horizontal: "center", indent: 0, wrap: false }),
  totalLabel: cell({ bold: true, fill: "#F2F2F2" }),
  total: cell({ bold: true, fill: "#F2F2F2", horizontal: "center", indent: 0, wrap: false }),
  share: cell({ fill: "#F2F2F2", wrap: false }),
  note: { ...base, color: "#404040" },
  "bar◎": barStyle("◎"),
  "bar○": barStyle("○"),
  "bar△": barStyle("△"),
  "bar×": barStyle("×"),
  "bar－": barStyle("none"),
};
