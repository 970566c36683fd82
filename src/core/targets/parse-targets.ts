import { readNumbers } from "../numbers/read-numbers";
import type { NumberToken } from "../numbers/token";
import type { SourceText } from "../model/source-text";
import { subLabel } from "../text/markers";
import { GOAL_WORDS, RATIO_NAME_END } from "../text/word-classes";
import { deadlineSpans, readDeadline, type Deadline } from "./deadline";
import { buildTarget, textTarget, type SegmentInfo } from "./build-target";
import { spanFacts } from "./target-years";
import { selectTargetFigures } from "./select";
import { splitSubsections, subsectionFor, type Subsection } from "./subsections";
import type { TargetSpec } from "./target";

/** 目標を読むときの前提（シートの年度：年度ごとの値が並ぶ目標から、その年度の値を選ぶため）。 */
export interface TargetOptions {
  fiscalYear: number | null;
}

/** 単位のない数でも目標になる名前の終わり（合計特殊出生率 1.40、満足度 3.5、指数 105）。 */
const UNITLESS_NAME = new RegExp(`${RATIO_NAME_END.source.replace(/\$$/, "")}\\s*[:：]?\\s*$`);

/** 名前と数の間の目標の語（合計特殊出生率 目安値 1.62 の「目安値」）。 */
const TRAILING_GOAL_WORD = new RegExp(`(${GOAL_WORDS.join("|")})[\\s:：]*$`);

function isTargetToken(token: NumberToken, segment: string, spans: [number, number][]): boolean {
  if (token.role !== "quantity" && token.role !== "relative") return false;
  if (spans.some(([a, b]) => token.start < b && token.end > a)) return false;
  if (token.unit !== "" || token.comparator !== null || segment.trim() === segment.slice(token.start, token.end).trim()) return true;
  // 「死亡者数 ゼロ」：ゼロの語は単位がなくても目標
  if (token.value === 0 && segment.startsWith("ゼロ", token.start)) return true;
  const before = segment.slice(Math.max(0, token.start - 16), token.start);
  return UNITLESS_NAME.test(before) || UNITLESS_NAME.test(before.replace(TRAILING_GOAL_WORD, ""));
}

/** 目標の数でない部分（日付・年号・比べる前の値）を空白にした文。名前を探すのに使う。 */
function maskedSegment(segment: string, masked: NumberToken[]): string {
  let out = "";
  let at = 0;
  for (const t of [...masked].sort((a, b) => a.start - b.start)) {
    if (t.start < at) continue;
    out += segment.slice(at, t.start) + " ".repeat(Math.min(t.end, segment.length) - t.start);
    at = Math.min(t.end, segment.length);
  }
  out += segment.slice(at);
  return /[→⇒➡]/.test(out) ? out.replace(/[→⇒➡]/g, " ") : out;
}

function segmentTargets(
  sub: Subsection,
  heading: string,
  action: string,
  actionScoped: boolean,
  label: string,
  options: TargetOptions,
): TargetSpec[] {
  const segment = sub.text;
  const deadline: Deadline | null = readDeadline(segment) ?? readDeadline(heading);
  const spans = deadlineSpans(segment);
  const all = readNumbers(segment, options.fiscalYear);
  const tokens = all.filter((t) => isTargetToken(t, segment, spans));
  const figures = selectTargetFigures(segment, tokens, options.fiscalYear);
  const live = figures.filter((f) => f.dropped === null);
  const info: SegmentInfo = { segment, heading: heading === segment ? "" : heading, label, subNo: sub.no, deadline, action, actionScoped };
  if (live.length === 0) {
    const target = textTarget(info);
    return target ? [target] : [];
  }
  const hidden = [
    ...all.filter((t) => t.role !== "quantity" && t.role !== "relative" && t.role !== "qualifier"),
    ...figures.filter((f) => f.dropped !== null).map((f) => f.token),
  ];
  const masked = maskedSegment(segment, hidden);
  const baselines = figures.filter((f) => f.dropped === "baseline").map((f) => f.token);
  const out: TargetSpec[] = [];
  const span = spanFacts(segment, info.heading);
  let floor = 0;
  for (const f of live) {
    out.push(...buildTarget(info, span, masked, f.token, floor, baselines));
    floor = f.token.end;
  }
  return out;
}

/**
 * 項目の「期限・数値目標等」の文から目標を読む。小項目（（1））ごとに、
 * 数値目標（回数・件数・率）を 1 つずつ、数値のない部分は文の目標として返す。
 */
export function parseTargets(targets: SourceText, action: SourceText, options: TargetOptions = { fiscalYear: null }): TargetSpec[] {
  const subs = splitSubsections(targets);
  const actionSubs = splitSubsections(action);
  const numbered = subs.filter((s) => s.no !== null);
  const heading = subs[0]?.no === null ? subs[0].text : "";
  const parts = numbered.length > 0 ? numbered : subs;
  const actionNumbered = actionSubs.some((s) => s.no !== null);
  const specs = parts.flatMap((sub) => {
    const own = actionNumbered && sub.no !== null ? subsectionFor(actionSubs, sub.no) : null;
    const actionText = (own ?? actionSubs).map((s) => s.text).join("\n");
    return segmentTargets(sub, heading, actionText, own !== null, sub.no === null ? "" : subLabel(sub.no), options);
  });
  // 項目の数値目標が 1 つなら、項目の取組の文はその目標のもの
  const numeric = specs.filter((s) => s.kind !== "text");
  if (numeric.length === 1) (numeric[0] as TargetSpec).actionScoped = true;
  return specs;
}
