import type { toJsonDocument } from "../core/report/json";
import type { EvaluationSettings } from "../core/evaluate/settings";
import type { ChoiceRequest, TargetRef } from "./choices";

/** 評価の結果（cli.md の JSON 文書と同じ形）。 */
export type EvaluationReport = ReturnType<typeof toJsonDocument>;

import type { Progress } from "./evaluation-service";

export type { Progress } from "./evaluation-service";

/** 作業の結果：評価の結果と、同期の回数（性能の確認用）。 */
export interface RunOutcome {
  report: EvaluationReport;
  syncs: number;
  notes: string[];
}

/** PDF保存の結果：そのまま保存できる PDF（Excel on the web）か、Excel の機能で保存する手順（デスクトップ）か。 */
export type PdfOutcome = { kind: "download"; blob: Blob; notes: string[] } | { kind: "steps"; steps: string; notes: string[] };

/** 元に戻した結果：戻したセルの数と、戻さなかったもの（担当者が塗り替えたセルなど）の知らせ。 */
export interface UndoSummary {
  cells: number;
  notes: string[];
}

/**
 * 作業ウィンドウとリボンが使う窓口。部品は Excel.run を呼ばず、これを props か context で受け取る。
 */
export interface WorkbookService {
  evaluate(settings: EvaluationSettings, onProgress: (p: Progress) => void): Promise<RunOutcome>;
  /** 直前の評価で変えたセルを元に戻す。戻したセルの数 */
  undo(): Promise<number>;
  /** シートのセルを選ぶ（結果の項目をクリックしたとき） */
  select(sheet: string, address: string): Promise<void>;
  /** 印刷設定（A4 横・横 1 ページ・見出しの繰り返し・改ページ・フッター）と評価集計のシート */
  printSetup(settings: EvaluationSettings): Promise<RunOutcome>;
  /** ブックを PDF として取り出す */
  exportPdf(): Promise<Blob>;
  /** PDF保存：印刷設定を済ませてから、PDF を取り出す（web）か、Excel で保存する手順を返す（デスクトップ） */
  savePdf(settings: EvaluationSettings): Promise<PdfOutcome>;
  /** 元に戻す（知らせつき） */
  undoWithNotes(): Promise<UndoSummary>;
  loadSettings(): EvaluationSettings;
  saveSettings(settings: EvaluationSettings): Promise<void>;
  /** 要確認の目標に担当者の実績を付けて評価し直す（ブックに残り、元に戻すで消える） */
  chooseActual(settings: EvaluationSettings, request: ChoiceRequest): Promise<RunOutcome>;
  /** 担当者の実績を外して評価し直す */
  clearActual(settings: EvaluationSettings, ref: TargetRef): Promise<RunOutcome>;
}
