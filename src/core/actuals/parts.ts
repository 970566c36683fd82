import type { TargetSpec } from "../targets/target";
import { gramOverlap, labelGrams } from "../targets/names";
import { score } from "./compatible";
import type { Figure } from "./figures";

/** 並べた語をつなぐ語（物件及び利用者登録、参加及び開催、講演会・講座）。 */
const CONJUNCTIONS = /及び|および|並びに|ならびに|・|、|，|と(?=[\u4e00-\u9fff\u30a1-\u30fa])|や/;

/** 目標が並べて数える物事（名前か、名前が短ければ取組の文）。並べていなければ [] 。 */
export function listedParts(target: TargetSpec): string[] {
  for (const text of target.actionScoped ? [target.name, target.actionContext.split("\n")[0] ?? ""] : [target.name]) {
    const parts = text
      .split(CONJUNCTIONS)
      .map((p) => p.trim())
      .filter((p) => p.length >= 2);
    if (parts.length >= 2) return parts;
  }
  return [];
}

/** 数の名前がいちばん合う、並べた物事の番号（どれとも重ならなければ -1）。 */
function partOf(parts: string[], f: Figure): number {
  let best = -1;
  let bestScore = 0;
  parts.forEach((p, i) => {
    const s = gramOverlap(labelGrams(f.core || f.label), labelGrams(p)) ?? 0;
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}

/** 数がそれぞれ、目標が並べた別々の物事の数か（物件登録 14件、利用者登録 90件 → 足す）。 */
export function areParts(target: TargetSpec, figures: Figure[]): boolean {
  const parts = listedParts(target);
  if (parts.length < 2) return false;
  const seen = new Set<number>();
  for (const f of figures) {
    const p = partOf(parts, f);
    if (p < 0 || seen.has(p)) return false;
    seen.add(p);
  }
  return true;
}

/** 名前がはっきり最もよく合う数（差が小さければ null：決められない）。 */
export function clearlyBest(target: TargetSpec, figures: Figure[], margin = 0.1): Figure | null {
  let best: Figure | null = null;
  let bestScore = -1;
  let second = -1;
  for (const f of figures) {
    const s = score(target, f) ?? 0;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = f;
    } else if (s > second) second = s;
  }
  return best && bestScore > 0 && bestScore - Math.max(second, 0) >= margin ? best : null;
}
