import { readNumbers } from "../numbers/read-numbers";
import type { NumberToken } from "../numbers/token";
import type { SourceText } from "../model/source-text";
import { subLabel } from "../text/markers";
import { deadlineSpans, readDeadline } from "./deadline";
import { cleanName, labelStart, nameAfter, nameBefore } from "./names";
import { splitSubsections, subsectionFor, type Subsection } from "./subsections";
import type { TargetKind, TargetSpec } from "./target";

const PERIOD_WORDS = ["奇数月", "偶数月", "毎月", "毎週", "毎日", "毎年", "月", "週", "年"];

/** 名前の末尾の頻度の語（毎月）を落とす。 */
function stripPeriodWord(name: string): string {
  for (const w of PERIOD_WORDS) if (name.endsWith(w)) return name.slice(0, name.length - w.length);
  return name;
}

/** 行ごとに前後の空白を落としてつなぐ。 */
function flat(text: string): string {
  let out = "";
  for (const line of text.split("\n")) out += line.trim();
  return out;
}
const STAY_UNDER_WORDS = ["削減", "抑制", "縮減", "以内", "減"];

const CHANGE_SUFFIX = /^(の)?(増加|減少|増|減|削減|抑制|縮減)/;
/** 頻度の語があればその前から名前を探す。 */
function periodStart(segment: string, token: NumberToken, floor: number): number {
  return labelStart(segment, token.start, token.period !== null, floor);
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

function isTargetToken(token: NumberToken, segment: string, spans: [number, number][]): boolean {
  if (token.role !== "quantity") return false;
  if (spans.some(([a, b]) => token.start < b && token.end > a)) return false;
  return token.unit !== "" || token.comparator !== null || segment.trim() === segment.slice(token.start, token.end).trim();
}

/** 数の後ろの 以下・削減 などを、次の区切りまで（12 文字以内）で探す。 */
function staysUnder(segment: string, from: number): boolean {
  const end = Math.min(segment.length, from + 16);
  for (let i = from; i < end; i++) {
    const ch = segment.charAt(i);
    if (ch === "、" || ch === "。" || ch === "," || ch === "\n") return false;
    for (const w of STAY_UNDER_WORDS) if (segment.startsWith(w, i)) return true;
  }
  return false;
}

function kindOf(token: NumberToken, name: string): TargetKind {
  if (token.unitKind === "level") return "level";
  if (token.period === "月" || token.period === "週" || token.period === "日") return "level";
  if (/率/.test(name) && (token.unit === "%" || token.unit === "")) return "level";
  return "cumulative";
}

function comparatorOf(token: NumberToken, segment: string, name: string): ">=" | "<=" {
  if (token.comparator) return token.comparator;
  if (staysUnder(segment, token.end) || /(削減|抑制|縮減)/.test(name)) return "<=";
  return ">=";
}

/** 「講演会・講座各2回」の 各 の前の名前の並び。各 がなければ null。 */
function eachNames(segment: string, token: NumberToken, floor: number): { names: string[]; from: number } | null {
  const before = segment.slice(floor, token.start).trimEnd();
  if (!before.endsWith("各")) return null;
  const group = before.slice(0, -1);
  const names = group.split(/[、・･,，]/).map(cleanName).filter((n) => n.length > 0);
  const lead = group.length - group.replace(/^[\s\u3000、，,]+/, "").length;
  return names.length > 0 ? { names, from: floor + lead } : null;
}

function segmentTargets(sub: Subsection, heading: string, action: string, label: string): TargetSpec[] {
  const segment = sub.text;
  const deadline = readDeadline(segment) ?? readDeadline(heading);
  const spans = deadlineSpans(segment);
  const tokens = readNumbers(segment).filter((t) => isTargetToken(t, segment, spans));
  if (tokens.length === 0) {
    const text = flat(segment);
    if (!text) return [];
    return [{ label, subNo: sub.no, deadline, text, kind: "text", quantity: null, name: text, context: text, actionContext: action, fullContext: `${text} ${action}` }];
  }
  const out: TargetSpec[] = [];
  let floor = 0;
  for (const token of tokens) {
    const each = eachNames(segment, token, floor);
    const before = nameBefore(segment, periodStart(segment, token, floor), floor);
    const beforeName = stripPeriodWord(before.name);
    const afterName = nameAfter(segment, token.end);
    const names = each?.names ?? [beforeName || afterName];
    const from = each?.from ?? (beforeName ? before.from : periodStart(segment, token, floor));
    const to = beforeName ? token.end + (CHANGE_SUFFIX.exec(segment.slice(token.end))?.[0].length ?? 0) : lineEnd(segment, token.end);
    const text = flat(segment.slice(from, to)).replace(/^[、，,・]+/, "").replace(/^(と|や|及び|および)/, "");
    for (const name of names) {
      const quantity = { value: token.value, unit: token.unit, comparator: comparatorOf(token, segment, name), period: token.period, upper: token.upper };
      out.push({ label, subNo: sub.no, deadline, text: closeParens(text), kind: kindOf(token, name), quantity, name, context: `${name} ${beforeName} ${afterName}`, actionContext: action, fullContext: `${name} ${beforeName} ${afterName} ${action}` });
    }
    floor = token.end;
  }
  return out;
}

/**
 * 項目の「期限・数値目標等」の文から目標を読む。小項目（（1））ごとに、
 * 数値目標（回数・件数・率）を 1 つずつ、数値のない部分は文の目標として返す。
 */
export function parseTargets(targets: SourceText, action: SourceText): TargetSpec[] {
  const subs = splitSubsections(targets);
  const actionSubs = splitSubsections(action);
  const numbered = subs.filter((s) => s.no !== null);
  const heading = subs[0]?.no === null ? subs[0].text : "";
  const parts = numbered.length > 0 ? numbered : subs;
  return parts.flatMap((sub) => {
    const actionText = (subsectionFor(actionSubs, sub.no) ?? actionSubs).map((s) => s.text).join("\n");
    return segmentTargets(sub, heading, actionText, sub.no === null ? "" : subLabel(sub.no));
  });
}
