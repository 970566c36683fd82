import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface Message {
  intent: "error" | "success" | "info" | "warning";
  title?: string;
  text: string;
}

/** メッセージ（読み上げソフトにも伝える：エラーは assertive、ほかは polite）。改行は行として表示する。 */
export function Messages({ messages }: { messages: Message[] }) {
  return (
    <div aria-live="polite" data-testid="messages">
      {messages.map((m, i) => (
        <MessageBar key={i} intent={m.intent} role={m.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            {m.title && <MessageBarTitle>{m.title}</MessageBarTitle>}
            {m.text.split("\n").map((line, j) => (
              <div key={j}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
