import type { SheetSnapshot } from "../snapshot";
import { DEFAULT_TEXT_STYLE, type Renderer } from "./renderers";
import { DEFAULT_COLUMN_WIDTH } from "./row-fit";
import { charWidthsFor } from "./cell-height";
import { lineWidth, widestUnit } from "./text-metrics";

/** 短い文字（記号・番号・「進捗度」など）は折り返さないよう、その幅より列を狭めない。 */
const SHORT_TEXT = 6;

interface ColumnNeed {
  col: number;
  /** 今の幅（pt） */
  current: number;
  /** これより狭くしない（pt）：切れない単位・短い文字が 1 行に入る幅 */
  floor: number;
  /** これより広げても行は減らない（pt）：いちばん長い段落が 1 行に入る幅 */
  ceiling: number;
}

/** 文字の幅 textPt を置くのに要る列の幅（pt）。 */
function columnFor(renderer: Renderer, textPt: number): number {
  let lo = textPt;
  let hi = textPt * 2 + 20;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (renderer.textArea(mid) >= textPt) hi = mid;
    else lo = mid;
  }
  return hi;
}

function needsOf(
  sheet: SheetSnapshot,
  area: { top: number; left: number; bottom: number; right: number },
  renderer: Renderer,
): ColumnNeed[] {
  const size = sheet.defaultFontSize ?? 11;
  const spanning = new Set<string>();
  for (const m of sheet.merges) if (m.right > m.left) for (let r = m.top; r <= m.bottom; r++) spanning.add(`${r}:${m.left}`);
  const needs: ColumnNeed[] = [];
  for (let col = area.left; col <= area.right; col++) {
    const current = renderer.columnPoints(sheet.columnWidths?.[col] ?? DEFAULT_COLUMN_WIDTH, size);
    let floor = 0;
    let ceiling = 0;
    for (let row = area.top; row <= area.bottom; row++) {
      const text = sheet.texts[row - sheet.origin.row]?.[col - sheet.origin.col] ?? "";
      if (text === "" || spanning.has(`${row}:${col}`)) continue;
      const style = sheet.textStyles?.[row - sheet.origin.row]?.[col - sheet.origin.col] ?? DEFAULT_TEXT_STYLE;
      const width = charWidthsFor(renderer, style);
      const longest = Math.max(...text.split(/\r?\n/).map((p) => lineWidth(p, width)));
      const short = [...text].length <= SHORT_TEXT;
      floor = Math.max(floor, columnFor(renderer, short ? longest : widestUnit(text, width)));
      ceiling = Math.max(ceiling, columnFor(renderer, longest));
    }
    needs.push({ col, current, floor: Math.min(floor, current), ceiling: Math.max(ceiling, current) });
  }
  return needs;
}

/** 倍率 f で広げ・狭めた幅（下限と上限の間）。 */
const scaled = (n: ColumnNeed, f: number): number => (f < 1 ? Math.max(n.floor, n.current * f) : Math.min(n.ceiling, n.current * f));

/**
 * 議会用 PDF の写しの列の幅：表の幅を target（pt）に合わせる。広すぎれば文字の列を同じ割合で狭め（記号・番号の列と
 * 切れない単位の幅は残す）、狭すぎれば 1 行に収まる幅まで同じ割合で広げる。担当者の列の比率をなるべく保つ。
 * 返すのは列ごとの幅（Excel の単位）。変えなくてよければ空。
 */
export function printColumnWidths(
  sheet: SheetSnapshot,
  area: { top: number; left: number; bottom: number; right: number },
  renderer: Renderer,
  target: number,
): Map<number, number> {
  const needs = needsOf(sheet, area, renderer);
  const total = (f: number): number => needs.reduce((sum, n) => sum + scaled(n, f), 0);
  const now = total(1);
  if (Math.abs(now - target) < 1) return new Map();
  let lo = now > target ? 0 : 1;
  let hi = now > target ? 1 : 16;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (total(mid) > target) hi = mid;
    else lo = mid;
  }
  const size = sheet.defaultFontSize ?? 11;
  const widths = new Map<number, number>();
  for (const n of needs) {
    const points = scaled(n, lo);
    if (Math.abs(points - n.current) > 0.5) widths.set(n.col, Math.round(renderer.columnUnits(points, size) * 100) / 100);
  }
  return widths;
}
