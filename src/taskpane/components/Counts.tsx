import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { EvaluationReport } from "../../services/workbook-service";
import { useStrings } from "../service-context";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  cell: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS },
  mark: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export const MARKS = ["◎", "○", "△", "×"] as const;

export function countMarks(report: EvaluationReport): Record<string, number> {
  const counts: Record<string, number> = { "◎": 0, "○": 0, "△": 0, "×": 0 };
  for (const s of report.sheets)
    for (const g of s.goals) for (const i of g.items) if (i.mark && i.mark in counts) counts[i.mark] = (counts[i.mark] ?? 0) + 1;
  return counts;
}

/** 上部の ◎○△× の数。 */
export function Counts({ report }: { report: EvaluationReport }) {
  const styles = useStyles();
  const t = useStrings();
  const counts = countMarks(report);
  return (
    <section aria-label={t.counts}>
      <div className={styles.row} data-testid="counts">
        {MARKS.map((m) => (
          <span key={m} className={styles.cell}>
            <span className={styles.mark} aria-hidden="true">
              {m}
            </span>
            <Text aria-label={`${m} ${counts[m]}`}>{counts[m]}</Text>
          </span>
        ))}
      </div>
    </section>
  );
}
