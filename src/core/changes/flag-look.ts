/** 未達の行の強調の塗り（薄い黄）。色だけに頼らないよう、理由は注記にも書く。 */
export const FLAG_COLOR = "#FFE699";
