import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ICON_SIZES } from "../scripts/build-icons";
import { detectCapabilities, MIN_EXCEL_API } from "../src/adapters/office/requirements";
import { isSetSupported, PROFILE_IDS, PROFILES } from "./fakes/excel";
import { prepareSchemas, SCHEMAS, xmllint } from "./helpers/manifest-xsd";
import { tempDir } from "./helpers/tmp";

/**
 * manifest.xml をその場で確かめる（office-addin-manifest validate は Microsoft のサービスに送るので、ここでは使えない）。
 * Microsoft の公開したスキーマ（OfficeApp 1.1・VersionOverrides 1.0）で xmllint にかけ、権限・既定の言語・ホスト・
 * 要件・アイコン・すべての resid が解決するか・すべての URL をビルドが配るか・部署に配る形に URL を置き換えられるかを見る。
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
  it("declares the same ExcelApi minimum the add-in checks at run time", () => {
    expect(attr(/<Set Name="ExcelApi" MinVersion="([^"]+)"\/>/g)).toEqual([MIN_EXCEL_API]);
    expect(attr(/<Sets DefaultMinVersion="([^"]+)">/g)).toEqual([MIN_EXCEL_API]);
  });
  it("is offered on Excel on the web, Microsoft 365 (Windows, Mac) and Office LTSC 2021, not on Office 2019 volume licence (ExcelApi 1.7, Internet Explorer 11)", () => {
    const offered = PROFILE_IDS.filter((id) => isSetSupported(PROFILES[id], "ExcelApi", MIN_EXCEL_API));
    expect(offered).toEqual(["web", "windows", "mac", "ltsc2021"]);
    for (const id of offered) expect(detectCapabilities((n, v) => isSetSupported(PROFILES[id], n, v)).evaluate).toBe(true);
  });
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

if (!SCHEMAS && process.env.REQUIRE_XSD === "1")
  throw new Error("MANIFEST_XSD_DIR（か .tmp/manifest-xsd）に Microsoft のマニフェストのスキーマがありません");
const withSchemas = SCHEMAS ? describe : describe.skip;

withSchemas("manifest.xml（Microsoft のスキーマで xmllint）", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  // describe.skip でも本体は走るので、スキーマがないときは用意しない
  const schema = SCHEMAS ? prepareSchemas(tmp.dir, SCHEMAS) : "";
  const check = (text: string) => {
    const file = tmp.file(`m-${Math.random().toString(36).slice(2)}.xml`);
    writeFileSync(file, text);
    return xmllint(schema, file);
  };

  it("validates against OfficeApp 1.1 and VersionOverrides 1.0", () => {
    const result = check(xml);
    expect([result.ok, result.output]).toEqual([true, expect.stringContaining("validates")]);
  });

  it("the validation can fail: a wrong permission and a missing Supertip title are rejected", () => {
    expect(check(xml.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>FullAccess</Permissions>")).ok).toBe(false);
    expect(check(xml.replace('<Title resid="Evaluate.Label"/>', "")).ok).toBe(false);
  });

  it("the manifest for a department's server has its URLs and still validates; http or a missing / is refused", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { deployedManifest } = require("../webpack.config.js") as { deployedManifest: (x: string, b?: string) => string };
    const deployed = deployedManifest(xml, "https://intra.example.lg.jp/juten/");
    expect(deployed).not.toContain("localhost");
    expect(deployed).toContain('"https://intra.example.lg.jp/juten/taskpane.html"');
    expect(check(deployed).ok).toBe(true);
    expect(() => deployedManifest(xml, "http://intra.example.lg.jp/juten/")).toThrow("https://");
    expect(() => deployedManifest(xml, "https://intra.example.lg.jp/juten")).toThrow("/ で終わる");
    expect(deployedManifest(xml, undefined)).toBe(xml);
  });
});
