import { attachPrint } from "../core/changes/attach-print";
import { withChoices } from "../core/changes/choices-state";
import { FLAG_COLOR } from "../core/changes/flag-look";
import type { ChangeSet } from "../core/changes/types";
import { planUndo } from "../core/changes/undo";
import { EvaluationError } from "../core/errors";
import { evaluateWorkbook, type WorkbookEvaluation } from "../core/evaluate-workbook";
import type { ClerkChoice } from "../core/evaluate/choices";
import type { EvaluationSettings } from "../core/evaluate/settings";
import { printChanges } from "../core/print";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { WorkbookPort } from "../port";
import { buildChoice, dropStale, replaceChoice, type ChoiceRequest, type TargetRef } from "./choices";
import { assertWritable } from "./protection";

/** 作業の進み具合（作業中の表示と読み上げ用）。 */
export type Progress = { step: "reading" | "evaluating" | "writing" | "done"; message: string };

/** 評価の依頼：書き込むか（CLI の --out なし・確かめるだけなら false）、印刷設定もするか。 */
export interface EvaluateOptions {
  write: boolean;
  print: boolean;
  /** 印刷設定とともに評価集計のシートも作るか（既定 true） */
  summary?: boolean;
  onProgress?: (p: Progress) => void;
}

/** 評価の結果：核の評価、当てた変更、利用者に知らせること。 */
export interface EvaluateOutcome {
  result: WorkbookEvaluation;
  changes: ChangeSet;
  notes: string[];
  syncs: number;
}

/** 元に戻した結果。 */
export interface UndoOutcome {
  changes: ChangeSet;
  notes: string[];
}

/**
 * 評価・印刷設定・元に戻すの手順。CLI（.xlsx のポート）と作業ウィンドウ（Excel のポート）が共通に使う。
 * 読む → 核で評価（純粋・同期）→ 保護を確かめる → 書く。
 */
export class EvaluationService {
  constructor(private readonly port: WorkbookPort) {}

  async evaluate(settings: EvaluationSettings, options: EvaluateOptions): Promise<EvaluateOutcome> {
    return this.run(settings, options, (_result, current) => current);
  }

  /** 要確認の目標に担当者の実績を付けて評価し直す（実績はブックに残り、文が変わるまで使われる）。 */
  async choose(
    settings: EvaluationSettings,
    request: ChoiceRequest,
    options: Omit<EvaluateOptions, "write"> = { print: false },
  ): Promise<EvaluateOutcome> {
    return this.run(settings, { ...options, write: true }, (result, current) =>
      replaceChoice(current, request, buildChoice(result, request)),
    );
  }

  /** 担当者の実績を外して評価し直す。 */
  async clearChoice(
    settings: EvaluationSettings,
    ref: TargetRef,
    options: Omit<EvaluateOptions, "write"> = { print: false },
  ): Promise<EvaluateOutcome> {
    return this.run(settings, { ...options, write: true }, (_result, current) => replaceChoice(current, ref, null));
  }

  /**
   * 読む → 評価 →（担当者の実績が変われば）評価し直す → 印刷の変更 → 書く。使えなくなった担当者の実績は記録から外して知らせる。
   */
  private async run(
    settings: EvaluationSettings,
    options: EvaluateOptions,
    nextChoices: (result: WorkbookEvaluation, current: ClerkChoice[]) => ClerkChoice[],
  ): Promise<EvaluateOutcome> {
    const progress = options.onProgress ?? (() => undefined);
    progress({ step: "reading", message: "シートを読み込んでいます…" });
    const read = await this.port.read();
    progress({ step: "evaluating", message: "評価しています…" });
    const stored = read.snapshot.state?.choices ?? [];
    const first = evaluateWorkbook(read.snapshot, { ...settings, choices: stored });
    const fresh = dropStale(first, stored);
    const choices = nextChoices(first, fresh.choices);
    const result = choices === stored ? first : evaluateWorkbook(read.snapshot, { ...settings, choices });
    const withState = withChoices(result.changes, read.snapshot, choices);
    const changes = options.print ? attachPrint(withState, printChanges(result, options.summary ?? true), read.snapshot) : withState;
    const notes = [...read.notes, ...fresh.notes];
    if (!options.write) return { result, changes, notes, syncs: 0 };
    progress({ step: "writing", message: `${changes.writes.length} セルに書き込んでいます…` });
    const applied = await this.write(read.snapshot, changes);
    progress({ step: "done", message: "評価が終わりました。" });
    return { result, changes, notes: [...notes, ...applied.notes], syncs: applied.syncs ?? 0 };
  }

  async undo(): Promise<UndoOutcome> {
    const read = await this.port.read();
    const plan = planUndo(read.snapshot, FLAG_COLOR);
    if (!plan.ok) throw new EvaluationError("undo-conflict", "core", plan.reason);
    const applied = await this.write(read.snapshot, plan.value.changes);
    return { changes: plan.value.changes, notes: [...read.notes, ...plan.value.notes, ...applied.notes] };
  }

  private async write(snapshot: WorkbookSnapshot, changes: ChangeSet) {
    assertWritable(snapshot, changes, this.port.origin);
    return this.port.apply(changes);
  }
}
