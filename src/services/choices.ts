import { EvaluationError } from "../core/errors";
import type { WorkbookEvaluation } from "../core/evaluate-workbook";
import { progressCellOf, progressHash, type ClerkChoice } from "../core/evaluate/choices";
import { staleChoices } from "../core/report/json";

/** どの項目のどの目標か（シート・進捗状況の最初のセル・項目の目標の並びでの位置 0 始まり）。 */
export interface TargetRef {
  sheet: string;
  progressCell: string;
  targetIndex: number;
}

/** 担当者が決めた実績（候補から、または打ち込み）。 */
export interface ChoiceRequest extends TargetRef {
  value: number;
  /** 空なら目標の単位 */
  unit: string;
  source: ClerkChoice["source"];
  evidence: string;
}

const sameTarget = (c: ClerkChoice, ref: TargetRef): boolean =>
  c.sheet === ref.sheet && c.progressCell === ref.progressCell && c.targetIndex === ref.targetIndex;

function notFound(ref: TargetRef, why: string): EvaluationError {
  return new EvaluationError(
    "usage",
    "core",
    `シート「${ref.sheet}」の ${ref.progressCell} の項目の ${ref.targetIndex + 1} 番目の目標に、実績を付けられません：${why}。`,
    "評価の結果（作業ウィンドウか --json）で、項目の進捗状況のセルと目標の番号を確かめてください。",
  );
}

/** 評価の結果から、担当者の実績を 1 つ作る（目標の文と進捗状況の文の要約値を埋める）。 */
export function buildChoice(result: WorkbookEvaluation, request: ChoiceRequest): ClerkChoice {
  const sheet = result.sheets.find((s) => s.evaluation.model.name === request.sheet);
  const item = sheet?.evaluation.goals.flatMap((g) => g.items).find((i) => progressCellOf(i.item) === request.progressCell);
  if (!item) throw notFound(request, "その進捗状況のセルの項目が見つかりません");
  const target = item.targets[request.targetIndex];
  const quantity = target?.spec.quantity;
  if (!target || !quantity) throw notFound(request, target ? "数値の目標ではありません" : "その番号の目標はありません");
  if (!Number.isFinite(request.value)) throw notFound(request, "実績が数ではありません");
  if (request.unit !== "" && request.unit !== quantity.unit)
    throw notFound(request, `実績の単位「${request.unit}」が目標の単位「${quantity.unit}」と違います`);
  return {
    sheet: request.sheet,
    progressCell: request.progressCell,
    itemLabel: item.item.label,
    targetIndex: request.targetIndex,
    targetText: target.spec.text,
    progressHash: progressHash(item.item.progress.text),
    value: request.value,
    unit: quantity.unit,
    source: request.source,
    evidence: request.evidence,
  };
}

/** 同じ目標の実績を置き換えた（または外した）並び。 */
export function replaceChoice(choices: readonly ClerkChoice[], ref: TargetRef, next: ClerkChoice | null): ClerkChoice[] {
  const rest = choices.filter((c) => !sameTarget(c, ref));
  return next ? [...rest, next] : rest;
}

/** 使えなくなった（文や目標が変わった）担当者の実績を除いた並びと、その知らせ。 */
export function dropStale(result: WorkbookEvaluation, choices: ClerkChoice[]): { choices: ClerkChoice[]; notes: string[] } {
  const stale = staleChoices(result);
  if (stale.length === 0) return { choices, notes: [] };
  const kept = choices.filter((c) => !stale.includes(c));
  const where = stale.map((c) => `${c.sheet}!${c.progressCell} ${c.itemLabel}（${c.value}${c.unit}）`).join("、");
  return {
    choices: kept,
    notes: [`進捗状況の文か目標が変わったため、担当者が選んだ実績を使わず、記録から外しました：${where}。必要ならもう一度選んでください。`],
  };
}

/** 候補の番号（0 から）から、担当者の実績の指定を作る（CLI の --actual …=候補2）。 */
export function candidateRequest(result: WorkbookEvaluation, ref: TargetRef, index: number): ChoiceRequest {
  const sheet = result.sheets.find((s) => s.evaluation.model.name === ref.sheet);
  const item = sheet?.evaluation.goals.flatMap((g) => g.items).find((i) => progressCellOf(i.item) === ref.progressCell);
  const candidates = item?.targets[ref.targetIndex]?.candidates ?? [];
  const c = candidates[index];
  if (!c)
    throw notFound(ref, candidates.length === 0 ? "候補がありません（数を直接指定してください）" : `候補は ${candidates.length} つです`);
  return { ...ref, value: c.value, unit: c.unit, source: "candidate", evidence: c.text };
}
