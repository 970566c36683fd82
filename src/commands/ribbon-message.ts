import { isEvaluationError } from "../core/errors";

/** リボンから知らせること（ダイアログに出す）。 */
export interface RibbonMessage {
  kind: "error" | "done";
  title: string;
  text: string;
}

/** URL に入れる文の上限（URL を長くしすぎない：日本語は 1 字が 9 文字になる）。 */
const MAX_TEXT = 1500;

/** ダイアログのページの URL：文は # の後ろに入れる（サーバーには送られない）。ページは textContent で表示する。 */
export function messageUrl(functionFileUrl: string, message: RibbonMessage): string {
  const page = new URL("message.html", functionFileUrl);
  const text =
    message.text.length > MAX_TEXT
      ? `${message.text.slice(0, MAX_TEXT)}…（続きは作業ウィンドウで「評価計算」を押すと表示されます）`
      : message.text;
  page.hash = encodeURIComponent(JSON.stringify({ kind: message.kind, title: message.title, text }));
  return page.toString();
}

/** エラーを、何が起きたか・なぜか・次に何をするかの文にする。 */
export function describeForRibbon(e: unknown): string {
  if (isEvaluationError(e)) return e.describe();
  const why = e instanceof Error ? e.message : String(e);
  return `予期しない問題が起きました（${why}）。作業ウィンドウ（ホーム > 評価アシスタント）を開いて、もう一度「評価計算」を押してください。続くときは、このブックを添えて担当者に連絡してください。`;
}

type DialogResult = {
  status: string;
  value?: { close: () => void; addEventHandler: (type: unknown, handler: (arg: unknown) => void) => void };
  error?: { message: string };
};
export type DisplayDialog = (
  url: string,
  options: { height: number; width: number; displayInIframe: boolean },
  callback: (r: DialogResult) => void,
) => void;

/**
 * ダイアログで知らせ、閉じられるまで待つ（関数コマンドは event.completed() を呼ぶと片付けられるため、閉じてから完了にする）。
 * ダイアログを開けなければ（DialogApi がない・ほかのダイアログが開いている）、すぐに戻る。
 */
export function showRibbonMessage(
  display: DisplayDialog | undefined,
  url: string,
  events: { message: unknown; closed: unknown },
): Promise<boolean> {
  return new Promise((resolve) => {
    if (!display) {
      resolve(false);
      return;
    }
    try {
      display(url, { height: 40, width: 40, displayInIframe: true }, (r) => {
        const dialog = r.value;
        if (r.status !== "succeeded" || !dialog) {
          resolve(false);
          return;
        }
        dialog.addEventHandler(events.message, () => {
          dialog.close();
          resolve(true);
        });
        dialog.addEventHandler(events.closed, () => resolve(true));
      });
    } catch {
      resolve(false);
    }
  });
}
