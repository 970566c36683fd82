/** 担当者が要確認の目標に選んだ（または打ち込んだ）実績。 */
export interface ClerkChoice {
  /** シート名 */
  sheet: string;
  /** 項目の進捗状況のセル（項目の文の最初のセル、A1 形式） */
  progressCell: string;
  /** 項目の番号（①） */
  itemLabel: string;
  /** 項目の目標の並び（JSON の targets[]）での位置 */
  targetIndex: number;
  /** 目標の文（目標のセルが変わったことを見分ける） */
  targetText: string;
  /** 項目の進捗状況の文（（進捗…％）を除く）の指紋。文が変われば選択は使わない */
  progressHash: string;
  value: number;
  unit: string;
  /** 候補から選んだか、打ち込んだか */
  source: "candidate" | "typed";
  /** 候補の語、または「担当者が入力」 */
  evidence: string;
}
