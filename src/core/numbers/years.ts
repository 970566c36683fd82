import type { NumberToken } from "./token";

/** 句の区切り（年度の付け先を探すときにここで止まる。「寄附件数：」のコロンは区切りではない）。 */
const CLAUSE_BREAK = /[、。,;()「」【】\n→⇒➡]/;
/** 年の後ろがこれなら、期間の始まりや期限で、文の年度ではない（令和3年度までに、H27～）。 */
const NOT_A_TOPIC = /^\s*(まで|以降|から|より|~|-|→)/;
/** 元号の元年の前の年（短い年「29年度」をシートの年度に近い元号で読む）。 */
const ERA_BASES = [2018, 1988, 1925];

/**
 * 元号のない年（29年度）を、シートの年度から 6 年以内に 1 つだけ読める年にする（2017 年度のシートの 29年度 → 平成29年度、
 * 2016 年度のシートの 19年度末 → 2019 年度）。どれとも決まらなければ年度なし。
 */
function resolveShortYears(tokens: NumberToken[], fiscalYear: number | null): void {
  if (fiscalYear === null) return;
  for (const t of tokens) {
    if (t.shortYear === null || t.year !== null) continue;
    const candidates = [...ERA_BASES, 2000].map((b) => b + (t.shortYear as number)).filter((y) => Math.abs(y - fiscalYear) <= 6);
    if (candidates.length === 1) t.year = candidates[0] as number;
  }
}

const isYear = (t: NumberToken): boolean => (t.role === "era" || t.role === "date") && t.year !== null;

/**
 * 数に年度を付ける：年号・年の直後（区切りまで）の最初の数にはその年度。文の頭の年（数より前：「平成24年度は…」）は、
 * 文の中の年度のない数すべての年度（ただし「令和3年度まで」「H27～」のような期限・範囲の年は除く）。
 */
export function tagYears(text: string, tokens: NumberToken[], fiscalYear: number | null): void {
  resolveShortYears(tokens, fiscalYear);
  let near: number | null = null;
  let nearEnd = 0;
  let topic: number | null = null;
  let seenQuantity = false;
  let lastEnd = 0;
  for (const t of tokens) {
    // 前の数から t までに文の区切りがあれば、新しい文
    for (let i = lastEnd; i < t.start; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3002 || c === 0x0a) {
        topic = null;
        seenQuantity = false;
      }
    }
    lastEnd = t.end;
    if (isYear(t)) {
      // 期間の終わりの年（H27～H31年度）は期間を表すので、数の年度にしない
      if (/[~-]/.test(text.slice(Math.max(0, t.start - 4), t.start))) {
        near = null;
        continue;
      }
      near = t.year;
      nearEnd = t.end;
      if (!seenQuantity && !NOT_A_TOPIC.test(text.slice(t.end, t.end + 4))) topic = t.year;
      continue;
    }
    if (t.role !== "quantity") continue;
    seenQuantity = true;
    if (near !== null && !CLAUSE_BREAK.test(text.slice(nearEnd, t.start).replace(/^\s*[)）]/, ""))) {
      t.year = near;
      near = null;
    } else if (topic !== null) t.year = topic;
  }
}
