import { Button, Field, Input, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { useStrings } from "../service-context";

/** 実績の候補（数・単位・前後の語）。 */
export interface CandidateOption {
  value: number;
  unit: string;
  text: string;
}

/** 担当者が決めた実績。 */
export interface PickedActual {
  value: number;
  unit: string;
  source: "candidate" | "typed";
  evidence: string;
}

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    marginInlineStart: tokens.spacingHorizontalXXL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const TYPED = "typed";

interface Props {
  /** 目標の名前（読み上げ用） */
  label: string;
  candidates: CandidateOption[];
  /** 目標の単位（打ち込むときの単位） */
  unit: string;
  onPick: (picked: PickedActual) => void;
  onCancel: () => void;
}

/**
 * 要確認の目標の実績を選ぶ：候補（数・単位・前後の語）から 1 つ選ぶか、数を打ち込む。
 * 開くと最初の選択肢に移り、矢印キーで選び、Tab で「この実績を使う」、Esc でやめる。
 */
export function ActualPicker({ label, candidates, unit, onPick, onCancel }: Props) {
  const styles = useStyles();
  const t = useStrings();
  const [choice, setChoice] = useState(candidates.length > 0 ? "0" : TYPED);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLInputElement>("input")?.focus(), []);

  const submit = () => {
    if (choice !== TYPED) {
      const c = candidates[Number(choice)];
      if (c) onPick({ value: c.value, unit: c.unit, source: "candidate", evidence: c.text });
      return;
    }
    const value = Number(typed.replace(/[,，]/g, "").replace(/[０-９．]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
    if (typed.trim() === "" || !Number.isFinite(value)) {
      setError(t.typedInvalid);
      return;
    }
    onPick({ value, unit, source: "typed", evidence: t.typedEvidence });
  };

  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={t.pickFor(label)}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
      data-testid="actual-picker"
    >
      <RadioGroup value={choice} onChange={(_, d) => setChoice(d.value)} aria-label={t.candidates}>
        {candidates.map((c, i) => (
          <Radio key={i} value={String(i)} label={`${c.value.toLocaleString("ja-JP")}${c.unit === "%" ? "％" : c.unit}　「${c.text}」`} />
        ))}
        <Radio value={TYPED} label={t.typeActual} />
      </RadioGroup>
      {choice === TYPED && (
        <Field label={t.typedLabel(unit)} validationState={error ? "error" : "none"} validationMessage={error || undefined}>
          <Input
            inputMode="decimal"
            value={typed}
            onChange={(_, d) => {
              setTyped(d.value);
              setError("");
            }}
          />
        </Field>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {t.useActual}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
