import type { WorkbookService } from "../services/workbook-service";
import { describeForRibbon, type RibbonMessage } from "./ribbon-message";

/**
 * リボンの「評価計算」の本体：評価し、知らせることがあれば文にする。エラーは握りつぶさず、担当者に見せる文にする
 * （セルの編集中・元に戻す記録の食い違い・保護・Excel の上限など、作業ウィンドウと同じ文）。何もなければ null。
 */
export async function evaluateFromRibbon(service: WorkbookService): Promise<RibbonMessage | null> {
  try {
    const outcome = await service.evaluate(service.loadSettings(), () => undefined);
    const warnings = [...outcome.notes, ...outcome.report.warnings.map((w) => `${w.sheet}${w.cell ? "!" + w.cell : ""} ${w.message}`)];
    if (warnings.length === 0) return null;
    return {
      kind: "done",
      title: "評価計算が終わりました",
      text: `${outcome.report.changes.cells} セルを更新しました。次のことを確かめてください：\n${warnings.join("\n")}`,
    };
  } catch (e) {
    console.error("評価計算に失敗しました：", e);
    return { kind: "error", title: "評価できませんでした", text: describeForRibbon(e) };
  }
}
