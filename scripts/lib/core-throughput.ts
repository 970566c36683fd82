/**
 * 核の速さを測る本体（bench が、そのままと、esbuild で束ねた本番と同じ形の両方で走らせる）。
 * 引数：目標の数。標準出力に JSON（最良の時間と目標の数）。
 */
import { evaluateWorkbook } from "../../src/core/evaluate-workbook";
import { defaultSettings } from "../../src/core/evaluate/settings";
import { syntheticSnapshot } from "./synthetic";

export function measureCore(targets: number): { ms: number; counted: number } {
  const snapshot = { sheets: [syntheticSnapshot(targets)], state: null };
  evaluateWorkbook(snapshot, defaultSettings());
  // 小さい表は JIT が温まるまで時間がかかるので、回数を増やして最良の値を取る
  const runs = Math.min(30, Math.max(2, Math.ceil(60000 / targets)));
  let best = Number.POSITIVE_INFINITY;
  let counted = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const result = evaluateWorkbook(snapshot, defaultSettings());
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    counted = result.sheets.reduce(
      (n, s) => n + s.evaluation.goals.reduce((m, g) => m + g.items.reduce((k, it) => k + it.targets.length, 0), 0),
      0,
    );
  }
  return { ms: best, counted };
}

if (require.main === module) {
  process.stdout.write(JSON.stringify(measureCore(Number(process.argv[2] ?? 10000))) + "\n");
}
