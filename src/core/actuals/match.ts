import type { SourceText } from "../model/source-text";
import type { TargetSpec } from "../targets/target";
import { splitSubsections, subsectionFor, type Subsection } from "../targets/subsections";
import { assignFigures, type Assignment } from "./assign";
import { isSubsetTarget } from "./compatible";
import { NOT_YET_COUNTED } from "../text/word-classes";
import { candidateOf, evidenceWords, readProgress, type Figure, type ProgressReading } from "./figures";
import { resolveFigures } from "./resolve";
import { zeroReason } from "./zero";

/** 担当者に示す実績の候補（数・単位・前後の語）。 */
export interface CandidateView {
  value: number;
  unit: string;
  text: string;
}

/**
 * 見つけた実績。insertAt は進捗状況の文での注記の差し込み位置（-1 は文の中に場所がない：担当者が打ち込んだ実績）。
 * via：figures 文の数 / cancelled 中止・未実施 / planned 予定だけ / clerk 担当者が選んだ・打ち込んだ。
 */
export interface Actual {
  value: number;
  unit: string;
  evidence: string;
  via: "figures" | "cancelled" | "planned" | "clerk";
  insertAt: number;
  /** 足した部分・並べた頻度の値（1 つの数なら null） */
  parts: number[] | null;
  /** 担当者の実績なら、候補から選んだか打ち込んだか */
  source?: "candidate" | "typed";
}

/** 1 つの目標の実績の探し方の結果。 */
export interface ActualFinding {
  actual: Actual | null;
  /** 実績になり得た数（要確認のときと、複数の数から決めたとき） */
  candidates: CandidateView[];
  /** 数が複数あって決められなかった・名前が食い違う（要確認） */
  unsure: string | null;
}

type Range = [number, number];

function scopeOf(subs: Subsection[], subNo: number | null): Range[] {
  const found = subsectionFor(subs, subNo) ?? subs;
  return found.map((s) => [s.offset, s.offset + s.text.length] as Range);
}

const scopeText = (source: string, ranges: Range[]): string => ranges.map(([a, b]) => source.slice(a, b)).join("\n");
const inside = (ranges: Range[], at: number): boolean => ranges.some(([a, b]) => at >= a && at < b);

/** 閉じ括弧の後ろ（「（…4回）」なら括弧の外）を差し込み位置にする。 */
function afterClosers(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text.charAt(i) === "）" || text.charAt(i) === ")")) i++;
  return i;
}

/** 実績の根拠の語：数ごとの語（名前から数まで）。重なる範囲はまとめ、離れていれば「、」でつなぐ。 */
function evidenceOf(source: string, figures: Figure[]): string {
  const spans = figures.map((f) => [f.labelFrom, f.token.end] as Range).sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged.map(([a, b]) => evidenceWords(source.slice(a, b))).join("、");
}

/** 候補の数を文の中の順に（同じ数は 1 度だけ）。数は少ないので、配列を作り直さずに差し込んで並べる。 */
function candidatesOf(source: string, a: Assignment): CandidateView[] {
  const sorted: Figure[] = [];
  for (const list of [a.chosen, a.ambiguous, a.rejected]) {
    for (const f of list) {
      if (sorted.includes(f)) continue;
      let i = sorted.length;
      sorted.push(f);
      for (; i > 0 && (sorted[i - 1] as Figure).token.start > f.token.start; i--) sorted[i] = sorted[i - 1] as Figure;
      sorted[i] = f;
    }
  }
  return sorted.map((f) => candidateOf(source, f));
}

/** 文の数から決めた実績（根拠の語は数ごとの語、注記は最後の数の後ろ）。 */
function figureActual(t: TargetSpec, source: string, figures: Figure[], value: number, parts: number[] | null): Actual {
  const last = figures[figures.length - 1] as Figure;
  // 分数の分子（5.15/5.5人）は目標の単位で数える
  const unit = last.token.of !== undefined && t.quantity ? t.quantity.unit : last.token.unit;
  return { value, unit, evidence: evidenceOf(source, figures), via: "figures", insertAt: afterClosers(source, last.token.end), parts };
}

