import type { AddinState, CellWrite, FlagWrite } from "../state";

/** 変更の一式。アダプターはこれだけを書き、ほかのセルには触れない。 */
export interface ChangeSet {
  writes: CellWrite[];
  flags: FlagWrite[];
  /** 保存する状態。変更がなければ null（書かない） */
  state: AddinState | null;
}

/** 利用者に知らせる注意（評価は続ける）。 */
export interface Warning {
  sheet: string;
  cell: string | null;
  message: string;
}
