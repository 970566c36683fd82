import type { ErrorCode } from "../core/errors";

/** cli.md の終了コード。 */
export const EXIT = { ok: 0, other: 1, usage: 2, unreadable: 3 } as const;

/** エラーの種類 → 終了コード。読めない・表がない は 3、使い方の誤りは 2、それ以外は 1。 */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case "usage":
      return EXIT.usage;
    case "not-a-workbook":
    case "encrypted":
    case "unreadable":
    case "layout-not-found":
      return EXIT.unreadable;
    default:
      return EXIT.other;
  }
}