function findOne(
  t: TargetSpec,
  group: TargetSpec[],
  a: Assignment,
  reading: ProgressReading,
  ranges: Range[],
  fiscalYear: number | null,
): ActualFinding {
  const several = a.chosen.length + a.ambiguous.length + a.rejected.length > 1;
  if (a.chosen.length > 0) {
    const r = resolveFigures(t, a.chosen, fiscalYear);
    const candidates = several || !r.ok ? candidatesOf(reading.source, a) : [];
    if (!r.ok) return { actual: null, candidates, unsure: r.reason };
    return { actual: figureActual(t, reading.source, r.figures, r.value, r.parts), candidates, unsure: null };
  }
  const candidates = candidatesOf(reading.source, a);
  if (a.ambiguous.length > 0) return { actual: null, candidates, unsure: "どの目標の数か決められません" };
  // 中止・予定だけのときの実績 0 は、積み上がる数を増やす目標にだけ当てはまる（率・以下の目標では 0 にならない）
  // まだ集計されていない（集計中・実績値は－）なら、予定の 0 ではなく要確認
  if (NOT_YET_COUNTED.test(scopeText(reading.source, ranges)))
    return { actual: null, candidates, unsure: "今年度の実績がまだ出ていません" };
  const countable = t.kind === "cumulative" && t.quantity?.comparator === ">=";
  const zero = countable ? zeroReason(t, group, reading, ranges, a.rejected.length > 0) : null;
  if (zero) {
    const actual: Actual = {
      value: 0,
      unit: t.quantity?.unit ?? "",
      evidence: zero.words.trim(),
      via: zero.via,
      insertAt: afterClosers(reading.source, zero.insertAt),
      parts: null,
    };
    return { actual, candidates: [], unsure: null };
  }
  return { actual: null, candidates, unsure: a.rejected.length > 0 ? "単位の合う数はありますが、別の名前の数です" : null };
}

/**
 * 項目の数値目標ごとに、進捗状況の文から実績を探す（layout.md §3・§3a）。同じ小項目（（1））の中で、
 * 単位が合い、名前が最も合う目標に数を割り当て、計・部分・内訳・累計・年度の決まりで実績を決める。
 * 数がなくても、中止・見送り・しなかった や、予定しか書かれていない目標は実績 0 とする。
 * 決められないときは実績なし（要確認）で、候補の数を返す。
 */
export function findActuals(targets: TargetSpec[], progress: SourceText, fiscalYear: number | null = null): ActualFinding[] {
  if (!targets.some((t) => t.quantity)) return targets.map(() => ({ actual: null, candidates: [], unsure: null }));
  const units: string[] = [];
  for (const t of targets) if (t.quantity && !units.includes(t.quantity.unit)) units.push(t.quantity.unit);
  units.sort();
  // 単位のない 0 の目標（死亡者数ゼロ）には数える単位の数が合うので、すべての数を読む
  const anyUnit = targets.some((t) => t.quantity?.value === 0 && t.quantity.unit === "");
  const reading = readProgress(progress.text, fiscalYear, anyUnit ? null : units);
  const subs = splitSubsections(progress);
  // 同じ範囲の文を読む目標を 1 組にする（進捗状況に（1）（2）がなければ、項目の数値目標はすべて 1 組）
  const groups = new Map<string, { ranges: Range[]; targets: TargetSpec[] }>();
  const scopes = new Map<number | null, { ranges: Range[]; key: string }>();
  for (const t of targets) {
    if (!t.quantity) continue;
    let scope = scopes.get(t.subNo);
    if (!scope) {
      const ranges = scopeOf(subs, t.subNo);
      scope = { ranges, key: ranges.map((r) => r.join("-")).join(",") };
      scopes.set(t.subNo, scope);
    }
    const group = groups.get(scope.key) ?? { ranges: scope.ranges, targets: [] };
    group.targets.push(t);
    groups.set(scope.key, group);
  }
  const found = new Map<TargetSpec, ActualFinding>();
  for (const { ranges, targets: group } of groups.values()) {
    const subsets = group.some(isSubsetTarget);
    const multiYear = group.some((t) => t.multiYear);
    const years = new Set(group.map((t) => t.year));
    const usable = reading.figures.filter(
      (f) =>
        (f.role === "actual" || (subsets && f.role === "subset") || (f.earlier && (multiYear || years.has(f.token.year)))) &&
        inside(ranges, f.token.start),
    );
    const assigned = assignFigures(group, usable);
    for (const t of group) found.set(t, findOne(t, group, assigned.get(t) as Assignment, reading, ranges, fiscalYear));
  }
  return targets.map((t) => found.get(t) ?? { actual: null, candidates: [], unsure: null });
}
