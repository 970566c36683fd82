import type { ChartMark } from "./goal-chart-data";

/** グラフの文言（作業ウィンドウの言語に合わせる）。 */
export const CHART_STRINGS = {
  ja: {
    caption: "目標ごとの進捗度",
    markName: { "◎": "目標を上回る", "○": "目標どおり", "△": "一部未進捗", "×": "全て未進捗", none: "記号なし" } as Record<
      ChartMark,
      string
    >,
    goal: (label: string) => `目標 ${label}`,
    row: (label: string, title: string, parts: string) => `目標 ${label}「${title}」：${parts}`,
    part: (mark: ChartMark, n: number) => `${mark === "none" ? "記号なし" : mark} ${n}`,
  },
  en: {
    caption: "Marks per goal",
    markName: { "◎": "ahead", "○": "on track", "△": "partly behind", "×": "all behind", none: "no mark" } as Record<ChartMark, string>,
    goal: (label: string) => `Goal ${label}`,
    row: (label: string, title: string, parts: string) => `Goal ${label} "${title}": ${parts}`,
    part: (mark: ChartMark, n: number) => `${mark === "none" ? "no mark" : mark} ${n}`,
  },
};

export type ChartStrings = (typeof CHART_STRINGS)["ja"];
