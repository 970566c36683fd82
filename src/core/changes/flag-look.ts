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

/**
 * 未達の行の強調の見た目：薄い黄の地に黒の細かい点（12.5％の網かけ）と、黒の太めの罫線。
 * 薄い黄だけでは白黒の印刷でほとんど白になるが、網かけは灰色に、太い罫線は枠として刷られる
 * （LibreOffice は網かけを同じ濃さの単色にして描く：灰色の濃さ約 78％）。文字は黒のまま読める濃さ。
 * 表の形（列・行・結合）は変えないので、部局の様式のまま印刷できる。理由は注記と、備考の列があれば備考に、
 * 議会用 PDF では進捗度の記号の下に「未達」と書く。
 */
export const FLAG_LOOK: FlagLook = {
  fill: FLAG_COLOR,
  pattern: "gray125",
  patternColor: "#000000",
  border: { style: "medium", color: "#000000" },
};

/** 議会用 PDF で、未達の項目の進捗度の記号に添えて印刷する言葉。 */
export const FLAG_WORD = "未達";
