import type { EvaluationReport } from "../../../src/services/workbook-service";
import type { CorpusRow } from "./rows";
import type { PlacedItem } from "./layouts";

type ItemJson = EvaluationReport["sheets"][number]["goals"][number]["items"][number];
type TargetJson = ItemJson["targets"][number];

/** 採点の数（目標・項目の数と、正しかった数）。 */
export interface Score {
  targets: number;
  ratesRight: number;
  items: number;
  marksRight: number;
  silentlyWrong: number;
  review: number;
  /** 間違えた目標の説明（報告に出す） */
  misses: string[];
  /** 要確認にしたが、コーパスでは決まる項目の説明（--asked で出す） */
  asked: string[];
}

export const emptyScore = (): Score => ({
  targets: 0,
  ratesRight: 0,
  items: 0,
  marksRight: 0,
  silentlyWrong: 0,
  review: 0,
  misses: [],
  asked: [],
});

export function addScore(a: Score, b: Score): Score {
  return {
    targets: a.targets + b.targets,
    ratesRight: a.ratesRight + b.ratesRight,
    items: a.items + b.items,
    marksRight: a.marksRight + b.marksRight,
    silentlyWrong: a.silentlyWrong + b.silentlyWrong,
    review: a.review + b.review,
    misses: [...a.misses, ...b.misses],
    asked: [...a.asked, ...b.asked],
  };
}

function findItem(doc: EvaluationReport, p: PlacedItem): ItemJson | undefined {
  return doc.sheets
    .find((s) => s.name === p.sheet)
    ?.goals.find((g) => g.no === p.goalNo)
    ?.items.find((i) => i.label === p.label);
}

/**
 * 進捗率が正しいか：要確認が正しい目標は要確認（率なし）、率のない達成（以下の目標で実績 0）は率なしで同じ状況、
 * それ以外は期待の率から 0.05 以内。
 */
export function rateRight(row: CorpusRow, item: ItemJson, t: TargetJson | undefined): boolean {
  if (row.value === null || row.status === "unknown") return item.needsReview && (t === undefined || t.progressPercent === null);
  if (!t || t.kind === "text") return false;
  if (row.rate === null) return t.progressPercent === null && t.status === row.status;
  return t.progressPercent !== null && Math.abs(t.progressPercent - row.rate) <= 0.05 + 1e-9;
}

function describe(row: CorpusRow, t: TargetJson | undefined): string {
  const got = t
    ? `${t.target ? `${t.target.value}${t.target.unit}` : "目標なし"} 実績${t.actual ? `${t.actual.value}${t.actual.unit}` : "なし"} 率${t.progressPercent ?? "なし"} ${t.status}`
    : "目標が読めていない";
  const want = `${row.value ?? "?"}${row.unit} 実績${row.actual ?? "要確認"} 率${row.rate ?? "なし"} ${row.status}`;
  return `${row.id}: 期待 ${want} ／ 結果 ${got}`;
}

/** 要確認にした理由（目標ごとの reason）。 */
function askedWhy(p: PlacedItem, item: ItemJson): string {
  const reasons = item.targets
    .filter((t) => t.needsReview)
    .map((t) => `${t.target ? `${t.target.value}${t.target.unit}` : t.text}：${t.reason}`);
  return `${p.item.rows[0]?.id}: 期待 ${p.item.mark} ／ ${reasons.join(" ／ ") || "（数値目標なし）"}`;
}

/** 要確認なしで間違えた項目の説明に付ける印（--silent で絞り込む）。 */
export const SILENT_TAG = "［黙って誤り］";

/** 1 つの項目を採点する。 */
export function scoreItem(doc: EvaluationReport, p: PlacedItem): Score {
  const score = emptyScore();
  const item = findItem(doc, p);
  score.items = 1;
  score.targets = p.item.rows.length;
  if (!item) {
    score.misses.push(`${p.item.rows[0]?.id ?? p.item.key}: 項目 ${p.goalNo}${p.label} が見つからない`);
    return score;
  }
  const numeric = item.targets.filter((t) => t.kind !== "text");
  let allRates = true;
  for (const row of p.item.rows) {
    const t = numeric[row.targetNo - 1];
    if (rateRight(row, item, t)) score.ratesRight++;
    else {
      allRates = false;
      score.misses.push(describe(row, t));
    }
  }
  const markRight = p.item.mark === "" ? item.needsReview : item.mark === p.item.mark;
  if (markRight) score.marksRight++;
  else
    score.misses.push(
      `${p.item.rows[0]?.id}: 記号 期待 ${p.item.mark || "要確認"} ／ 結果 ${item.mark ?? "なし"}${item.needsReview ? "（要確認）" : ""}`,
    );
  if (item.needsReview) score.review++;
  if (item.needsReview && p.item.mark !== "") score.asked.push(askedWhy(p, item));
  else if (!markRight || !allRates) {
    score.silentlyWrong++;
    score.misses = score.misses.map((m) => `${SILENT_TAG}${m}`);
  }
  return score;
}
