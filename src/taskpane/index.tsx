import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createOfficeService, officeEnvironment, whenOfficeReady } from "../adapters/office/host";
import { App } from "./components/App";
import { STRINGS } from "./i18n";
import { ServiceContext, StringsContext } from "./service-context";

/** 入口：office.js が読み込まれたら、本物の Excel のサービスで作業ウィンドウを描く。 */
whenOfficeReady().then(() => {
  const env = officeEnvironment();
  const container = document.getElementById("root");
  if (!container) return;
  document.documentElement.lang = env.language;
  createRoot(container).render(
    <FluentProvider theme={env.dark ? webDarkTheme : webLightTheme}>
      <StringsContext.Provider value={STRINGS[env.language]}>
        <ServiceContext.Provider value={createOfficeService()}>
          <App />
        </ServiceContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>,
  );
});
