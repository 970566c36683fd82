/**
 * 作業ウィンドウとリボンが、どのホストでも黙らない・空白にならないことの試験（動きはブラウザーの試験でも確かめる）。
 * Office 2019 ボリューム ライセンス版などは作業ウィンドウに Internet Explorer 11（ES5 まで）を使う
 * （「Browsers and webview controls used by Office Add-ins」）：代わりの表示は ES5 だけで書き、ES5 として読めることを確かめる。
 */
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..");
const PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html", "src/commands/message.html"];

function inlineScripts(file: string): { id: string; code: string }[] {
  const html = readFileSync(path.join(ROOT, file), "utf8");
  return [...html.matchAll(/<script[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => ({
    id: m[1] as string,
    code: m[2] as string,
  }));
}

describe("古い Webview（Internet Explorer 11）でも読める代わりの表示", () => {
  it.each(PAGES)("%s has an inline script that parses as ES5", (file) => {
    const scripts = inlineScripts(file);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(() => parse(s.code, { ecmaVersion: 5 })).not.toThrow();
  });

  it("the ES5 check can fail: an arrow function or const is rejected", () => {
    expect(() => parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
    expect(() => parse("const a = 1;", { ecmaVersion: 5 })).toThrow();
  });

  it("the task pane carries its own message for old webviews and for a failed start, with no JavaScript needed to hold the text", () => {
    const html = readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
    expect(html).toMatch(/id="fallback-legacy"[\s\S]*Excel on the web[\s\S]*コマンドライン/);
    expect(html).toMatch(/id="fallback-failed"/);
    expect(html).toMatch(/<div id="root"><p id="loading"[^>]*>読み込んでいます…<\/p><\/div>/);
    expect(html).toContain('content="IE=edge"');
    // 代わりの表示は、古い Webview の判定（Trident・旧 Edge）と、始まらないとき（エラー・時間切れ）に出す
    const script = inlineScripts("src/taskpane/taskpane.html")[0]?.code ?? "";
    expect(script).toMatch(/Trident[\s\S]*Edge\//);
    expect(script).toMatch(/addEventListener\("error"/);
    expect(script).toMatch(/setTimeout/);
  });

  it("the message page puts text in with textContent, never as HTML", () => {
    const code = inlineScripts("src/commands/message.html")[0]?.code ?? "";
    expect(code).toContain("textContent");
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
