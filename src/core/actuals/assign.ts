import type { TargetSpec } from "../targets/target";
import { compatible, labelFit, score } from "./compatible";
import type { Figure } from "./figures";
import { rejectListsOfOthers } from "./lists";

/** 目標ごとの数の割り当て。 */
export interface Assignment {
  /** この目標のものと決めた数 */
  chosen: Figure[];
  /** 単位は合うが、どの目標のものか決められなかった数 */
  ambiguous: Figure[];
  /** 単位は合うが、名前が別のものを指す数 */
  rejected: Figure[];
}

/** 名前の合い方の差がこれより小さければ、どちらの目標とも決めない。 */
const MARGIN = 0.1;

function emptyAssignment(): Assignment {
  return { chosen: [], ambiguous: [], rejected: [] };
}

/** 単位の合う目標が 1 つだけ：名前が食い違わなければその目標（実績・出どころ・時点だけの名前も可）。 */
function assignLone(target: TargetSpec, figure: Figure, map: Map<TargetSpec, Assignment>): void {
  const entry = map.get(target) as Assignment;
  if (labelFit(target, figure) === "conflict") entry.rejected.push(figure);
  else entry.chosen.push(figure);
}

/** 単位の合う目標が複数：名前がはっきり最もよく合う目標。決められなければ、どの目標にも「決められない数」として残す。 */
function assignAmong(fits: TargetSpec[], figure: Figure, map: Map<TargetSpec, Assignment>): void {
  let best: TargetSpec | null = null;
  let bestScore = -1;
  let second = -1;
  for (const t of fits) {
    const s = score(t, figure) ?? -1;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = t;
    } else if (s > second) second = s;
  }
  if (best && bestScore > 0 && Math.max(second, 0) <= bestScore - MARGIN) {
    (map.get(best) as Assignment).chosen.push(figure);
    return;
  }
  const list = figure.core !== "" && bestScore <= 0 ? "rejected" : "ambiguous";
  for (const t of fits) (map.get(t) as Assignment)[list].push(figure);
}

/**
 * 同じ小項目の数値目標（group）に、範囲の中の実績になり得る数を割り当てる。
 * 単位（と頻度）の合う目標が 1 つならその目標、複数なら名前のいちばん合う目標。決められない数は残す。
 */
export function assignFigures(group: TargetSpec[], figures: Figure[]): Map<TargetSpec, Assignment> {
  const map = new Map<TargetSpec, Assignment>();
  for (const t of group) map.set(t, emptyAssignment());
  for (const figure of figures) {
    const fits = group.filter((t) => compatible(t, figure));
    if (fits.length === 1) assignLone(fits[0] as TargetSpec, figure, map);
    else if (fits.length > 1) assignAmong(fits, figure, map);
  }
  for (const a of map.values()) rejectListsOfOthers(a);
  eliminate(group, map);
  return map;
}

/**
 * 決められなかった数のうち、当てはまり得る目標のなかで数のない目標が 1 つだけなら、その目標の数とする
 * （並べて書かれた目標と実績：ほかの目標はそれぞれ自分の数を持っている）。
 */
function eliminate(group: TargetSpec[], map: Map<TargetSpec, Assignment>): void {
  for (let changed = true; changed;) {
    changed = false;
    // 決められなかった数 → それを持つ目標（1 回の走査で作る）
    const holders = new Map<Figure, TargetSpec[]>();
    for (const t of group) {
      for (const f of (map.get(t) as Assignment).ambiguous) {
        const list = holders.get(f);
        if (list) list.push(t);
        else holders.set(f, [t]);
      }
    }
    for (const [figure, targets] of holders) {
      const empty = targets.filter((u) => (map.get(u) as Assignment).chosen.length === 0);
      if (empty.length !== 1 || targets.length < 2) continue;
      for (const u of targets) {
        const a = map.get(u) as Assignment;
        a.ambiguous = a.ambiguous.filter((f) => f !== figure);
      }
      (map.get(empty[0] as TargetSpec) as Assignment).chosen.push(figure);
      changed = true;
      break;
    }
  }
}
