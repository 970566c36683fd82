import { figureWords, readProgress } from "../actuals/figures";
import type { Actual } from "../actuals/match";
import type { ItemModel } from "../model/types";
import { a1 } from "../snapshot";
import type { TargetSpec } from "../targets/target";

/** 担当者が要確認の目標に選んだ（または打ち込んだ）実績。 */
export interface ClerkChoice {
  /** シートの名前 */
  sheet: string;
  /** 項目の進捗状況の文の最初のセル（A1 形式） */
  progressCell: string;
  /** 項目の番号（①） */
  itemLabel: string;
  /** 項目の目標の中の何番目か（JSON の targets[] の順） */
  targetIndex: number;
  /** 目標の文（目標のセルが変わったことを見分けるため） */
  targetText: string;
  /** 項目の進捗状況の文（（進捗…％）の注記を除く）の要約値 */
  progressHash: string;
  value: number;
  unit: string;
  /** 候補から選んだか、打ち込んだか */
  source: "candidate" | "typed";
  /** 選んだ候補の語、または「担当者が入力」 */
  evidence: string;
}

const ANNOTATION = /[（(]\s*進捗率?\s*[0-9０-９.．]+\s*[％%]\s*[）)]/g;

/**
 * 進捗状況の文の要約値（FNV-1a 32 ビットの 16 進 8 桁）。（進捗…％）の注記を除き、空白をまとめてから計算するので、
 * アドインが注記を書き込んでも変わらず、担当者が文を書き換えると変わる。
 */
export function progressHash(text: string): string {
  const clean = text
    .replace(ANNOTATION, "")
    .replace(/[\s\u3000]+/g, " ")
    .trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < clean.length; i++) {
    hash ^= clean.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** 項目の進捗状況の文の最初のセル（A1）。文がなければ null。 */
export function progressCellOf(item: ItemModel): string | null {
  const first = item.progress.lines[0];
  return first ? a1(first.row, first.col) : null;
}

/** 項目に当てはまる担当者の実績（目標の番号ごと）と、文や目標が変わったため使えない実績。 */
export interface ItemChoices {
  byIndex: Map<number, ClerkChoice>;
  stale: ClerkChoice[];
}

/** 項目 1 つに向けた担当者の実績を選り分ける（同じシート・同じ進捗状況のセルのもの）。 */
export function choicesForItem(sheet: string, item: ItemModel, specs: TargetSpec[], choices: readonly ClerkChoice[]): ItemChoices {
  const out: ItemChoices = { byIndex: new Map(), stale: [] };
  if (choices.length === 0) return out;
  const cell = progressCellOf(item);
  const mine = choices.filter((c) => c.sheet === sheet && c.progressCell === cell);
  if (mine.length === 0) return out;
  const hash = progressHash(item.progress.text);
  for (const c of mine) {
    const spec = specs[c.targetIndex];
    const fits =
      spec?.quantity && spec.text === c.targetText && c.progressHash === hash && (c.unit === "" || c.unit === spec.quantity.unit);
    if (fits) out.byIndex.set(c.targetIndex, c);
    else out.stale.push(c);
  }
  return out;
}

/** 担当者の実績を実績の形にする。候補から選んだものは、文の中のその数の後ろに注記を書く（打ち込んだものは書かない）。 */
export function clerkActual(choice: ClerkChoice, spec: TargetSpec, progress: string): Actual {
  const unit = choice.unit || spec.quantity?.unit || "";
  let insertAt = -1;
  if (choice.source === "candidate") {
    const figure = readProgress(progress, null).figures.find(
      (f) => f.token.value === choice.value && f.token.unit === unit && figureWords(progress, f) === choice.evidence,
    );
    if (figure) insertAt = figure.token.end;
  }
  return { value: choice.value, unit, evidence: choice.evidence, via: "clerk", insertAt, parts: null, source: choice.source };
}
