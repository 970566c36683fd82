import type { ChangeSet } from "./core/changes/types";
import type { ErrorOrigin } from "./core/errors";
import type { WorkbookSnapshot } from "./core/snapshot";

/** 読み取りの結果：スナップショットと、利用者に知らせること（古い Excel で機能を落としたなど）。 */
export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  notes: string[];
}

/** 書き込みの結果：利用者に知らせること（印刷設定を手で行う手順など）と、同期の回数（Excel のみ）。 */
export interface ApplyResult {
  notes: string[];
  syncs?: number;
}

/**
 * ブックへの口（ポート）。.xlsx ファイル（src/adapters/xlsx）と Excel（src/adapters/office）が
 * 同じ形で実装し、同じ約束の試験（test/contract）を通る。
 *
 * - read：表のあるシートの値・表示文字列・書式・結合と、アドインの状態を読む。
 * - apply：変更の一式（記号・（進捗…％）・進捗率・塗り・注記・状態・印刷設定・評価集計・行の高さ）だけを書く。
 *   書く前に保護されたシートを確かめ、書けないときは何も書かずにエラーにする。
 */
export interface WorkbookPort {
  readonly origin: ErrorOrigin;
  read(): Promise<WorkbookRead>;
  apply(changes: ChangeSet): Promise<ApplyResult>;
}
