import type { ErrorOrigin } from "../../core/errors";
import { EvaluationError } from "../../core/errors";

/** Why a file operation failed, in words a clerk can act on (never the raw code such as EACCES). */
export function fileProblem(e: unknown): { why: string; next: string } {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return { why: "ファイルかフォルダーがありません", next: "ファイルの場所と名前、書き出し先のフォルダーがあるかを確かめてください。" };
    case "EACCES":
    case "EPERM":
      return {
        why: "読み書きする権限がありません",
        next: "ファイルやフォルダーの権限を確かめるか、書き込めるフォルダーを指定してください。",
      };
    case "EROFS":
      return { why: "書き込めない場所（読み取り専用）です", next: "書き込めるフォルダーを指定してください。" };
    case "ENOSPC":
    case "EDQUOT":
      return { why: "ディスクの空きが足りません", next: "不要なファイルを消して空きを作るか、別の場所を指定してください。" };
    case "EISDIR":
      return { why: "ファイルではなくフォルダーです", next: "ファイルの名前まで指定してください。" };
    case "ENOTDIR":
      return { why: "途中のフォルダーの名前がファイルを指しています", next: "書き出し先のフォルダーの名前を確かめてください。" };
    case "EBUSY":
    case "ETXTBSY":
      return {
        why: "ほかのプログラムがファイルを使っています",
        next: "Excel などでファイルを開いていれば閉じてから、もう一度実行してください。",
      };
    case "EMFILE":
    case "ENFILE":
      return { why: "開いているファイルが多すぎます", next: "ほかのプログラムを閉じてから、もう一度実行してください。" };
    case "ENAMETOOLONG":
      return { why: "ファイルの名前か場所が長すぎます", next: "短い名前か、浅いフォルダーを指定してください。" };
    case "EXDEV":
      return { why: "別のドライブへは置き換えられません", next: "同じドライブのフォルダーを指定してください。" };
    default:
      return {
        why: "ファイルを読み書きできませんでした",
        next: "ファイルの場所と権限、ディスクの空きを確かめてから、もう一度実行してください。",
      };
  }
}

/** A write failure as the clerk reads it: what happened, why, and what to do next. */
export function writeError(target: string, e: unknown, origin: ErrorOrigin = "xlsx"): EvaluationError {
  if (e instanceof EvaluationError) return e;
  const p = fileProblem(e);
  const error = new EvaluationError(
    "write-failed",
    origin,
    `「${target}」に書き込めませんでした：${p.why}。何も書き出していません。`,
    p.next,
  );
  (error as { cause?: unknown }).cause = e;
  return error;
}
