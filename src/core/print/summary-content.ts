import type { EvaluatedSheet } from "../evaluate-workbook";
import { formatExpected, formatRate, withUnit } from "../evaluate/format";
import type { ItemEvaluation, Mark, TargetEvaluation } from "../evaluate/types";

export const MARKS: Mark[] = ["◎", "○", "△", "×"];

/** 目標 1 つの ◎○△× の数と、項目ごとの記号（棒の絵のため、並びは ◎○△×・記号なし）。 */
export interface GoalCounts {
  /** 目標の番号（シートが複数ならシート名つき） */
  label: string;
  title: string;
  counts: Record<Mark, number>;
  /** 記号のない項目 */
  none: number;
  review: number;
  marks: (Mark | null)[];
}

/** 遅れている数値目標 1 つ。 */
export interface BehindTarget {
  goal: string;
  /** 項目・小項目・違う言葉で 1 つに決まる名前（「②講座（講演会・講座各2回以上）」） */
  name: string;
  mark: string;
  actual: string;
  target: string;
  rate: string;
  expected: string;
  /** 遅れの理由：実績を読んだ進捗状況の記述 */
  reason: string;
}

/** 要確認の項目を、目標ごとに 1 行にまとめたもの。 */
export interface ReviewLine {
  goal: string;
  items: string;
}

/** 評価集計に載せる中身。 */
export interface SummaryContent {
  goals: GoalCounts[];
  total: GoalCounts;
  behind: BehindTarget[];
  review: ReviewLine[];
}

/**
 * 目標の名前：項目の番号・小項目の番号・目標の文。同じ項目の中に同じ文の目標がほかにあれば（「講演会・講座各2回以上」）、
 * 違う言葉（講演会・講座）を前に出して見分けられるようにする。
 */
export function targetName(item: ItemEvaluation, t: TargetEvaluation): string {
  const shared = item.targets.filter((x) => x.spec.label === t.spec.label && x.spec.text === t.spec.text).length > 1;
  const words = shared ? `${t.spec.name}（${t.spec.text}）` : t.spec.text;
  return `${item.item.label}${t.spec.label}${words}`;
}

/** 要確認の項目の書き方：実績の読めない数値目標があれば「①○（総会）」、文から記号の案を出したものは「①○」。 */
function reviewEntry(item: ItemEvaluation, mark: string | null): { unread: boolean; text: string } {
  const unread = item.targets.filter((t) => t.spec.quantity && t.status === "unknown").map((t) => t.spec.name);
  const label = `${item.item.label}${mark ?? "－"}`;
  return unread.length > 0 ? { unread: true, text: `${label}（${unread.join("・")}）` } : { unread: false, text: label };
}

/** 目標 1 つの要確認の項目を 1 行に：「文から記号の案：①○ ②△　／　実績を読み取れない：③○（総会）」。 */
function reviewLine(entries: { unread: boolean; text: string }[]): string {
  const fromText = entries.filter((e) => !e.unread).map((e) => e.text);
  const unread = entries.filter((e) => e.unread).map((e) => e.text);
  return [fromText.length ? `文から記号の案：${fromText.join(" ")}` : "", unread.length ? `実績を読み取れない：${unread.join(" ")}` : ""]
    .filter(Boolean)
    .join("　／　");
}

function reasonOf(t: TargetEvaluation): string {
  if (!t.actual) return t.reason;
  return t.actual.via === "planned" ? `予定のみ：${t.actual.evidence}` : t.actual.evidence;
}

function emptyCounts(label: string, title: string): GoalCounts {
  return { label, title, counts: { "◎": 0, "○": 0, "△": 0, "×": 0 }, none: 0, review: 0, marks: [] };
}

/** 評価の結果から、評価集計の中身を集める。 */
export function summaryContent(sheets: EvaluatedSheet[]): SummaryContent {
  const total = emptyCounts("合計", "");
  const goals: GoalCounts[] = [];
  const behind: BehindTarget[] = [];
  const review: ReviewLine[] = [];
  for (const s of sheets) {
    s.evaluation.goals.forEach((g, gi) => {
      const label = `${sheets.length > 1 ? s.evaluation.model.name + " " : ""}${g.goal.no ?? ""}`;
      const counts = emptyCounts(label, g.goal.title);
      const reviews: { unread: boolean; text: string }[] = [];
      g.items.forEach((item, ii) => {
        const mark = (s.decisions[gi]?.[ii]?.mark ?? null) as Mark | null;
        const known = mark !== null && MARKS.includes(mark);
        for (const c of [counts, total]) {
          if (known) c.counts[mark] += 1;
          else c.none += 1;
          if (item.needsReview) c.review += 1;
          c.marks.push(known ? mark : null);
        }
        if (item.needsReview) reviews.push(reviewEntry(item, mark));
        for (const t of item.targets) {
          if (t.status !== "behind" || !t.spec.quantity) continue;
          behind.push({
            goal: label,
            name: targetName(item, t),
            mark: mark ?? "－",
            actual: t.actual ? withUnit(t.actual.value, t.actual.unit) : "－",
            target: withUnit(t.spec.quantity.value, t.spec.quantity.unit) + (t.spec.quantity.comparator === "<=" ? "以下" : ""),
            rate: t.progressPercent === null ? "－" : `${formatRate(t.progressPercent)}％`,
            expected: t.expectedPercent === null ? "－" : `${formatExpected(t.expectedPercent)}％`,
            reason: reasonOf(t),
          });
        }
      });
      counts.marks.sort((a, b) => order(a) - order(b));
      goals.push(counts);
      if (reviews.length > 0) review.push({ goal: label, items: reviewLine(reviews) });
    });
  }
  total.marks.sort((a, b) => order(a) - order(b));
  return { goals, total, behind, review };
}

const order = (m: Mark | null): number => (m === null ? MARKS.length : MARKS.indexOf(m));
