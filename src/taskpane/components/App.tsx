import { Button, Divider, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { EvaluationSettings } from "../../core/evaluate/settings";
import type { TargetRef } from "../../services/choices";
import type { EvaluationReport, RunOutcome } from "../../services/workbook-service";
import { describeError } from "../errors";
import { useService, useStrings } from "../service-context";
import { Counts } from "./Counts";
import { Messages, type Message } from "./Messages";
import { refKey, type CorrectionHandlers } from "./ItemRow";
import { Results } from "./Results";
import { SettingsPanel } from "./SettingsPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  title: { fontSize: tokens.fontSizeBase500, margin: 0 },
});

/** 作業ウィンドウ：評価計算・結果・設定・元に戻す。 */
export function App() {
  const styles = useStyles();
  const t = useStrings();
  const service = useService();
  const [settings, setSettings] = useState<EvaluationSettings>(() => service.loadSettings());
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState("");
  const [report, setReport] = useState<EvaluationReport | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);

  const guard = async (work: () => Promise<Message[]>) => {
    setBusy(true);
    setMessages([]);
    try {
      setMessages(await work());
    } catch (e) {
      setMessages([{ intent: "error", title: t.errorTitle, text: describeError(e, t) }]);
    } finally {
      setBusy(false);
      setProgress("");
    }
  };

  const evaluate = () =>
    guard(async () => {
      const outcome = await service.evaluate(settings, (p) => setProgress(p.message));
      setReport(outcome.report);
      const warnings = [...outcome.notes, ...outcome.report.warnings.map((w) => `${w.sheet}${w.cell ? "!" + w.cell : ""} ${w.message}`)];
      return [
        { intent: "success", text: t.done(outcome.report.changes.cells) },
        ...warnings.map((w): Message => ({ intent: "warning", text: w })),
      ];
    });

  const undo = () =>
    guard(async () => {
      const outcome = await service.undoWithNotes();
      return [{ intent: "success", text: t.undone(outcome.cells) }, ...outcome.notes.map((n): Message => ({ intent: "warning", text: n }))];
    });

  const print = () =>
    guard(async () => {
      const outcome = await service.printSetup(settings);
      setReport(outcome.report);
      return [{ intent: "success", text: t.printed }, ...outcome.notes.map((n): Message => ({ intent: "warning", text: n }))];
    });

  const pdf = () =>
    guard(async () => {
      // デスクトップの Excel では作業ウィンドウからファイルを保存できない：Excel で保存する手順を示す
      const outcome = await service.savePdf(settings);
      const notes = outcome.notes.map((n): Message => ({ intent: "warning", text: n }));
      if (pdfUrl) URL.revokeObjectURL(pdfUrl);
      if (outcome.kind === "steps") {
        setPdfUrl(null);
        return [{ intent: "info", text: outcome.steps }, ...notes];
      }
      setPdfUrl(URL.createObjectURL(outcome.blob));
      return [{ intent: "success", text: t.pdfReady }, ...notes];
    });

  const save = (next: EvaluationSettings) =>
    guard(async () => {
      await service.saveSettings(next);
      setSettings(next);
      return [{ intent: "info", text: t.saved }];
    });

  const select = (sheet: string, cell: string) => guard(async () => (await service.select(sheet, cell), []));

  const [focusKey, setFocusKey] = useState<string | null>(null);
  const afterCorrection = (outcome: RunOutcome, ref: TargetRef, text: string): Message[] => {
    setReport(outcome.report);
    setFocusKey(refKey(ref));
    return [{ intent: "success", text }, ...outcome.notes.map((n): Message => ({ intent: "warning", text: n }))];
  };
  const correction: CorrectionHandlers = {
    focusKey,
    onChoose: (ref, name, picked) =>
      guard(async () =>
        afterCorrection(
          await service.chooseActual(settings, { ...ref, ...picked }),
          ref,
          t.chosen(name, `${picked.value}${picked.unit === "%" ? "％" : picked.unit}`),
        ),
      ),
    onClear: (ref, name) => guard(async () => afterCorrection(await service.clearActual(settings, ref), ref, t.cleared(name))),
  };

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{t.title}</h1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={evaluate} disabled={busy}>
          {t.evaluate}
        </Button>
        <Button onClick={undo} disabled={busy}>
          {t.undo}
        </Button>
      </div>
      <div className={styles.actions}>
        <Button onClick={print} disabled={busy}>
          {t.print}
        </Button>
        <Button onClick={pdf} disabled={busy}>
          {t.pdf}
        </Button>
        {pdfUrl && (
          <a href={pdfUrl} download="重点目標一覧表.pdf">
            {t.pdfLink}
          </a>
        )}
      </div>
      {busy && <ProgressBar aria-label={progress || t.evaluating} />}
      <div aria-live="polite" role="status">
        {busy ? progress || t.evaluating : ""}
      </div>
      <Messages messages={messages} />
      {report ? (
        <>
          <Counts report={report} />
          <Results report={report} onSelect={select} correction={correction} />
        </>
      ) : (
        <p>{t.empty}</p>
      )}
      <Divider />
      <details>
        <summary>{t.settings}</summary>
        <SettingsPanel value={settings} onSave={save} />
      </details>
    </main>
  );
}
