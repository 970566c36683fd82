import { compactText } from "../text/normalize";

/** 見出しの種類。 */
export type HeaderKind = "no" | "goal" | "target" | "action" | "progress" | "progressText" | "mark" | "rate" | "remarks";

/**
 * セルの文字列が見出しなら種類を返す。空白・改行・全角半角の違いは無視する。
 * 「重点目標一覧表」「【令和2年度重点目標】」は見出しではない。
 */
const HEADER_CHARS = /[目取進備番評実度策Nn№Ｎｎ]/;

export function classifyHeader(raw: string): HeaderKind | null {
  if (raw.length > 80 || !HEADER_CHARS.test(raw)) return null;
  const t = compactText(raw);
  if (t.length === 0 || t.length > 40) return null;
  if (/^(no\.?|NO\.?|No\.?|№|番号|項番|目標番号)$/.test(t)) return "no";
  if (/^(重点目標|重点施策|重点項目)([(（].*[)）])?$/.test(t)) return "goal";
  if (/^期限/.test(t) || /^(数値目標|達成目標|成果目標)/.test(t) || /^(期限・)?目標(値|等|・期限|（期限・数値）|\(期限・数値\))?$/.test(t))
    return "target";
  if (
    /^(具体的な|主な)?(重点)?(取組|取り組み|取組み)(項目|内容|事項)?(\(.*\)|（.*）)?$/.test(t) ||
    /^(具体的な)?(重点)?取組(項目|内容)/.test(t)
  )
    return "action";
  if (/^(進捗|取組)状況[・･/／及び]*(進捗度|評価|達成度)/.test(t)) return "progress";
  if (/^(進捗|取組)状況(\(.*\)|（.*）)?$/.test(t) || /^進捗状況・?実績$/.test(t) || /^(実績|取組実績|進捗)$/.test(t)) return "progressText";
  if (/^(進捗度|評価|達成度|自己評価)$/.test(t)) return "mark";
  if (/^進捗率(\(.*\)|（.*）)?$/.test(t)) return "rate";
  if (/^備考$/.test(t)) return "remarks";
  return null;
}

/** 見出しセル 1 つ（結合を含む範囲）。 */
export interface HeaderCell {
  kind: HeaderKind;
  row: number;
  col: number;
  right: number;
  bottom: number;
}
