/** セルの文字列の 1 行（または一部）。start・end はそのセルの文字列での位置。 */
export interface CellLine {
  row: number;
  col: number;
  start: number;
  end: number;
  text: string;
}

/**
 * 複数のセル・行にまたがる文。text は行を改行でつないだもの。
 * text の位置からセルと、そのセルの文字列の位置に戻せる（注記を差し込むため）。
 */
export class SourceText {
  readonly text: string;
  readonly lines: CellLine[];
  private readonly offsets: number[];

  constructor(lines: CellLine[]) {
    this.lines = lines;
    this.offsets = [];
    let text = "";
    lines.forEach((line, i) => {
      if (i > 0) text += "\n";
      this.offsets.push(text.length);
      text += line.text;
    });
    this.text = text;
  }

  /** text の位置 → セルとセル内の位置。 */
  locate(at: number): { row: number; col: number; offset: number } | null {
    for (let i = this.lines.length - 1; i >= 0; i--) {
      const start = this.offsets[i] ?? 0;
      const line = this.lines[i];
      if (line && at >= start) return { row: line.row, col: line.col, offset: line.start + Math.min(at - start, line.text.length) };
    }
    return null;
  }
}

/** セルの文字列を行に分ける。 */
export function cellLines(row: number, col: number, text: string): CellLine[] {
  const out: CellLine[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    const clean = part.replace(/\r$/, "");
    out.push({ row, col, start, end: start + clean.length, text: clean });
    start += part.length + 1;
  }
  return out;
}
