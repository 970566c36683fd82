/** エラーの発生源。どの層で起きたかを UI と CLI が示せるようにする。 */
export type ErrorOrigin = "core" | "xlsx" | "office" | "cli" | "pdf";

/** エラーの種類。CLI の終了コードはこれで決まる（cli.md）。 */
export type ErrorCode =
  | "not-a-workbook"
  | "encrypted"
  | "unreadable"
  | "layout-not-found"
  | "usage"
  | "missing-fiscal-year"
  | "requirement-set"
  | "cell-in-edit-mode"
  | "undo-conflict"
  | "write-failed"
  | "protected"
  | "state-damaged"
  | "pdf-failed"
  | "internal";

/**
 * 利用者に見せるエラー。message は「何が起きたか・なぜか・次に何をするか」を日本語で持つ。
 */
export class EvaluationError extends Error {
  readonly code: ErrorCode;
  readonly origin: ErrorOrigin;
  readonly hint: string;

  constructor(code: ErrorCode, origin: ErrorOrigin, message: string, hint = "") {
    super(message);
    this.name = "EvaluationError";
    this.code = code;
    this.origin = origin;
    this.hint = hint;
  }

  /** 利用者向けの全文（何が・なぜ・次に何を）。 */
  describe(): string {
    return this.hint ? `${this.message}\n${this.hint}` : this.message;
  }
}

export function isEvaluationError(value: unknown): value is EvaluationError {
  return value instanceof EvaluationError;
}
