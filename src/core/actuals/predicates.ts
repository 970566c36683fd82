import {
  COMPLETION_NOUNS,
  DELIBERATION_WORDS,
  FUTURE_TIME_WORDS,
  NEGATION_FORMS,
  ONGOING_FORMS,
  PAST_FORMS,
  PLAN_FORMS,
} from "../text/word-classes";
import { charTable, inSet } from "../text/char-table";

/** 句の述語の種類。done：実施した / plan：予定 / negated：しなかった・中止 / ongoing：実施中 / deliberation：協議・準備をした / future：下半期などの時の語。 */
export type PredicateKind = "done" | "plan" | "negated" | "ongoing" | "deliberation" | "future";

/** 文の中で見つけた述語（位置は文字列での位置）。word は根拠の語。 */
export interface PredicateHit {
  at: number;
  end: number;
  kind: PredicateKind;
  word: string;
}

type Rule = "plain" | "noun" | "plan-noun" | "past";
interface Entry {
  word: string;
  kind: PredicateKind;
  rule: Rule;
}

const ENTRIES: Entry[] = [
  ...NEGATION_FORMS.map((word): Entry => ({ word, kind: "negated", rule: "plain" })),
  ...PLAN_FORMS.map((word): Entry => ({ word, kind: "plan", rule: word === "予定" ? "plan-noun" : "plain" })),
  ...ONGOING_FORMS.map((word): Entry => ({ word, kind: "ongoing", rule: "plain" })),
  ...COMPLETION_NOUNS.map((word): Entry => ({ word, kind: "done", rule: "noun" })),
  ...[...PAST_FORMS, "し、", "い、", "り、"].map((word): Entry => ({ word, kind: "done", rule: "past" })),
  ...FUTURE_TIME_WORDS.map((word): Entry => ({ word, kind: "future", rule: "plain" })),
];

/** 最初の文字の符号 → その文字で始まる語（長い順）。文字列を作らずに引くため符号で引く。 */
const INDEX = new Map<number, Entry[]>();
for (const e of [...ENTRIES].sort((a, b) => b.word.length - a.word.length)) {
  const list = INDEX.get(e.word.charCodeAt(0)) ?? [];
  if (!list.some((x) => x.word === e.word)) list.push(e);
  INDEX.set(e.word.charCodeAt(0), list);
}

/** 語の最初の文字（ほかの文字は表を引くだけで飛ばす）。 */
const FIRST = charTable([...INDEX.keys()].map((c) => String.fromCharCode(c)));

/** 動作名詞の後ろがこれなら名詞として使われている（講座開催の可否、設置単位、開催予定、開催できず）。 */
const NOUN_USE =
  /^(の|を|が|は|に|と|や|等|など|・|へ|も|予定|見込|できず|できなかった|しなかった|されなかった|せず|中|[\u4e00-\u9fff\u30a1-\u30fa])/;
const KANJI_OR_KANA = /[\u4e00-\u9fff\u30a1-\u30fa]/;

/** 動作名詞の後ろ：名詞として使われている（講座開催の可否）なら null、「する」なら文末だけ予定、ほかは実施。 */
function nounKind(text: string, end: number): PredicateKind | null {
  const rest = text.slice(end, end + 6);
  if (NOUN_USE.test(rest)) return null;
  if (rest.startsWith("する")) return /^する(。|$|\n|予定)/.test(rest) ? "plan" : null;
  return "done";
}

/** 「予定」が名詞を修飾している（終了予定の団体、予定どおり）なら使わない。 */
function modifierPlan(text: string, end: number): boolean {
  const next = text.charAt(end);
  if (next === "の") return KANJI_OR_KANA.test(text.charAt(end + 1));
  return KANJI_OR_KANA.test(next) || text.startsWith("どおり", end) || text.startsWith("通り", end);
}

/** 動詞の語幹（協議を「行」った、検討「し」た）。 */
const VERB_STEM = /(行|実施|致し|いたし|し|さ)$/;

/** 直前（助詞と語幹を挟んで）に協議・検討・準備の語があれば、その語から述語の始まりまでの長さ。 */
function deliberationBefore(text: string, at: number): number | null {
  const window = text.slice(Math.max(0, at - 10), at);
  const before = window.replace(VERB_STEM, "").replace(/(を|の|に|と|について)$/, "");
  const word = DELIBERATION_WORDS.find((w) => before.endsWith(w));
  return word ? window.length - before.length + word.length : null;
}

function hitAt(text: string, i: number, entries: Entry[]): PredicateHit | null {
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k] as Entry;
    if (!text.startsWith(e.word, i)) continue;
    const end = i + e.word.length;
    if (e.rule === "plan-noun" && modifierPlan(text, end)) return null;
    if (e.rule === "past" && /(に対|よ)$/.test(text.slice(Math.max(0, i - 2), i))) return null;
    let kind: PredicateKind | null = e.kind;
    if (e.rule === "noun") kind = nounKind(text, end);
    if (kind === null) return { at: i, end, kind: "done", word: "" };
    const back = kind === "done" ? deliberationBefore(text, i) : null;
    if (back !== null) return { at: i - back, end, kind: "deliberation", word: text.slice(i - back, end) };
    return { at: i, end, kind, word: e.word };
  }
  return null;
}

const PARTICLE = /[をがにではのとへもやて]/;

/** 根拠として示す語：述語を、前の語（助詞まで、4 文字まで）と後ろの活用語尾（4 文字まで）に広げる（「随時行った」「開催され」）。 */
function phrase(text: string, hit: PredicateHit): string {
  let a = hit.at;
  if (/^[\u3041-\u3093]/.test(text.charAt(hit.at)))
    while (a > 0 && hit.at - a < 3 && /[\u4e00-\u9fff\u3041-\u3093]/.test(text.charAt(a - 1)) && !PARTICLE.test(text.charAt(a - 1))) a--;
  let b = hit.end;
  while (b < text.length && b - hit.end < 4 && /[\u3041-\u3093]/.test(text.charAt(b)) && !PARTICLE.test(text.charAt(b))) b++;
  return text.slice(a, b).replace(/[、,]$/, "");
}

/** 文字列の中の述語と時の語を、前から順にすべて見つける（名詞として使われた動作名詞は飛ばす）。word は根拠の語句。 */
export function findPredicates(text: string): PredicateHit[] {
  const hits: PredicateHit[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (!inSet(FIRST, code)) {
      i++;
      continue;
    }
    const entries = INDEX.get(code);
    const hit = entries ? hitAt(text, i, entries) : null;
    if (!hit) {
      i++;
      continue;
    }
    const last = hits[hits.length - 1];
    if (hit.word && last && last.end === hit.at && last.kind === hit.kind) {
      last.end = hit.end;
      last.word = phrase(text, last);
    } else if (hit.word) hits.push({ at: hit.at, end: hit.end, kind: hit.kind, word: phrase(text, hit) });
    i = Math.max(hit.end, i + 1);
  }
  return hits;
}
