import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ICON_SIZES } from "../scripts/build-icons";

/**
 * manifest.xml をその場で確かめる（office-addin-manifest validate は Microsoft のサービスに送るので、ここでは使えない）。
 * 整った XML か・権限・既定の言語・ホスト・要件・アイコン・すべての resid が解決するか・すべての URL をビルドが配るか。
 */
const ROOT = path.join(__dirname, "..");
const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** 小さな XML の整形チェック：タグの入れ子が閉じているか。 */
function wellFormed(text: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  const body = text.replace(/<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>/g)) {
    const [, close, name, attrs, selfClose] = m;
    if ((attrs ?? "").split('"').length % 2 === 0) problems.push(`引用符が閉じていない：${name}`);
    if (selfClose) continue;
    if (!close) stack.push(name as string);
    else if (stack.pop() !== name) problems.push(`閉じタグが合わない：${name}`);
  }
  if (stack.length) problems.push(`閉じていない：${stack.join(",")}`);
  return problems;
}

const attr = (re: RegExp): string[] => [...xml.matchAll(re)].map((m) => m[1] as string);

describe("manifest.xml（オフラインの確認）", () => {
  it("is well-formed XML", () => expect(wellFormed(xml)).toEqual([]));
  it("asks for ReadWriteDocument only", () => expect(attr(/<Permissions>([^<]*)<\/Permissions>/g)).toEqual(["ReadWriteDocument"]));
  it("is ja-JP by default and targets the Workbook host", () => {
    expect(attr(/<DefaultLocale>([^<]*)</g)).toEqual(["ja-JP"]);
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain('xsi:type="Workbook"');
  });
  it("declares the ExcelApi requirement set", () => expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/));
  it("has an ExecuteFunction button named 評価計算 on the Home tab and a ShowTaskpane button", () => {
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('<Action xsi:type="ExecuteFunction">');
    expect(xml).toContain("<FunctionName>evaluate</FunctionName>");
    expect(xml).toContain('<Action xsi:type="ShowTaskpane">');
    expect(xml).toContain('DefaultValue="評価計算"');
  });
  it("resolves every resid", () => {
    const ids = new Set(attr(/<bt:(?:Image|Url|String) id="([^"]+)"/g));
    const used = attr(/resid="([^"]+)"/g);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });
  it("uses https://localhost:3000 for development, and every URL it names is served by the build", () => {
    const urls = attr(/"(https?:\/\/[^"]+)"/g).filter((u) => !u.includes("schemas.microsoft.com") && !u.includes("www.w3.org"));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith("https://localhost:3000/")).toBe(true);
      const file = url.replace("https://localhost:3000/", "");
      const built = file.endsWith(".html") ? path.join(ROOT, "src", file.replace(".html", ""), file) : path.join(ROOT, file);
      expect([url, existsSync(built)]).toEqual([url, true]);
    }
  });
  it("has icons at 16, 32, 64, 80 and 128 px in assets/", () => {
    for (const size of ICON_SIZES) {
      const png = readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect([size, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size, size]);
    }
  });
  it("the webpack build emits the pages and copies the icons the manifest names", () => {
    const config = readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    expect(config).toContain('filename: "taskpane.html"');
    expect(config).toContain('filename: "commands.html"');
    expect(config).toContain('from: "assets/icon-*.png", to: "assets/[name][ext]"');
  });
});
