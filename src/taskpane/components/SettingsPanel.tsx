import { Button, Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { EvaluationSettings } from "../../core/evaluate/settings";
import { useStrings } from "../service-context";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

interface Props {
  value: EvaluationSettings;
  onSave: (s: EvaluationSettings) => void;
}

/** 設定：基準日・報告の種類・しきい値・手入力の上書き・進捗率の書き方。ブックに保存する。 */
export function SettingsPanel({ value, onSave }: Props) {
  const styles = useStyles();
  const t = useStrings();
  const [draft, setDraft] = useState<EvaluationSettings>(value);
  const set = (patch: Partial<EvaluationSettings>) => setDraft({ ...draft, ...patch });
  const setThreshold = (key: "onTrackRatio" | "aheadRatio", text: string) => {
    const n = Number(text);
    if (Number.isFinite(n) && n > 0) set({ thresholds: { ...draft.thresholds, [key]: n } });
  };
  return (
    <form
      className={styles.form}
      aria-label={t.settings}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <Field label={t.asOf}>
        <Input type="date" value={draft.asOf ?? ""} onChange={(_, d) => set({ asOf: d.value || null })} />
      </Field>
      <Field label={t.report}>
        <Select
          value={draft.report ?? ""}
          onChange={(_, d) => set({ report: d.value === "" ? null : (d.value as EvaluationSettings["report"]) })}
        >
          <option value="">{t.reportAuto}</option>
          <option value="中間報告">{t.interim}</option>
          <option value="年度末報告">{t.yearEnd}</option>
        </Select>
      </Field>
      <Field label={t.onTrack}>
        <Input
          type="number"
          step="0.05"
          min="0.1"
          defaultValue={String(draft.thresholds.onTrackRatio)}
          onChange={(_, d) => setThreshold("onTrackRatio", d.value)}
        />
      </Field>
      <Field label={t.ahead}>
        <Input
          type="number"
          step="0.05"
          min="0.1"
          defaultValue={String(draft.thresholds.aheadRatio)}
          onChange={(_, d) => setThreshold("aheadRatio", d.value)}
        />
      </Field>
      <Checkbox label={t.overwrite} checked={draft.overwriteManual} onChange={(_, d) => set({ overwriteManual: d.checked === true })} />
      <Checkbox
        label={t.printOnEvaluate}
        checked={draft.printOnEvaluate}
        onChange={(_, d) => set({ printOnEvaluate: d.checked === true })}
      />
      <Field label={t.rateMode}>
        <RadioGroup value={draft.rateMode} onChange={(_, d) => set({ rateMode: d.value as EvaluationSettings["rateMode"] })}>
          <Radio value="auto" label={t.rateAuto} />
          <Radio value="inline" label={t.rateInline} />
          <Radio value="column" label={t.rateColumn} />
        </RadioGroup>
      </Field>
      <Button type="submit">{t.save}</Button>
    </form>
  );
}
