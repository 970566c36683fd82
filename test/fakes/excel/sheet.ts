/**
 * 模擬 Excel のシートのデータ（プロキシではなく、ブックの中身そのもの）。
 * 使用範囲：値の使用範囲（valuesOnly）は値か数式のあるセルだけ、ふつうの使用範囲は書式だけのセルと結合も含む
 * （Worksheet.getUsedRange(valuesOnly) の説明）。
 */
import type { MergeRange } from "../../../src/core/snapshot";
import { a1 } from "../../../src/core/snapshot";
import { blankCell, hasFormatting, hasValue, type FakeCell } from "./cells";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakePrint {
  orientation: string;
  paperSize: string;
  zoom: Record<string, number>;
  centerHorizontally: boolean;
  margins: Record<"leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin", number>;
  printArea: string | null;
  titleRows: string | null;
  centerFooter: string;
  /** 改ページの後の行（0 始まり） */
  breaks: number[];
}

export interface FakeNote {
  content: string;
  author: string;
}

export function defaultPrint(): FakePrint {
  return {
    orientation: "Portrait",
    paperSize: "A4",
    zoom: { scale: 100 },
    centerHorizontally: false,
    margins: { leftMargin: 50.4, rightMargin: 50.4, topMargin: 54, bottomMargin: 54, headerMargin: 21.6, footerMargin: 21.6 },
    printArea: null,
    titleRows: null,
    centerFooter: "",
    breaks: [],
  };
}

const key = (row: number, col: number): number => row * 16384 + col;

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  merges: MergeRange[] = [];
  showGridlines = true;
  visibility = "Visible";
  protection = { protected: false, allowFormatCells: false, allowEditObjects: false };
  print = defaultPrint();
  readonly notes = new Map<string, FakeNote>();
  readonly rowHeights = new Map<number, number>();
  /** format.autofitRows で合わせた行（試験で、見積もった高さを設定した行と見分けるため） */
  readonly autofitted = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  /** シートの範囲の名前（Print_Area など） */
  readonly names = new Set<string>();

  constructor(public name: string) {}

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  cell(row: number, col: number): FakeCell {
    let cell = this.cells.get(key(row, col));
    if (!cell) {
      cell = blankCell();
      this.cells.set(key(row, col), cell);
    }
    return cell;
  }

  *entries(): Generator<{ row: number; col: number; cell: FakeCell }> {
    for (const [k, cell] of this.cells) yield { row: Math.floor(k / 16384), col: k % 16384, cell };
  }

  /** 使用範囲。何もなければ null（getUsedRangeOrNullObject は null オブジェクトを返す）。 */
  usedBox(valuesOnly: boolean): Box | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    const grow = (r: number, c: number, r2 = r, c2 = c): void => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r2);
      right = Math.max(right, c2);
    };
    for (const { row, col, cell } of this.entries()) if (hasValue(cell) || (!valuesOnly && hasFormatting(cell))) grow(row, col);
    if (!valuesOnly) for (const m of this.merges) grow(m.top, m.left, m.bottom, m.right);
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? 15;
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? 48;
  }
}

export function boxAddress(sheet: string, box: Box): string {
  // Excel は空白や記号を含む名前、数字で始まる名前だけを ' で囲む（日本語の名前は囲まない）
  const quoted = /[\s'!,;()\-+&^%=<>{}[\]~`@#$（）]/.test(sheet) || /^\d/.test(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  const tl = a1(box.top, box.left);
  const br = a1(box.bottom, box.right);
  return `${quoted}!${tl === br ? tl : `${tl}:${br}`}`;
}

export function cellCount(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}
