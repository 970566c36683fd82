import { DEFAULT_ROW_HEIGHT } from "./row-fit";

/** 目標の塊（調書形式は見出しの行から、一覧形式は目標の最初の行から、最後の項目の行まで）。 */
export interface Block {
  start: number;
  end: number;
}

export interface PageBreakInput {
  /** 行の高さ（pt、印刷するときの高さ） */
  heights: Map<number, number>;
  blocks: Block[];
  top: number;
  bottom: number;
  /** 2 ページ目からも上に繰り返す行 */
  titleRows: [number, number] | null;
  /** 1 ページに入る高さ（pt、縮小を戻した値） */
  capacity: number;
}

/**
 * 目標の塊の途中で切らないための改ページ：次の塊が今のページの残りに入らなければ、その前で切る
 * （ページにほかの塊があるときだけ）。それ以外は印刷するアプリと同じく、入らない行の前で次のページにする。
 */
export function pageBreaks(input: PageBreakInput): number[] {
  const height = (r: number): number => input.heights.get(r) ?? DEFAULT_ROW_HEIGHT;
  const span = (from: number, to: number): number => {
    let h = 0;
    for (let r = from; r <= to; r++) h += height(r);
    return h;
  };
  const title = input.titleRows ? span(input.titleRows[0], input.titleRows[1]) : 0;
  const starts = new Map(input.blocks.map((b) => [b.start, b]));
  const breaks: number[] = [];
  let used = 0;
  let hasBlock = false;
  for (let r = input.top; r <= input.bottom; r++) {
    const block = starts.get(r);
    if (block) {
      if (hasBlock && used + span(block.start, block.end) > input.capacity && r > input.top) {
        breaks.push(r);
        used = title;
      }
      hasBlock = true;
    }
    const h = height(r);
    if (used + h > input.capacity && used > title) used = title;
    used += h;
  }
  return breaks;
}
