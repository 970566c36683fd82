import { makeStyles, tokens } from "@fluentui/react-components";
import type { EvaluationReport } from "../../services/workbook-service";
import { GoalChart } from "./GoalChart";
import { ItemRow, type CorrectionHandlers } from "./ItemRow";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  goal: { fontSize: tokens.fontSizeBase300, marginBlock: tokens.spacingVerticalS },
  sheet: { fontSize: tokens.fontSizeBase400, marginBlock: tokens.spacingVerticalM },
});

/** 目標ごと・項目ごとの結果。 */
export function Results({
  report,
  onSelect,
  correction,
}: {
  report: EvaluationReport;
  onSelect: (sheet: string, cell: string) => void;
  correction: CorrectionHandlers;
}) {
  const styles = useStyles();
  return (
    <div data-testid="results">
      <GoalChart report={report} />
      {report.sheets.map((sheet) => (
        <section key={sheet.name} aria-label={sheet.name}>
          <h2 className={styles.sheet}>
            {sheet.name}（{sheet.report}・{sheet.asOf}）
          </h2>
          {sheet.goals.map((goal, gi) => (
            <section key={gi}>
              <h3 className={styles.goal}>
                {goal.no ?? ""} {goal.title}
              </h3>
              <ul className={styles.list}>
                {goal.items.map((item, ii) => (
                  <ItemRow
                    key={ii}
                    item={item}
                    sheet={sheet.name}
                    correction={correction}
                    onSelect={() => item.markCell && onSelect(sheet.name, item.markCell)}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
