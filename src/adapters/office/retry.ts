import { EvaluationError } from "../../core/errors";

/** セルの編集中に Excel が返すエラーか。 */
export function isEditModeError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "InvalidOperationInCellEditMode" || /cell.?edit.?mode/i.test(String((e as Error | null)?.message ?? ""));
}

export interface RetryOptions {
  timeoutMs: number;
  intervalMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const DEFAULT_RETRY: RetryOptions = {
  timeoutMs: 15000,
  intervalMs: 500,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

/**
 * セルの編集中は Excel が呼び出しを受け付けないので、しばらく待って繰り返す。
 * 時間切れになったら、何をすればよいかを添えたエラーにする（いつまでも回り続けない）。
 */
export async function retryWhileEditing<T>(run: () => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  const start = options.now();
  for (;;) {
    try {
      return await run();
    } catch (e) {
      if (!isEditModeError(e)) throw e;
      if (options.now() - start >= options.timeoutMs) {
        throw new EvaluationError(
          "cell-in-edit-mode",
          "office",
          "セルを編集中のため、Excel が評価を受け付けません。",
          "編集中のセルで Enter か Esc を押して編集を終えてから、もう一度「評価計算」を押してください。",
        );
      }
      await options.sleep(options.intervalMs);
    }
  }
}
