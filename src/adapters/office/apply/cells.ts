import { a1 } from "../../../core/snapshot";
import type { CellWrite } from "../../../core/state";
import type { QueuedOp } from "../batches";
import { jsonStringBytes, OPERATION_OVERHEAD } from "../budget";
import { needsQuotePrefix, textInput } from "../text-input";

/** 記号・（進捗…％）・進捗率・備考を書く操作。文字は文字のまま入るように書く（text-input.ts）。空は空に戻す。 */
export function cellOps(ctx: Excel.RequestContext, writes: CellWrite[]): QueuedOp[] {
  return writes.map((w) => ({
    bytes: OPERATION_OVERHEAD + jsonStringBytes(w.after) + 1,
    queue: () => {
      ctx.workbook.worksheets.getItem(w.sheet).getRange(a1(w.row, w.col)).values = [[textInput(w.after)]];
    },
  }));
}

/** 読み返して確かめるセルの上限（応答を小さく保つ）。 */
const VERIFY_LIMIT = 2000;

/**
 * ' を付けて書いたセルを、同じ最後の同期で読み返す操作と、その結果の確かめ。
 * Excel が ' を文字の印として扱わなかったら（値が書いた文字と違えば）、どのセルかを知らせる。
 */
export function verifier(ctx: Excel.RequestContext, writes: CellWrite[]): { queue: () => void; problems: () => string[] } {
  const checked = writes.filter((w) => needsQuotePrefix(w.after)).slice(0, VERIFY_LIMIT);
  let loads: { w: CellWrite; range: Excel.Range }[] = [];
  return {
    queue: () => {
      loads = checked.map((w) => ({ w, range: ctx.workbook.worksheets.getItem(w.sheet).getRange(a1(w.row, w.col)).load("values") }));
    },
    problems: () => {
      const bad = loads
        .filter(({ w, range }) => String(range.values[0]?.[0] ?? "") !== w.after)
        .map(({ w }) => `${w.sheet}!${a1(w.row, w.col)}`);
      return bad.length === 0
        ? []
        : [
            `次のセルは、Excel が文字のままにせず読み替えたおそれがあります。内容を確かめてください：${bad.slice(0, 10).join("、")}${bad.length > 10 ? " ほか" : ""}。`,
          ];
    },
  };
}
