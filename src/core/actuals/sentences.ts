/** 文（。か改行で区切った範囲）。 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charAt(i);
    if (i === text.length || ch === "。" || ch === "\n") {
      const end = ch === "。" ? i + 1 : i;
      if (text.slice(start, end).trim()) out.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return out;
}

export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => at >= s.start && at < s.end) ?? sentences[sentences.length - 1];
}

/** 予定・見込みを表す語（この語で終わる句は実績ではない）。 */
export const PLANNED = /(予定|見込み|見込|準備中|計画中|計画して|検討中|目指す|めざす)/;
/** 句が実績として終わったことを示す語。 */
export const COMPLETED = /(し、|した|った|いた|えた|れた|済み|済|完了)/;
/** 実施しなかったことを示す語（実績 0 とみなす）。 */
export const CANCELLED = /(中止|見送り|見送った|見送|未実施|実施できず|開催できず|延期)/;

/** 数の後ろ（同じ文の中）に、実績として終わる前に「予定」などが来るか。 */
export function isPlannedAfter(text: string, from: number, sentence: Sentence): boolean {
  const rest = text.slice(from, sentence.end);
  const planned = PLANNED.exec(rest);
  if (!planned) return false;
  const done = COMPLETED.exec(rest);
  return !done || planned.index < done.index;
}
