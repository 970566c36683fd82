import type { TargetSpec } from "../targets/target";
import type { Candidate } from "./candidates";
import { mentions, nameOverlap } from "../targets/names";

/** 単位と頻度が合うか（毎月1回 の目標には 毎月2回 の実績だけ）。 */
export function compatible(target: TargetSpec, candidate: Candidate): boolean {
  const q = target.quantity;
  if (!q || q.unit !== candidate.token.unit) return false;
  const levelPeriod = (p: string | null): string | null => (p === "年" ? null : p);
  return levelPeriod(q.period) === levelPeriod(candidate.token.period);
}

/**
 * 候補がその目標のものらしい度合い。名前がなければ null（判断材料なし）。
 * 実績の名前が目標の文脈にどれだけあるか ＋ 目標の名前が実績の名前にどれだけあるか（半分の重み）。
 */
export function score(target: TargetSpec, candidate: Candidate, withAction = false): number | null {
  if (!target.name && !withAction) return null;
  const forward = nameOverlap(candidate.label, withAction ? target.fullContext : target.context);
  if (forward === null) return null;
  const backward = nameOverlap(target.name, candidate.label) ?? 0;
  return forward + 0.5 * backward;
}

/** 候補を、単位の合う目標のうち最も名前の合うものに割り当てる。合うものがなければ null。 */
export function bestTarget(targets: TargetSpec[], candidate: Candidate): TargetSpec | null {
  let only: TargetSpec | null = null;
  let fitCount = 0;
  for (const t of targets) {
    if (!compatible(t, candidate)) continue;
    fitCount++;
    only = t;
  }
  if (fitCount === 0 || !only) return null;
  if (fitCount === 1) {
    const s = score(only, candidate, true);
    return s === null || s > 0 ? only : null;
  }
  let best: TargetSpec | null = null;
  let bestScore = 0;
  for (const t of targets) {
    if (!compatible(t, candidate)) continue;
    const s = score(t, candidate, false);
    if (s !== null && s > bestScore) {
      best = t;
      bestScore = s;
    }
  }
  return best;
}

/** 予定の数（下半期に2社導入予定）がこの目標のものか。 */
export function plannedFor(target: TargetSpec, group: TargetSpec[], candidate: Candidate): boolean {
  const fits = group.filter((t) => compatible(t, candidate));
  if (fits.length === 1) return fits[0] === target;
  return bestTarget(group, candidate) === target;
}

/** 中止などの文がこの目標のことを言っているか。 */
export function cancelApplies(target: TargetSpec, sentence: string, numericInScope: number): boolean {
  return numericInScope === 1 || mentions(sentence, target.name);
}
