/** 既存の（進捗106.5％）注記。 */
export const ANNOTATION_AT = /^[（(]進捗率?\s*[0-9０-９.．]+\s*[％%][）)]/;

/** セル文字列への差し込み 1 つ。rate が null なら、その位置の注記を取り除くだけ（書かない）。 */
export interface Insertion {
  offset: number;
  rate: string | null;
}

export function annotationText(rate: string): string {
  return `（進捗${rate}％）`;
}

/**
 * セルの文字列に（進捗…％）を差し込む。差し込む位置の直後に注記がすでにあれば置き換える
 * （何度実行しても 1 つだけ）。rate が null の差し込みは、そこにある注記を消すだけ。後ろから順に当てるので位置がずれない。
 */
export function applyInsertions(text: string, insertions: Insertion[]): string {
  const sorted = [...insertions].sort((a, b) => b.offset - a.offset);
  let out = text;
  let lastOffset = Number.POSITIVE_INFINITY;
  for (const ins of sorted) {
    if (ins.offset === lastOffset) continue;
    lastOffset = ins.offset;
    const existing = ANNOTATION_AT.exec(out.slice(ins.offset));
    const cut = existing ? existing[0].length : 0;
    out = out.slice(0, ins.offset) + (ins.rate === null ? "" : annotationText(ins.rate)) + out.slice(ins.offset + cut);
  }
  return out;
}

/** Excel のセルに入る文字数の上限。 */
export const EXCEL_CELL_LIMIT = 32767;
