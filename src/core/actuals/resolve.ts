import type { TargetSpec } from "../targets/target";
import type { Figure } from "./figures";
import { areParts, clearlyBest } from "./parts";
import { score } from "./compatible";
import { REPORTED_FIGURE_WORDS, findWord } from "../text/word-classes";

/** 割り当てた数から決めた実績の値。決められなければ reason。 */
export type Resolution = { ok: true; figures: Figure[]; value: number; parts: number[] | null } | { ok: false; reason: string };

const FREQUENCY_PERIODS = new Set(["月", "週", "日"]);
const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));

/** 頻度（毎月2回）は足さない：同じ値ならその値、並べた計画（月1，2回）のどれかばかりなら平均、ほかは決められない。 */
function frequency(target: TargetSpec, figures: Figure[]): Resolution {
  const values = figures.map((f) => f.token.value);
  if (values.every((v) => near(v, values[0] as number))) return { ok: true, figures, value: values[0] as number, parts: null };
  const alternatives = target.quantity?.alternatives ?? null;
  if (alternatives && values.every((v) => alternatives.some((a) => near(a, v)))) {
    return { ok: true, figures, value: values.reduce((a, b) => a + b, 0) / values.length, parts: values };
  }
  return { ok: false, reason: "頻度の数が複数あり、どれが実績か決められません" };
}

/** 目標の文の「合わせた数」の語（5年間で総額13億円、延べ、累計）。 */
const SUM_WORDS = /総額|(?<!総)合計|総数|延べ|のべ|累計|(^|[^\u4e00-\u9fff])計(?![画測算])/;

/**
 * 何年かにわたる目標に、年度ごとの数が並ぶとき（令和3年度は4億円、令和4年度は5億円…）：
 * 目標の文に 総額・累計 などがあれば足す。なければ、足した数と最新の年度の数が同じときだけその数、違えば決めない
 * （年ごとの新規数とも、その年の残高とも読めるため）。年度が 1 つなら null（ふつうの決め方へ）。
 */
function yearly(target: TargetSpec, chosen: Figure[], fiscalYear: number | null): Resolution | null {
  const own = chosen.filter((f) => !f.cumulative);
  const years = own.map((f) => f.token.year ?? fiscalYear ?? 0);
  if (new Set(years).size < 2 || new Set(years).size !== own.length || own.length !== chosen.length) return null;
  const sum = own.reduce((a, f) => a + f.token.value, 0);
  const latest = own[years.indexOf(Math.max(...years))] as Figure;
  if (SUM_WORDS.test(target.text)) return { ok: true, figures: own, value: sum, parts: own.map((f) => f.token.value) };
  if (near(sum, latest.token.value)) return { ok: true, figures: [latest], value: latest.token.value, parts: null };
  return { ok: false, reason: "年度ごとの数があり、合わせた数か最新の年度の数か決められません" };
}

/** 累計・年度・内訳の括弧で数を絞る。 */
function narrow(target: TargetSpec, figures: Figure[], fiscalYear: number | null): Figure[] {
  const year = target.year !== null && fiscalYear !== null && target.year < fiscalYear ? target.year : fiscalYear;
  let out = byYear(figures, year);
  const indexes = new Set(out.map((f) => f.index));
  out = out.filter((f) => f.breakdownOf === null || !indexes.has(f.breakdownOf));
  const cumulative = out.filter((f) => f.cumulative);
  if (target.cumulative && cumulative.length > 0) return cumulative;
  // 何年かにわたる目標（アクションプラン（平成27～30年度））には、これまでの数（16年度末までの実績は）が答える
  const toDate = target.multiYear ? out.filter((f) => f.toDate || f.cumulative) : [];
  if (toDate.length > 0 && toDate.length < out.length) return toDate;
  if (!target.cumulative && cumulative.length > 0 && cumulative.length < out.length) return out.filter((f) => !f.cumulative);
  return out;
}

