import type { ChangeSet } from "../../core/changes/types";
import { a1, cellKey } from "../../core/snapshot";
import { FLAG_COLOR as CORE_FLAG_COLOR } from "../../core/changes/flag-look";
import { encodeState, STATE_SHEET, type AddinState, type FlagWrite } from "../../core/state";

/** 強調の塗り（薄い黄）。 */
export const FLAG_COLOR = CORE_FLAG_COLOR;

/** Excel on the web の 1 回の要求の上限（5 MB）より少し下で分ける。 */
export const PAYLOAD_LIMIT = 4_500_000;

/** 「=」で始まる文字を書くと数式になるので、先頭に ' を付けて文字として書く。 */
export function asText(value: string): string {
  return value.startsWith("=") ? `'${value}` : value;
}

/** 書き込み 1 つの要求の大きさの見積もり（UTF-16 の文字数 × 2 ＋ 余白）。 */
function estimate(text: string): number {
  return text.length * 2 + 200;
}

function applyFlag(ctx: Excel.RequestContext, flag: FlagWrite, state: AddinState, fills: Map<string, string | null>): number {
  const range = ctx.workbook.worksheets.getItem(flag.sheet).getRange(a1(flag.row, flag.col));
  const key = cellKey(flag);
  if (flag.on) {
    if (!state.originals[key]) state.originals[key] = { fill: fills.get(key) ?? null, note: null };
    range.format.fill.color = FLAG_COLOR;
    return 300;
  }
  const original = state.originals[key]?.fill;
  if (typeof original === "string" && original.toUpperCase() !== "#FFFFFF") range.format.fill.color = original;
  else range.format.fill.clear();
  delete state.originals[key];
  return 300;
}

function writeState(ctx: Excel.RequestContext, state: AddinState, sheetNames: string[]): number {
  const exists = sheetNames.includes(STATE_SHEET);
  const ws = exists ? ctx.workbook.worksheets.getItem(STATE_SHEET) : ctx.workbook.worksheets.add(STATE_SHEET);
  if (!exists) ws.visibility = "VeryHidden";
  else ws.getRange("A:A").clear();
  const cells = encodeState(state).cells;
  const range = ws.getRange(`A1:A${cells.length}`);
  range.numberFormat = cells.map(() => ["@"]);
  range.values = cells.map((c) => [c]);
  return cells.reduce((n, c) => n + estimate(c), 0);
}

/**
 * 変更の一式を当てる。ふつうは context.sync() 1 回。Excel on the web の 5 MB の上限を超えそうなときだけ分けて送る。
 */
export async function applyWorkbookChanges(ctx: Excel.RequestContext, changes: ChangeSet, sheetNames: string[], fills: Map<string, string | null>, extra?: () => void): Promise<void> {
  let pending = 0;
  const flushIfFull = async (next: number): Promise<void> => {
    if (pending > 0 && pending + next > PAYLOAD_LIMIT) {
      await ctx.sync();
      pending = 0;
    }
    pending += next;
  };
  for (const w of changes.writes) {
    await flushIfFull(estimate(w.after));
    const range = ctx.workbook.worksheets.getItem(w.sheet).getRange(a1(w.row, w.col));
    if (w.after === "") range.clear("Contents");
    else range.values = [[asText(w.after)]];
  }
  const state = changes.state;
  if (state) {
    for (const flag of changes.flags) await flushIfFull(applyFlag(ctx, flag, state, fills));
    const size = JSON.stringify(state).length * 2;
    await flushIfFull(size);
    writeState(ctx, state, sheetNames);
  }
  if (extra) {
    extra();
    pending += 1;
  }
  if (pending > 0) await ctx.sync();
}
