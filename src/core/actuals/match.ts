import type { SourceText } from "../model/source-text";
import type { TargetSpec } from "../targets/target";
import { splitSubsections, subsectionFor, type Subsection } from "../targets/subsections";
import { readProgress, type Candidate } from "./candidates";
import { bestTarget, cancelApplies, plannedFor } from "./compatible";
import { mentions } from "../targets/names";

/** 見つけた実績。insertAt は進捗状況の文での注記の差し込み位置。 */
export interface Actual {
  value: number;
  unit: string;
  evidence: string;
  via: "figures" | "cancelled" | "planned";
  insertAt: number;
}

type Range = [number, number];

function scopeOf(subs: Subsection[], subNo: number | null): Range[] {
  const found = subsectionFor(subs, subNo) ?? subs;
  return found.map((s) => [s.offset, s.offset + s.text.length] as Range);
}

const inside = (ranges: Range[], at: number): boolean => ranges.some(([a, b]) => at >= a && at < b);
const overlaps = (ranges: Range[], s: { start: number; end: number }): boolean => ranges.some(([a, b]) => s.end > a && s.start < b);

/** 閉じ括弧の後ろ（「（…4回）」なら括弧の外）を差し込み位置にする。 */
function afterClosers(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text.charAt(i) === "）" || text.charAt(i) === ")")) i++;
  return i;
}

/** 根拠の文の頭の ①・（1）・中黒・空白を落とす。 */
function stripMarkers(text: string): string {
  return text.replace(/^[\s\u3000、，,・･]*([①-⑳])?[\s\u3000・･]*([（(][0-9０-９]{1,2}[）)])?[\s\u3000、，,・･]*/, "").replace(/^[（(]/, "").trim();
}

function fromFigures(text: string, chosen: Candidate[]): Actual | null {
  const first = chosen[0];
  const last = chosen[chosen.length - 1];
  if (!first || !last) return null;
  const value = chosen.reduce((sum, c) => sum + c.token.value, 0);
  const evidence = stripMarkers(text.slice(first.labelFrom, last.token.end));
  return { value, unit: first.token.unit, evidence, via: "figures", insertAt: afterClosers(text, last.token.end) };
}

function zeroActual(target: TargetSpec, text: string, at: number, sentence: { start: number; end: number }, via: Actual["via"]): Actual {
  const evidence = stripMarkers(text.slice(sentence.start, sentence.end));
  return { value: 0, unit: target.quantity?.unit ?? "", evidence, via, insertAt: afterClosers(text, at) };
}

/**
 * 項目の数値目標ごとに、進捗状況の文から実績を探す。同じ小項目（（1））の中で、
 * 単位が合い、名前が最も合う目標に数を割り当て、同じ目標の数は合計する（物件登録14件＋利用者登録90件）。
 * 数がなくても、中止・見送り・未実施や、予定しか書かれていない目標は実績 0 とする。
 */
export function findActuals(targets: TargetSpec[], progress: SourceText): (Actual | null)[] {
  const text = progress.text;
  const { candidates, cancels, plans } = readProgress(text);
  const subs = splitSubsections(progress);
  const scopes = targets.map((t) => scopeOf(subs, t.subNo));
  const chosen = new Map<TargetSpec, Candidate[]>();
  const groups = new Map<string, TargetSpec[]>();
  targets.forEach((t) => {
    if (!t.quantity) return;
    const key = String(t.subNo);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  });
  for (const group of groups.values()) {
    const ranges = scopes[targets.indexOf(group[0] as TargetSpec)] ?? [];
    for (const c of candidates) {
      if (c.planned || !inside(ranges, c.token.start)) continue;
      const target = bestTarget(group, c);
      if (target) chosen.set(target, [...(chosen.get(target) ?? []), c]);
    }
  }
  return targets.map((t, i) => {
    if (!t.quantity) return null;
    const figures = fromFigures(text, chosen.get(t) ?? []);
    if (figures) return figures;
    const ranges = scopes[i] ?? [];
    const numeric = groups.get(String(t.subNo))?.length ?? 0;
    const group = groups.get(String(t.subNo)) ?? [t];
    const plannedFigure = candidates.find((c) => c.planned && inside(ranges, c.token.start) && plannedFor(t, group, c));
    const plan = plannedFigure
      ? plans.find((p) => p.sentence === plannedFigure.sentence)
      : plans.find((p) => overlaps(ranges, p.sentence) && mentions(p.sentence.text, t.name));
    if (plan) return zeroActual(t, text, plan.wordEnd, plan.sentence, "planned");
    const cancel = cancels.find((c) => overlaps(ranges, c.sentence) && cancelApplies(t, c.sentence.text, numeric));
    if (cancel) return zeroActual(t, text, cancel.wordEnd, cancel.sentence, "cancelled");
    return null;
  });
}
