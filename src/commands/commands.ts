import { createOfficeService, whenOfficeReady } from "../adapters/office/host";

/**
 * リボンの「評価計算」（ExecuteFunction）：作業ウィンドウを開かずに同じ評価を行う。
 * 結果はシートの記号・注記・強調として残る。エラーは作業ウィンドウを開くと表示される文でログに残す。
 */
async function evaluate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const service = createOfficeService();
    await service.evaluate(service.loadSettings(), () => undefined);
  } catch (e) {
    console.error("評価計算に失敗しました：", e);
  } finally {
    event.completed();
  }
}

whenOfficeReady().then(() => {
  Office.actions.associate("evaluate", evaluate);
});
