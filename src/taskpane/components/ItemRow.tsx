import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { TargetRef } from "../../services/choices";
import type { EvaluationReport } from "../../services/workbook-service";
import { useStrings } from "../service-context";
import type { PickedActual } from "./ActualPicker";
import { TargetLine } from "./TargetLine";

type Item = EvaluationReport["sheets"][number]["goals"][number]["items"][number];

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  mark: { fontSize: tokens.fontSizeBase400, minWidth: "1.5em", textAlign: "center" },
});

/** 担当者の実績の操作（どの目標に、何を）。 */
export interface CorrectionHandlers {
  onChoose: (ref: TargetRef, name: string, picked: PickedActual) => void;
  onClear: (ref: TargetRef, name: string) => void;
  /** 直前に操作した目標（そこへ移る） */
  focusKey: string | null;
}

export const refKey = (ref: TargetRef): string => `${ref.sheet}!${ref.progressCell}#${ref.targetIndex}`;

/** 項目 1 行：記号・要確認・未達・目標ごとの行。記号を押すとシートのセルを選ぶ。 */
export function ItemRow({
  item,
  sheet,
  onSelect,
  correction,
}: {
  item: Item;
  sheet: string;
  onSelect: () => void;
  correction: CorrectionHandlers;
}) {
  const styles = useStyles();
  const t = useStrings();
  return (
    <li className={styles.item} data-testid="item">
      <div className={styles.head}>
        <Button
          appearance="subtle"
          size="small"
          onClick={onSelect}
          disabled={!item.markCell}
          aria-label={`${item.label} ${item.mark ?? t.noMark}${item.markCell ? "、" + t.select(item.markCell) : ""}`}
        >
          <span className={styles.mark}>{item.mark ?? "－"}</span>
          {item.label}
        </Button>
        {item.needsReview && (
          <Badge appearance="outline" color="warning">
            {t.review}
          </Badge>
        )}
        {item.flagged && (
          <Badge appearance="filled" color="danger">
            {t.flagged}
          </Badge>
        )}
        {item.basis === "manual" && <Badge appearance="outline">{t.manual}</Badge>}
      </div>
      {item.targets.map((target, i) => {
        const ref = item.progressCell ? { sheet, progressCell: item.progressCell, targetIndex: i } : null;
        const name = `${item.label}${target.label}${target.text}`;
        return (
          <TargetLine
            key={i}
            target={target}
            name={name}
            correctable={ref !== null && target.target !== null}
            focus={ref !== null && correction.focusKey === refKey(ref)}
            onChoose={(picked) => ref && correction.onChoose(ref, name, picked)}
            onClear={() => ref && correction.onClear(ref, name)}
          />
        );
      })}
    </li>
  );
}
