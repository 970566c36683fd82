import { readPredicates } from "../actuals/figures";
import type { PredicateHit, PredicateKind } from "../actuals/predicates";

/** 数値のない目標の状況。 */
export type TextStatus = "done" | "under-way" | "not-done" | "unknown";

/** 文から読んだ状況と、その根拠の語。 */
export interface TextReading {
  status: TextStatus;
  /** 根拠の語（「行われなかった」「開催され」「協議を行った」…）。出てきた順、重複なし */
  words: string[];
}

/** 述語の種類 → 文の状況。 */
const STATUS_OF: Record<Exclude<PredicateKind, "future">, TextStatus> = {
  done: "done",
  negated: "not-done",
  plan: "under-way",
  ongoing: "under-way",
  deliberation: "under-way",
};

/**
 * 進捗状況の文から、完了・実施中・未実施を読み取る（候補。担当者の確認が要る）。
 * 句ごとの述語（実施した・予定・しなかった・協議を行った…）を見て、すべて完了なら done、すべて未実施なら not-done、
 * 混ざっていれば under-way。述語がなければ unknown。名詞を修飾する「予定」（終了予定の団体）や、
 * 名詞として使われた動作名詞（講座開催の可否）は述語にしない。
 */
export function readTextStatus(text: string): TextReading {
  const hits = readPredicates(text).filter((h): h is PredicateHit & { kind: Exclude<PredicateKind, "future"> } => h.kind !== "future");
  const words: string[] = [];
  for (const h of hits) if (!words.includes(h.word)) words.push(h.word);
  if (hits.length === 0) return { status: "unknown", words };
  const statuses = hits.map((h) => STATUS_OF[h.kind]);
  if (statuses.every((s) => s === "done")) return { status: "done", words };
  if (statuses.every((s) => s === "not-done")) return { status: "not-done", words };
  return { status: "under-way", words };
}

/** 進捗状況の文から、完了・実施中・未実施を読み取る（根拠の語は readTextStatus）。 */
export function textStatus(text: string): TextStatus {
  return readTextStatus(text).status;
}

/** 文の状況からの進捗度の候補。 */
export function markForText(status: TextStatus): "○" | "△" | "×" | null {
  return status === "done" ? "○" : status === "under-way" ? "△" : status === "not-done" ? "×" : null;
}
