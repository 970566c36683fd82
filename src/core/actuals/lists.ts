import type { Assignment } from "./assign";
import type { Figure } from "./figures";

/** 並びの次の項目までの語（読点のあと、句点・読点・数・括弧のない 12 文字まで：「、佐世保市」「、大村市と対馬市が各」）。 */
const NEXT_ITEM = /^[、,，]\s*[^、。,，()0-9\n]{0,12}$/;

/**
 * 読点で並べた同じ単位の数（移住先は長崎市487人、佐世保市199人、五島市198人）なら、並びの最初の数の番号。
 * 並びの続きでなければ null。位置は正規化後の文字列での位置（数の位置を元の文字列に直す前に呼ぶ）。
 */
export function listHeadOf(masked: string, figure: Figure, last: Figure | null): number | null {
  if (!last || last.token.unit !== figure.token.unit || last.sentence !== figure.sentence) return null;
  return NEXT_ITEM.test(masked.slice(last.token.end, figure.token.start)) ? (last.listHead ?? last.index) : null;
}

/**
 * 並びの数は同じ種類の物事の数：3 つ以上の並びで、名前が目標と食い違う数が合う数より多ければ、
 * 合う数も内訳の並び（移住先の市町別）の 1 つで、目標の数ではない。
 */
export function rejectListsOfOthers(a: Assignment): void {
  if (a.chosen.length === 0 || a.chosen.length + a.rejected.length < 3 || !a.rejected.some((f) => f.listHead !== null)) return;
  const lists = new Map<number, { chosen: Figure[]; rejected: number }>();
  const entry = (head: number): { chosen: Figure[]; rejected: number } => {
    const found = lists.get(head) ?? { chosen: [], rejected: 0 };
    lists.set(head, found);
    return found;
  };
  for (const f of a.chosen) entry(f.listHead ?? f.index).chosen.push(f);
  for (const f of a.rejected) entry(f.listHead ?? f.index).rejected++;
  for (const { chosen, rejected } of lists.values()) {
    if (chosen.length + rejected < 3 || rejected <= chosen.length) continue;
    a.chosen = a.chosen.filter((f) => !chosen.includes(f));
    a.rejected.push(...chosen);
  }
}
