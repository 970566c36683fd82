import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { EvaluationReport } from "../../services/workbook-service";
import { useStrings } from "../service-context";
import { ActualPicker, type PickedActual } from "./ActualPicker";

type Target = EvaluationReport["sheets"][number]["goals"][number]["items"][number]["targets"][number];

const useStyles = makeStyles({
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingInlineStart: tokens.spacingHorizontalXXL },
  text: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const percent = (n: number | null): string => (n === null ? "－" : `${n.toFixed(1)}％`);
const withUnit = (value: number, unit: string): string => `${value.toLocaleString("ja-JP")}${unit === "%" ? "％" : unit}`;

interface Props {
  target: Target;
  /** 読み上げに使う目標の名前（①（1）講座2～3回） */
  name: string;
  /** 担当者が実績を付けられるか（数値の目標で、進捗状況のセルが分かる） */
  correctable: boolean;
  /** 直前に実績を付けた・外した目標なら、そのボタンに移る */
  focus: boolean;
  onChoose: (picked: PickedActual) => void;
  onClear: () => void;
}

/** 目標 1 行：実績／目標／進捗率／期待と理由・根拠。要確認なら実績を選ぶ、担当者の実績なら外す。 */
export function TargetLine({ target, name, correctable, focus, onChoose, onClear }: Props) {
  const styles = useStyles();
  const t = useStrings();
  const [open, setOpen] = useState(false);
  const actionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus) actionRef.current?.focus();
  }, [focus]);
  const clerk = target.actual?.via === "clerk";
  const unsure = target.kind !== "text" && (target.status === "unknown" || target.needsReview === true);
  return (
    <div className={styles.line} data-testid="target">
      <Text className={styles.text}>
        {target.label}
        {target.text}：{target.actual ? `${t.actual} ${withUnit(target.actual.value, target.actual.unit)}` : ""}
        {target.target
          ? ` ／ ${t.target} ${withUnit(target.target.value, target.target.unit)} ／ ${t.rate} ${percent(target.progressPercent)} ／ ${t.expected} ${percent(target.expectedPercent)}`
          : ""}
        {" — "}
        {target.reason}
        {target.actual?.evidence ? `（${t.evidence}「${target.actual.evidence}」）` : ""}
      </Text>
      {correctable && (clerk || unsure) && (
        <div className={styles.actions}>
          {clerk && (
            <Badge appearance="outline" color="informative">
              {t.clerkActual}
            </Badge>
          )}
          {clerk ? (
            <Button ref={actionRef} size="small" onClick={onClear}>
              {t.clearActual}
            </Button>
          ) : (
            <Button ref={actionRef} size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
              {t.pick}
            </Button>
          )}
        </div>
      )}
      {open && !clerk && (
        <ActualPicker
          label={name}
          candidates={target.candidates ?? []}
          unit={target.target?.unit ?? ""}
          onPick={(picked) => {
            setOpen(false);
            onChoose(picked);
          }}
          onCancel={() => {
            setOpen(false);
            actionRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
