import type { NumberToken } from "../numbers/token";
import { CUMULATIVE_WORDS, GENERIC_ACTUAL_WORDS, GOAL_WORDS, RATIO_NAME_END, findWord } from "../text/word-classes";
import type { Deadline } from "./deadline";
import { bracketAfter, yearAfter, type SpanFacts } from "./target-years";
import { cleanName, labelStart, nameAfter, nameBefore } from "./names";
import { applyRelative, relativeOf } from "./relative";
import type { TargetKind, TargetQuantity, TargetSpec } from "./target";

/** 目標を作るための小項目の情報。 */
export interface SegmentInfo {
  segment: string;
  /** 小項目の前の見出しの行（県総合計画アクションプラン（平成27～30年度））。なければ "" */
  heading: string;
  label: string;
  subNo: number | null;
  deadline: Deadline | null;
  action: string;
  /** 取組の文がこの小項目のものか */
  actionScoped: boolean;
}

const PERIOD_WORDS = ["奇数月", "偶数月", "毎月", "毎週", "毎日", "毎年", "年間", "月", "週", "年"];
const STAY_UNDER_WORDS = ["削減", "抑制", "縮減", "以内", "減"];
const CHANGE_SUFFIX = /^(の)?(増加|減少|増|減|削減|抑制|縮減)/;
/** 名前から落とす一般的な語（目標・実績・現状値…）。 */
const NAME_NOISE = new RegExp(
  [
    ...GOAL_WORDS,
    ...GENERIC_ACTUAL_WORDS,
    "現状",
    "基準値",
    "対前年度比",
    "前年度比",
    "前年同期比",
    "前年比",
    "比(?=増|減|$)",
    "(?<=比)(増|減)$",
  ]
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);

const HAS_NOISE = new RegExp(NAME_NOISE.source);

/** 名前の末尾の頻度の語（毎月）を落とす。 */
function stripPeriodWord(name: string): string {
  for (const w of PERIOD_WORDS) if (name.endsWith(w)) return name.slice(0, name.length - w.length);
  return name;
}

/** 行ごとに前後の空白を落としてつなぐ。 */
function flat(text: string): string {
  if (!text.includes("\n")) return text.trim();
  let out = "";
  for (const line of text.split("\n")) out += line.trim();
  return out;
}

/** 「女性相談（週2回」のように開いたままの括弧を閉じる。 */
function closeParens(text: string): string {
  let open = 0;
  for (const ch of text) open += ch === "（" || ch === "(" ? 1 : ch === "）" || ch === ")" ? -1 : 0;
  return open > 0 ? text + "）".repeat(open) : text;
}

function lineEnd(segment: string, from: number): number {
  const nl = segment.indexOf("\n", from);
  return nl < 0 ? segment.length : nl;
}

/** 数の後ろの 以下・削減 などを、次の区切りまで（16 文字以内）で探す。 */
function staysUnder(segment: string, from: number): boolean {
  const end = Math.min(segment.length, from + 16);
  for (let i = from; i < end; i++) {
    const ch = segment.charAt(i);
    if (ch === "、" || ch === "。" || ch === "," || ch === "\n") return false;
    for (const w of STAY_UNDER_WORDS) if (segment.startsWith(w, i)) return true;
  }
  return false;
}

/** 水準の目標の名前の語（1人当たり・平均・割合）。 */
const LEVEL_WORDS = /当たり|あたり|平均|割合/;

/** 目標の種類：率・頻度・1人当たり・平均は level、ほかは cumulative。words は名前（比 などを落とす前の名前も）と数の後ろの括弧の語。 */
function kindOf(token: NumberToken, words: string[]): TargetKind {
  if (token.unitKind === "level") return "level";
  if (token.unitKind === "count" && !Number.isInteger(token.value)) return "level";
  if (token.period === "月" || token.period === "週" || token.period === "日") return "level";
  for (const w of words) if (LEVEL_WORDS.test(w)) return "level";
  // 率の名前の ％・単位のない数、単位のない比・指数・満足度（全国対比 104、満足度 3.5）は水準
  const unitless = token.unit === "";
  if (unitless || token.unit === "%") for (const w of words) if (w.includes("率") || (unitless && RATIO_NAME_END.test(w))) return "level";
  return "cumulative";
}

function comparatorOf(token: NumberToken, segment: string, name: string): ">=" | "<=" {
  if (token.comparator) return token.comparator;
  // 0 の目標（死亡者数ゼロ）は「0 のまま」：0 を下回る数はないので以下
  if (token.value === 0) return "<=";
  if (staysUnder(segment, token.end) || /(削減|抑制|縮減)/.test(name)) return "<=";
  return ">=";
}

/** 「講演会・講座各2回」の 各 の前の名前の並び（2 つ以上のときだけ）。各 の後ろが名詞（各地区）なら null。 */
function eachNames(segment: string, token: NumberToken, floor: number): { names: string[]; from: number } | null {
  const before = segment.slice(floor, token.start).trimEnd();
  if (!before.endsWith("各")) return null;
  const group = before.slice(0, -1);
  const names = group
    .split(/[、・･,，]/)
    .map(cleanName)
    .filter((n) => n.length > 0);
  const lead = group.length - group.replace(/^[\s\u3000、，,]+/, "").length;
  return names.length > 1 ? { names, from: floor + lead } : null;
}

