import type { TargetSpec } from "../targets/target";
import { aboutTarget, compatible, plannedFor } from "./compatible";
import type { Figure, ProgressReading, Sentence } from "./figures";
import type { PredicateHit } from "./predicates";
import { SHORTFALL_STEMS } from "../text/word-classes";

type Range = [number, number];

/** 実績 0 の根拠：中止・未実施などの語か、予定しか書かれていないこと。 */
export interface ZeroReason {
  via: "cancelled" | "planned";
  /** 根拠の句 */
  words: string;
  /** 注記を差し込む位置（中止・予定の語の直後） */
  insertAt: number;
}

/** 否定が「目標に届かなかった」（達成できなかった・未達成）なら、行わなかったことではない（実績は 0 ではない）。 */
function shortfall(source: string, hit: PredicateHit): boolean {
  const words = source.slice(Math.max(0, hit.at - 3), hit.end);
  return SHORTFALL_STEMS.some((w) => words.includes(w));
}

const inside = (ranges: Range[], at: number): boolean => ranges.some(([a, b]) => at >= a && at < b);

/** 述語 hit の句（前の述語の後ろから hit まで）。 */
function clauseOf(reading: ProgressReading, hit: PredicateHit): { text: string; start: number } {
  const sentence = reading.sentences.find((s) => hit.at >= s.start && hit.at < s.end) as Sentence | undefined;
  const floor = sentence?.start ?? 0;
  let start = floor;
  for (const h of reading.predicates) if (h.kind !== "future" && h.end <= hit.at && h.end > start) start = h.end;
  return { text: reading.source.slice(start, hit.end), start };
}

function sentenceText(reading: ProgressReading, at: number): string {
  const s = reading.sentences.find((x) => at >= x.start && at < x.end);
  return s ? reading.source.slice(s.start, s.end) : "";
}

/**
 * 実績の数が見つからない目標の実績 0 の根拠を探す：その目標の名前が出てくる句が 中止・見送り・しなかった などで
 * 終わる（範囲の数値目標が 1 つだけなら名前がなくても）、その目標の予定の数がある、その目標の予定の文がある。
 * othersNamed（単位の合う別の名前の数がある）なら、名前を挙げた中止だけを根拠にする。
 */
export function zeroReason(
  target: TargetSpec,
  group: TargetSpec[],
  reading: ProgressReading,
  ranges: Range[],
  othersNamed = false,
): ZeroReason | null {
  const hits = reading.predicates.filter((h) => inside(ranges, h.at));
  const negations = hits.filter((h) => h.kind === "negated" && !shortfall(reading.source, h));
  const named = negations.find((h) => aboutTarget(target, clauseOf(reading, h).text));
  if (named) return { via: "cancelled", words: clauseOf(reading, named).text, insertAt: named.end };
  // 単位の合う別の名前の数があるときは、名前を挙げた中止のほかは 0 としない（要確認）
  if (othersNamed) return null;
  const planned = reading.figures.find(
    (f: Figure) => f.role === "plan" && inside(ranges, f.token.start) && compatible(target, f) && plannedFor(target, group, f),
  );
  if (planned) {
    const word = hits.find((h) => h.kind === "plan" && h.at >= planned.token.end);
    return { via: "planned", words: sentenceText(reading, planned.token.start).trim(), insertAt: word?.end ?? planned.token.end };
  }
  const plan = hits.find((h) => h.kind === "plan" && aboutTarget(target, sentenceText(reading, h.at)));
  if (plan) return { via: "planned", words: sentenceText(reading, plan.at).trim(), insertAt: plan.end };
  const sole = group.length === 1 ? negations[0] : undefined;
  if (sole) return { via: "cancelled", words: clauseOf(reading, sole).text, insertAt: sole.end };
  return null;
}
