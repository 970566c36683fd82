import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { EvaluationReport } from "../../services/workbook-service";
import { useStrings } from "../service-context";

type Item = EvaluationReport["sheets"][number]["goals"][number]["items"][number];

const useStyles = makeStyles({
  item: { listStyleType: "none", paddingBlock: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  mark: { fontSize: tokens.fontSizeBase400, minWidth: "1.5em", textAlign: "center" },
  target: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, paddingInlineStart: tokens.spacingHorizontalXXL },
});

function percent(n: number | null): string {
  return n === null ? "－" : `${n.toFixed(1)}％`;
}

/** 項目 1 行：記号・要確認・未達・目標ごとの 実績／目標／進捗率／期待。押すとシートのセルを選ぶ。 */
export function ItemRow({ item, onSelect }: { item: Item; onSelect: () => void }) {
  const styles = useStyles();
  const t = useStrings();
  return (
    <li className={styles.item} data-testid="item">
      <div className={styles.head}>
        <Button appearance="subtle" size="small" onClick={onSelect} disabled={!item.markCell} aria-label={`${item.label} ${item.mark ?? t.noMark}${item.markCell ? "、" + t.select(item.markCell) : ""}`}>
          <span className={styles.mark}>{item.mark ?? "－"}</span>
          {item.label}
        </Button>
        {item.needsReview && <Badge appearance="outline" color="warning">{t.review}</Badge>}
        {item.flagged && <Badge appearance="filled" color="danger">{t.flagged}</Badge>}
        {item.basis === "manual" && <Badge appearance="outline">{t.manual}</Badge>}
      </div>
      {item.targets.map((target, i) => (
        <Text key={i} className={styles.target}>
          {target.label}
          {target.text}：{target.actual ? `${t.actual} ${target.actual.value}${target.actual.unit}` : ""}
          {target.target ? ` ／ ${t.target} ${target.target.value}${target.target.unit} ／ ${t.rate} ${percent(target.progressPercent)} ／ ${t.expected} ${percent(target.expectedPercent)}` : ""}
          {" — "}
          {target.reason}
          {target.actual?.evidence ? `（${t.evidence}「${target.actual.evidence}」）` : ""}
        </Text>
      ))}
    </li>
  );
}
