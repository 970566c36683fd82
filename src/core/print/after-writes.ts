import type { SheetSnapshot } from "../snapshot";
import type { CellWrite } from "../state";

/**
 * 書き込みを当てた後のシートの文字（行の高さは、（進捗…％）や備考を書いた後の文字で決める）。
 * もとのスナップショットは変えず、書き込む行だけを写す。
 */
export function sheetAfterWrites(sheet: SheetSnapshot, writes: CellWrite[]): SheetSnapshot {
  const mine = writes.filter((w) => w.sheet === sheet.name);
  if (mine.length === 0) return sheet;
  const texts = sheet.texts.slice();
  for (const w of mine) {
    const r = w.row - sheet.origin.row;
    const c = w.col - sheet.origin.col;
    if (r < 0 || c < 0) continue;
    const row = (texts[r] ?? []).slice();
    while (row.length <= c) row.push("");
    row[c] = w.after;
    while (texts.length <= r) texts.push([]);
    texts[r] = row;
  }
  return { ...sheet, texts };
}