/** 年度の付いた数：シートの年度の数があればそれ（と年度のない数）だけを残す（前の年度の数は役割で除いてある）。 */
function byYear(figures: Figure[], fiscalYear: number | null): Figure[] {
  const current = figures.filter((f) => fiscalYear !== null && f.token.year === fiscalYear);
  return current.length > 0 ? figures.filter((f) => f.token.year === null || f.token.year === fiscalYear) : figures;
}

/** 計・延べ の数の名前が、ほかの数の名前と同じくらい以上に目標に合うか（「離島5市町への移住者は計486人」は全体の計ではない）。 */
function fitsBest(target: TargetSpec, total: Figure, figures: Figure[]): boolean {
  if (!total.core) return true;
  const own = score(target, total) ?? 0;
  return figures.every((f) => f === total || (score(target, f) ?? 0) <= own + 0.1);
}

/** 同じ名前・同じ値の数（同じことを 2 度書いたもの）は 1 つにする。 */
function withoutRepeats(pool: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of pool) if (f.core === "" || !out.some((g) => g.core === f.core && near(g.token.value, f.token.value))) out.push(f);
  return out;
}

/** 1 つの数がほかの数の合計に等しければ、それが合計（部分と合計を二重に足さない）。 */
function statedTotal(figures: Figure[]): Figure | null {
  if (figures.length < 3) return null;
  const sum = figures.reduce((a, f) => a + f.token.value, 0);
  return figures.find((f) => near(f.token.value * 2, sum)) ?? null;
}

/** 同じ名前の数が違う値で複数ある（どちらが実績か決められない）。 */
function conflictingDuplicates(figures: Figure[]): boolean {
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i] as Figure;
      const b = figures[j] as Figure;
      if (a.core && a.core === b.core && !near(a.token.value, b.token.value)) return true;
    }
  }
  return false;
}

/**
 * 「実績は1地区」のように実績の語で名指された数が 1 つだけで、ほかの数の名前が目標の文脈と重ならない
 * （取組の文とだけ重なる：素案の段階に入っている地区が14地区）なら、名指された数。
 */
function namedActual(target: TargetSpec, figures: Figure[]): Figure | null {
  const named = figures.filter((f) => f.core === "" && findWord(f.label, REPORTED_FIGURE_WORDS) !== null);
  if (named.length !== 1) return null;
  return figures.every((f) => named.includes(f) || (score(target, f) ?? 0) === 0) ? (named[0] as Figure) : null;
}

/**
 * 目標に割り当てた数から実績を決める（layout.md §3a）：頻度は足さない、累計の目標には累計、
 * シートの年度の数、内訳の括弧は足さない、計・合計・延べ・総数があればそれ、部分は足す（物件登録＋利用者登録）。
 * 同じ名前で違う値の数が並ぶときは決めない（要確認）。
 */
export function resolveFigures(target: TargetSpec, chosen: Figure[], fiscalYear: number | null): Resolution {
  if (target.quantity?.period && FREQUENCY_PERIODS.has(target.quantity.period)) return frequency(target, chosen);
  const years = target.multiYear ? yearly(target, chosen, fiscalYear) : null;
  if (years) return years;
  const figures = narrow(target, chosen, fiscalYear);
  const totals = figures.filter((f) => f.total);
  const total = totals.length === 1 && fitsBest(target, totals[0] as Figure, figures) ? totals[0] : statedTotal(figures);
  if (total) return { ok: true, figures: [total], value: total.token.value, parts: null };
  const pool = totals.length > 1 ? totals : figures;
  const unique = withoutRepeats(pool);
  const only = unique[0] as Figure;
  if (unique.length === 1) return { ok: true, figures: [only], value: only.token.value, parts: null };
  const summable = only.token.unitKind !== "level" && !conflictingDuplicates(unique) && areParts(target, unique);
  if (summable)
    return { ok: true, figures: unique, value: unique.reduce((a, f) => a + f.token.value, 0), parts: unique.map((f) => f.token.value) };
  const best = clearlyBest(target, unique, 0.25) ?? namedActual(target, unique);
  if (best) return { ok: true, figures: [best], value: best.token.value, parts: null };
  return { ok: false, reason: "当てはまる数が複数あり、どれが実績か決められません" };
}
