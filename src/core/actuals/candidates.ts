import { readNumbers } from "../numbers/read-numbers";
import type { NumberToken } from "../numbers/token";
import { labelStart, nameBefore } from "../targets/names";
import { CANCELLED, PLANNED, isPlannedAfter, sentenceAt, splitSentences, type Sentence } from "./sentences";

/** 進捗状況の文の中の実績の候補（数と、その前に書かれた名前）。 */
export interface Candidate {
  token: NumberToken;
  label: string;
  /** 名前の始まり（根拠の文を切り出すため） */
  labelFrom: number;
  planned: boolean;
  sentence: Sentence;
}

/** 中止・見送り・未実施の句。 */
export interface CancelClause {
  sentence: Sentence;
  /** 中止などの語の直後の位置（注記を差し込む所） */
  wordEnd: number;
}

/** 予定の句（予定の語の直後が注記の位置）。 */
export interface PlannedClause {
  sentence: Sentence;
  wordEnd: number;
}

const AS_OF = /[（(][^（）()\n]*現在[）)]/g;
const ANNOTATION = /[（(]進捗率?[^（）()\n]*[）)]/g;

/** 名前を探すときに邪魔な（10月1日現在）や（進捗106.5％）を同じ長さの空白にする。 */
export function maskStamps(text: string): string {
  const blank = (m: string): string => " ".repeat(m.length);
  const asOf = text.includes("現在") ? text.replace(AS_OF, blank) : text;
  return asOf.includes("進捗") ? asOf.replace(ANNOTATION, blank) : asOf;
}

/** 文の中の実績の候補・予定の句・中止の句をすべて読む。 */
export function readProgress(text: string): { candidates: Candidate[]; cancels: CancelClause[]; plans: PlannedClause[] } {
  const masked = maskStamps(text);
  const sentences = splitSentences(text);
  const candidates: Candidate[] = [];
  let floor = 0;
  let floorSentence: Sentence | undefined;
  for (const token of readNumbers(text)) {
    if (token.role !== "quantity") continue;
    const sentence = sentenceAt(sentences, token.start);
    if (!sentence) continue;
    if (sentence !== floorSentence) floor = sentence.start;
    const name = nameBefore(masked, labelStart(masked, token.start, token.period !== null, floor), floor);
    candidates.push({ token, label: name.name, labelFrom: name.from, planned: isPlannedAfter(text, token.end, sentence), sentence });
    floor = token.end;
    floorSentence = sentence;
  }
  const cancels: CancelClause[] = [];
  const plans: PlannedClause[] = [];
  for (const sentence of sentences) {
    const cancel = CANCELLED.exec(sentence.text);
    if (cancel) cancels.push({ sentence, wordEnd: sentence.start + cancel.index + cancel[0].length });
    const plan = PLANNED.exec(sentence.text);
    if (plan) plans.push({ sentence, wordEnd: sentence.start + plan.index + plan[0].length });
  }
  return { candidates, cancels, plans };
}

/** 文の中の実績の数（予定・日付・年号・序数・既存の注記を除く）を、出てくる順に。 */
export function readActualFigures(text: string): { value: number; unit: string }[] {
  return readProgress(text)
    .candidates.filter((c) => !c.planned)
    .map((c) => ({ value: c.token.value, unit: c.token.unit }));
}
