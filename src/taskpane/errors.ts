import { isEvaluationError } from "../core/errors";
import type { Strings } from "./i18n";

/** エラーを、何が起きたか・なぜか・次に何をするかの文にする（握りつぶさない）。 */
export function describeError(e: unknown, t: Strings): string {
  if (isEvaluationError(e)) return e.describe();
  return t.unexpected(e instanceof Error ? e.message : String(e));
}
