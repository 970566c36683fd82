import { defaultSettings, type EvaluationSettings } from "../../core/evaluate/settings";

const KEY = "juten.evaluationSettings";

/** 設定をブックの文書設定（Office.context.document.settings）に保存する：そのファイルを開く全員で共有される。 */
export function loadDocumentSettings(settings: Office.Settings | undefined): EvaluationSettings {
  const base = defaultSettings();
  const stored = settings?.get(KEY) as Partial<EvaluationSettings> | null | undefined;
  if (!stored || typeof stored !== "object") return base;
  return { ...base, ...stored, thresholds: { ...base.thresholds, ...(stored.thresholds ?? {}) } };
}

export function saveDocumentSettings(settings: Office.Settings | undefined, value: EvaluationSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!settings) {
      resolve();
      return;
    }
    settings.set(KEY, value);
    settings.saveAsync((result) =>
      String(result.status) === "succeeded" ? resolve() : reject(new Error(result.error?.message ?? "設定を保存できません")),
    );
  });
}
