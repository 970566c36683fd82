import { CANCELLED, PLANNED, splitSentences } from "../actuals/sentences";

/** 数値のない目標の状況。 */
export type TextStatus = "done" | "under-way" | "not-done" | "unknown";

const UNDER_WAY = /(準備中|準備を|検討中|検討を進め|調整中|協議中|進めている|実施中|向けて|予定|見込)/;
const DONE = /(完了|実施|開催|決定|作成|配布|派遣|発行|導入|策定|設立|提出|掲載|開講|支援|行った|行い|得た|提供|把握|集約|出席|図った|促した|定住|起業|表彰|設置|締結|達成|説明|得た|行われ)/;

function classify(sentence: string): TextStatus | null {
  if (CANCELLED.test(sentence)) return UNDER_WAY.test(sentence.replace(CANCELLED, "")) ? "under-way" : "not-done";
  if (PLANNED.test(sentence) || UNDER_WAY.test(sentence)) return "under-way";
  if (DONE.test(sentence)) return "done";
  return null;
}

/** 進捗状況の文から、完了・実施中・未実施を読み取る（候補。担当者の確認が要る）。 */
export function textStatus(text: string): TextStatus {
  const found = splitSentences(text).map((s) => classify(s.text)).filter((s): s is TextStatus => s !== null);
  if (found.length === 0) return "unknown";
  if (found.every((s) => s === "done")) return "done";
  if (found.every((s) => s === "not-done")) return "not-done";
  return "under-way";
}

/** 文の状況からの進捗度の候補。 */
export function markForText(status: TextStatus): "○" | "△" | "×" | null {
  return status === "done" ? "○" : status === "under-way" ? "△" : status === "not-done" ? "×" : null;
}
