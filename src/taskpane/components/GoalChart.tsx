import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { EvaluationReport } from "../../services/workbook-service";
import { STRINGS } from "../i18n";
import { useStrings } from "../service-context";
import { CHART_MARKS, goalBars, type ChartMark } from "./goal-chart-data";
import { CHART_STRINGS } from "./goal-chart-strings";

/** マスの見た目の名前（makeStyles の鍵）。 */
const LOOK: Record<ChartMark, "ahead" | "onTrack" | "partly" | "allBehind" | "none"> = {
  "◎": "ahead",
  "○": "onTrack",
  "△": "partly",
  "×": "allBehind",
  none: "none",
};

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  caption: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "grid", gridTemplateColumns: "3em 1fr", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  label: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    textAlign: "end",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  bar: { display: "flex", gap: tokens.spacingHorizontalXXS, minWidth: 0 },
  cell: {
    flex: "0 1 22px",
    minWidth: "10px",
    height: "20px",
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    borderRadius: tokens.borderRadiusSmall,
    boxSizing: "border-box",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflow: "hidden",
  },
  // ◎ から × へ、濃い色から薄い色へ（評価集計の棒の絵と同じ並び）。マスには記号も書く（色だけに頼らない）
  ahead: { backgroundColor: tokens.colorBrandBackgroundPressed, color: tokens.colorNeutralForegroundOnBrand },
  onTrack: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  partly: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  allBehind: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  none: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
  },
  legendItem: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { flex: "0 0 auto", width: "16px", height: "16px", fontSize: tokens.fontSizeBase100 },
});

/**
 * 結果の上の小さな棒グラフ：目標ごとに、項目 1 つを 1 マスとして ◎○△×（記号なし）の順に塗り、マスに記号を書く。
 * 色は Fluent のトークン（明るい・暗いテーマのどちらでも読める）。読み上げには、目標ごとの数を文で渡す（マスは読ませない）。
 */
export function GoalChart({ report }: { report: EvaluationReport }) {
  const styles = useStyles();
  const t = useStrings() === STRINGS.en ? CHART_STRINGS.en : CHART_STRINGS.ja;
  const captionId = useId();
  const bars = goalBars(report);
  if (bars.length === 0) return null;
  const used = CHART_MARKS.filter((m) => bars.some((b) => b.counts[m] > 0));
  return (
    <figure className={styles.figure} aria-labelledby={captionId} data-testid="goal-chart">
      <figcaption id={captionId} className={styles.caption}>
        {t.caption}
      </figcaption>
      <ul className={styles.list} aria-labelledby={captionId}>
        {bars.map((bar) => {
          const parts = CHART_MARKS.filter((m) => m !== "none" || bar.counts.none > 0)
            .map((m) => t.part(m, bar.counts[m]))
            .join("、");
          return (
            <li
              key={bar.key}
              className={styles.row}
              aria-label={t.row(bar.label, bar.title, parts)}
              title={bar.title}
              data-testid="goal-bar"
            >
              <span className={styles.label} aria-hidden="true">
                {t.goal(bar.label)}
              </span>
              <span className={styles.bar} aria-hidden="true">
                {bar.cells.map((m, i) => (
                  <span key={i} className={mergeClasses(styles.cell, styles[LOOK[m]])} data-mark={m}>
                    {m === "none" ? "－" : m}
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      <ul className={styles.legend} aria-hidden="true">
        {used.map((m) => (
          <li key={m} className={styles.legendItem}>
            <span className={mergeClasses(styles.cell, styles.swatch, styles[LOOK[m]])}>{m === "none" ? "－" : m}</span>
            {t.markName[m]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
