import type { ChangeSet } from "../core/changes/types";
import { EvaluationError, type ErrorOrigin } from "../core/errors";
import type { WorkbookSnapshot } from "../core/snapshot";

/** 変更が書き込むシートの名前。 */
function touchedSheets(changes: ChangeSet): Set<string> {
  const names = new Set<string>();
  for (const w of changes.writes) names.add(w.sheet);
  for (const f of changes.flags) names.add(f.sheet);
  for (const p of changes.print?.plans ?? []) names.add(p.sheet);
  for (const r of changes.print?.rowHeights ?? []) names.add(r.sheet);
  for (const s of changes.restorePrint) names.add(s);
  return names;
}

/**
 * 書き込む前に、書き込むシートが保護されていないかを確かめる。保護されていれば、何も書かずに
 * シートの名前と対処を示すエラーにする（Excel は保護されたセルへの書き込みを途中で断るため）。
 */
export function assertWritable(snapshot: WorkbookSnapshot, changes: ChangeSet, origin: ErrorOrigin): void {
  const touched = touchedSheets(changes);
  const locked = snapshot.sheets.filter((s) => s.protected && touched.has(s.name)).map((s) => `「${s.name}」`);
  if (locked.length === 0) return;
  throw new EvaluationError(
    "protected",
    origin,
    `シート${locked.join("、")}が保護されているため、評価の結果を書き込めません。何も書き込んでいません。`,
    "校閲 > シート保護の解除 で保護を外してから、もう一度実行してください（パスワードが分からなければ、シートを管理している方に頼んでください）。",
  );
}