/** 並べて書いた頻度（1，2回）の値。 */
function alternativesOf(segment: string, token: NumberToken): number[] | null {
  if (token.upper === null || !/^[0-9０-９.]+[,，、]/.test(segment.slice(token.start, token.end))) return null;
  return [token.value, token.upper];
}

/** 基準の値（目標の文の中の前年度など）から前年度比の目標値を決める。決まらなければ理由。 */
function relativeQuantity(
  info: SegmentInfo,
  token: NumberToken,
  baselines: NumberToken[],
): { quantity: TargetQuantity | null; unresolved: string | null } {
  const change = relativeOf(info.segment, token);
  const base = baselines.length === 1 ? baselines[0] : undefined;
  const applied = base ? applyRelative(change, base) : null;
  if (!applied) return { quantity: null, unresolved: "前年度比などの目標で、基準の値が書かれていません（要確認）" };
  return { quantity: { ...applied, period: null, upper: null, alternatives: null }, unresolved: null };
}

/**
 * まで の期限がなく、何年かにわたる期間（H27～H31年度の5年間で、アクションプラン（平成27～30年度））が書かれた目標は、
 * 期間の終わりの年度末が期限（担当者が読むとおり：期間の途中で 100％ を求めない。README「決まりが決めていないこと」）。
 */
function spanDeadline(span: SpanFacts): Deadline | null {
  return span.multiYear && span.spanEnd !== null ? { kind: "fiscal-year-end", fiscalYear: span.spanEnd } : null;
}

/** 目標の数 1 つから目標を作る（各 の並びなら名前ごとに 1 つずつ）。 */
export function buildTarget(
  info: SegmentInfo,
  span: SpanFacts,
  masked: string,
  token: NumberToken,
  floor: number,
  baselines: NumberToken[],
): TargetSpec[] {
  const { segment } = info;
  const each = eachNames(masked, token, floor);
  const start = labelStart(masked, token.start, token.period !== null, floor);
  const before = nameBefore(masked, start, floor);
  const stripped = stripPeriodWord(before.name);
  const beforeName = HAS_NOISE.test(stripped) ? stripped.replace(NAME_NOISE, "") : stripped;
  const afterName = nameAfter(segment, token.end);
  const qualifier = bracketAfter(segment, token.end);
  const names = each?.names ?? [beforeName || afterName];
  const from = each?.from ?? (beforeName ? before.from : start);
  const to = beforeName
    ? token.end + (CHANGE_SUFFIX.exec(segment.slice(token.end, token.end + 4))?.[0].length ?? 0)
    : lineEnd(segment, token.end);
  const text = closeParens(
    flat(segment.slice(from, to))
      .replace(/^[、，,・\s]+/, "")
      .replace(/^(と|や|及び|および)/, ""),
  );
  const cumulative = findWord(segment.slice(Math.max(floor, token.start - 12), lineEnd(segment, token.end)), CUMULATIVE_WORDS) !== null;
  const relative = token.role === "relative" ? relativeQuantity(info, token, baselines) : null;
  return names.map((name): TargetSpec => {
    const quantity: TargetQuantity | null = relative
      ? relative.quantity
      : {
          value: token.value,
          unit: token.unit,
          comparator: comparatorOf(token, segment, name),
          period: token.period,
          upper: token.upper,
          alternatives: alternativesOf(segment, token),
        };
    const context = `${name} ${beforeName} ${afterName} ${qualifier}`;
    const kind = relative?.quantity
      ? relative.quantity.unit === "%"
        ? "level"
        : "cumulative"
      : kindOf(token, [name, before.name, qualifier]);
    return {
      label: info.label,
      subNo: info.subNo,
      deadline: info.deadline ?? spanDeadline(span),
      text,
      kind,
      quantity,
      cumulative,
      relative: token.role === "relative" ? relativeOf(segment, token) : null,
      unresolved: relative?.unresolved ?? null,
      multiYear: span.multiYear,
      actionScoped: info.actionScoped,
      year: token.year ?? yearAfter(segment, token.end),
      spanStart: span.spanStart,
      spanEnd: span.spanEnd,
      name,
      context,
      actionContext: info.action,
    };
  });
}

/** 数値のない目標（年度末まで・9月までに導入）。 */
export function textTarget(info: SegmentInfo): TargetSpec | null {
  const text = flat(info.segment);
  if (!text) return null;
  return {
    label: info.label,
    subNo: info.subNo,
    deadline: info.deadline,
    text,
    kind: "text",
    quantity: null,
    relative: null,
    unresolved: null,
    cumulative: false,
    multiYear: false,
    spanEnd: null,
    actionScoped: info.actionScoped,
    year: null,
    spanStart: null,
    name: text,
    context: text,
    actionContext: info.action,
  };
}
