import type { ClerkChoice } from "../evaluate/choices";
import type { WorkbookSnapshot } from "../snapshot";
import { emptyState, type AddinState } from "../state";
import type { ChangeSet } from "./types";

/** 担当者の実績の並びが同じか（順は問わない）。 */
function sameChoices(a: readonly ClerkChoice[], b: readonly ClerkChoice[]): boolean {
  const key = (c: ClerkChoice): string =>
    JSON.stringify([c.sheet, c.progressCell, c.targetIndex, c.targetText, c.progressHash, c.value, c.unit, c.source, c.evidence]);
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}

/**
 * 状態に担当者の実績を残す。前と変わったときは、元に戻す記録に前の実績も残す（元に戻すと選ぶ前に戻る）。
 * セルの書き込みがなくても、実績が変われば状態は書く。
 */
export function withChoices(changes: ChangeSet, snapshot: WorkbookSnapshot, choices: ClerkChoice[]): ChangeSet {
  const before = snapshot.state?.choices ?? [];
  if (sameChoices(before, choices)) return changes;
  const base: AddinState = changes.state ?? snapshot.state ?? emptyState();
  const undo = changes.state?.undo ?? {
    writes: [],
    flags: [],
    previous: { marks: base.marks, flagged: base.flagged },
    addedSheets: [],
    printSheets: [],
  };
  const state: AddinState = { ...base, choices, undo: { ...undo, previous: { ...undo.previous, choices: before } } };
  return { ...changes, state };
}
