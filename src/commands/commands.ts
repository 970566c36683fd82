import { createOfficeService, whenOfficeReady } from "../adapters/office/host";
import { evaluateFromRibbon } from "./ribbon";
import { messageUrl, showRibbonMessage, type DisplayDialog } from "./ribbon-message";

/**
 * リボンの「評価計算」（ExecuteFunction）：作業ウィンドウを開かずに同じ評価を行う。結果はシートに残り、
 * エラーや確かめてほしいことはダイアログで知らせる（閉じられてから event.completed() を呼ぶ）。
 */
async function evaluate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const message = await evaluateFromRibbon(createOfficeService());
    if (message) {
      const display = Office.context.requirements.isSetSupported("DialogApi", "1.1")
        ? (Office.context.ui.displayDialogAsync.bind(Office.context.ui) as unknown as DisplayDialog)
        : undefined;
      await showRibbonMessage(display, messageUrl(window.location.href, message), {
        message: Office.EventType.DialogMessageReceived,
        closed: Office.EventType.DialogEventReceived,
      });
    }
  } finally {
    event.completed();
  }
}

// commands.html の ES5 の代わりの関数は、これがあればこちらを呼ぶ（束ねた本体が動く Webview のとき）
(window as unknown as { __jutenEvaluate?: typeof evaluate }).__jutenEvaluate = evaluate;

whenOfficeReady().then(() => {
  Office.actions.associate("evaluate", evaluate);
});
