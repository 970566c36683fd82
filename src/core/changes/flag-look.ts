/**
 * 未達の行の強調の見た目。塗り（色）に加えて、白黒で印刷しても分かる模様と罫線を持てる。
 * アダプターは、その Excel で使えるものだけを当てる（模様が使えなければ塗りと罫線）。
 */
export interface FlagLook {
  /** 塗りの色（#RRGGBB） */
  fill: string;
  /** 塗りの模様（Excel の patternType）。solid は単色 */
  pattern: "solid" | "gray125" | "gray0625" | "lightGray" | "lightUp" | "lightDown" | "lightHorizontal";
  /** 模様の色（#RRGGBB、pattern が solid でないとき） */
  patternColor: string;
  /** 罫線（null なら引かない） */
  border: { style: "thin" | "medium" | "dashed" | "double"; color: string } | null;
}

/** 未達の行の強調の塗り（薄い黄）。色だけに頼らないよう、理由は注記にも書く。 */
export const FLAG_COLOR = "#FFE699";

/** 今の強調の見た目。 */
export const FLAG_LOOK: FlagLook = { fill: FLAG_COLOR, pattern: "solid", patternColor: "#000000", border: null };

/** 議会用 PDF で、未達の項目の進捗度の記号に添えて印刷する言葉。 */
export const FLAG_WORD = "未達";
