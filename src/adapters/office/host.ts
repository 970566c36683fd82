import { OfficeWorkbookService } from "./service";

/** Office の表示言語とテーマ（作業ウィンドウの見た目を合わせる）。 */
export interface OfficeEnvironment {
  language: "ja" | "en";
  dark: boolean;
}

/** 作業ウィンドウとリボンの入口：本物の Excel.run と文書設定でサービスを作る。 */
export function createOfficeService(): OfficeWorkbookService {
  return new OfficeWorkbookService({
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    platform: String(Office.context.platform ?? ""),
    settings: Office.context.document?.settings,
    document: Office.context.document,
  });
}

function isDark(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "ff", 16));
  return 0.299 * (r ?? 255) + 0.587 * (g ?? 255) + 0.114 * (b ?? 255) < 128;
}

export function officeEnvironment(): OfficeEnvironment {
  const language = (Office.context.displayLanguage ?? "ja-JP").toLowerCase().startsWith("ja") ? "ja" : "en";
  const theme = (Office.context as { officeTheme?: { bodyBackgroundColor?: string } }).officeTheme;
  return { language, dark: isDark(theme?.bodyBackgroundColor) };
}

/** office.js の読み込みを待つ。 */
export function whenOfficeReady(): Promise<void> {
  return Office.onReady().then(() => undefined);
}
