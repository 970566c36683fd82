import type { NumberRole, NumberToken } from "../numbers/token";
import type { PredicateHit } from "./predicates";

/**
 * 進捗状況の文の中の数の役割。actual：実績になり得る数 / plan：予定の数 / baseline：前年度などの比べる前の数 /
 * subset：うち・内訳の数 / goal：目標値を書き直した数 / unread：目標と単位が合わないので読まなかった数 /
 * ほかは数の読み取りの役割（日付・年号・序数…）。
 */
export type FigureRole = "actual" | "plan" | "baseline" | "subset" | "goal" | "unread" | Exclude<NumberRole, "quantity">;

/** 進捗状況の文の中の 1 つの数と、その前後の語。位置は元の文字列での位置。 */
export interface Figure {
  /** 文の中の数の番号（breakdownOf が指す番号） */
  index: number;
  token: NumberToken;
  role: FigureRole;
  /** 計・合計・延べ・総数 の数 */
  total: boolean;
  /** 累計の数 */
  cumulative: boolean;
  /** 「〜までの実績は」の文の数（何年かにわたる目標では、これまでの合わせた数） */
  toDate: boolean;
  /** シートの年度より前の年度の数（役割は baseline。何年かにわたる目標では部分になり得る） */
  earlier: boolean;
  /** 数の前の名前（助詞などを落としたもの） */
  label: string;
  /** 比べるための名前（実績などの一般的な語・出どころ・時点を除いたもの。空なら「別の名前」ではない） */
  core: string;
  /** 数の後ろの語（50名が参加 の「参加」） */
  after: string;
  /** 括弧の中の名前のある数の、括弧の前の句（…取組を実施した（実施率100％） の「…取組を実施した」）。要るときに outerOf が作る（まだなら null） */
  outer: string | null;
  /** outer を作るための文字列（名前を探すための文字列）と括弧の開きの位置。括弧の中の名前のある数でなければ null */
  outerAt: { masked: string; open: number } | null;
  /** 名前の始まり */
  labelFrom: number;
  /** 根拠の語（figureWords が要るときに作る） */
  words: string | null;
  /** 担当者に示す候補（candidateOf が要るときに作り、目標の間で共有する） */
  view: { value: number; unit: string; text: string } | null;
  /** 文の番号 */
  sentence: number;
  /** 読点で並べた同じ単位の数の続きなら、並びの最初の数の番号（lists.ts）。なければ null */
  listHead: number | null;
  /** 数のすぐ後ろの括弧の中の数（120件（電話80件、来所40件））なら、その前の数の番号 */
  breakdownOf: number | null;
}

/** 文（句点か、つながっていない改行で区切った範囲。文字列は source.slice(start, end)）。 */
export interface Sentence {
  start: number;
  end: number;
}

/** 進捗状況の文を読んだ結果。 */
export interface ProgressReading {
  source: string;
  figures: Figure[];
  sentences: Sentence[];
  /** 述語（実施した・予定・中止…）。位置は元の文字列での位置 */
  predicates: PredicateHit[];
}
