import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createOfficeService, officeEnvironment, whenOfficeReady } from "../adapters/office/host";
import { App } from "./components/App";
import { STRINGS } from "./i18n";
import { ServiceContext, StringsContext } from "./service-context";

interface StartFlags {
  /** taskpane.html の ES5 のスクリプトが、古い Webview（IE11・EdgeHTML）と判断した */
  __jutenLegacy?: boolean;
  /** 画面を出した（代わりの表示を出さない） */
  __jutenStarted?: boolean;
  __jutenShowFallback?: (kind: "failed", reason: string) => void;
}

const flags = window as unknown as StartFlags;

/** 入口：office.js が読み込まれたら、本物の Excel のサービスで作業ウィンドウを描く。 */
function start(): void {
  const env = officeEnvironment();
  const container = document.getElementById("root");
  if (!container) return;
  document.documentElement.lang = env.language;
  flags.__jutenStarted = true;
  createRoot(container).render(
    <FluentProvider theme={env.dark ? webDarkTheme : webLightTheme}>
      <StringsContext.Provider value={STRINGS[env.language]}>
        <ServiceContext.Provider value={createOfficeService()}>
          <App />
        </ServiceContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>,
  );
}

// 古い Webview では、ES5 の代わりの表示に任せる（Fluent UI v9 と React 18 はそこで動かない）
if (!flags.__jutenLegacy) {
  whenOfficeReady().then(start, (e: unknown) => flags.__jutenShowFallback?.("failed", e instanceof Error ? e.message : String(e)));
}
