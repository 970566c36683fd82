/**
 * 模擬 Excel のホストの型（プロファイル）。Microsoft の文書から：
 * - 要件セット：「Excel JavaScript API requirement sets」の表。ExcelApi 1.18（注記 Note）は Excel on the web・
 *   Microsoft 365 の Windows（2501 以降）・Mac（16.93 以降）にあり、ボリューム ライセンスの永続版にはない。
 *   Office 2019 のボリューム ライセンス版（1808 固定）は ExcelApi 1.7 まで、Office LTSC 2021 は 1.14 まで。
 * - 5 MB：「Resource limits and performance optimization for Office Add-ins」— Excel on the web は要求と応答の
 *   大きさを 5 MB に制限し、超えると RichApi.Error（RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded）。
 * - Webview：「Browsers and webview controls used by Office Add-ins」— Windows の Microsoft 365 は WebView2、Mac は
 *   WKWebView、Office 2019 ボリューム ライセンス版は常に Trident（Internet Explorer 11、ES5 まで）。
 *   Blob のダウンロードは EdgeHTML・WebView2 では使えない（同じ文書の「Get errors trying to download a PDF file」）。
 */
export interface HostProfile {
  id: "web" | "windows" | "mac" | "ltsc2021" | "office2019";
  label: string;
  /** Office.context.platform の値 */
  platform: "OfficeOnline" | "PC" | "Mac";
  /** 対応する ExcelApi の最大の版 */
  excelApi: string;
  /** ExcelApi 以外の要件セット（名前 → 版） */
  sets: Record<string, string>;
  /** 1 回の要求・応答の上限（UTF-8 の JSON のバイト数）。上限がなければ null */
  payloadLimit: number | null;
  webview: "browser" | "WebView2" | "WKWebView" | "Trident";
  /** <a download> で Blob を保存できるか */
  blobDownload: boolean;
}

/** Excel on the web の 5 MB（5 × 1,000,000 バイトとして厳しめに数える）。 */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

export const PROFILES: Record<HostProfile["id"], HostProfile> = {
  web: {
    id: "web",
    label: "Excel on the web",
    platform: "OfficeOnline",
    excelApi: "1.18",
    sets: { PdfFile: "1.1", DialogApi: "1.2" },
    payloadLimit: WEB_PAYLOAD_LIMIT,
    webview: "browser",
    blobDownload: true,
  },
  windows: {
    id: "windows",
    label: "Windows の Microsoft 365",
    platform: "PC",
    excelApi: "1.18",
    sets: { PdfFile: "1.1", DialogApi: "1.2" },
    payloadLimit: null,
    webview: "WebView2",
    blobDownload: false,
  },
  mac: {
    id: "mac",
    label: "Mac の Microsoft 365",
    platform: "Mac",
    excelApi: "1.18",
    sets: { PdfFile: "1.1", DialogApi: "1.2" },
    payloadLimit: null,
    webview: "WKWebView",
    blobDownload: false,
  },
  // Office LTSC 2021（ボリューム ライセンス）：ExcelApi 1.14 まで、注記（1.18）はない。WebView2 は Office 2021 と一緒に入る
  ltsc2021: {
    id: "ltsc2021",
    label: "Office LTSC 2021（ボリューム ライセンス）",
    platform: "PC",
    excelApi: "1.14",
    sets: { PdfFile: "1.1", DialogApi: "1.2" },
    payloadLimit: null,
    webview: "WebView2",
    blobDownload: false,
  },
  office2019: {
    id: "office2019",
    label: "Office 2019（ボリューム ライセンス）",
    platform: "PC",
    excelApi: "1.7",
    sets: { PdfFile: "1.1", DialogApi: "1.1" },
    payloadLimit: null,
    webview: "Trident",
    blobDownload: false,
  },
};

export const PROFILE_IDS = Object.keys(PROFILES) as HostProfile["id"][];

function parts(version: string): [number, number] {
  const [a, b] = version.split(".").map(Number);
  return [a ?? 0, b ?? 0];
}

/** version が have 以下か（"1.9" <= "1.13"）。 */
export function versionAtMost(version: string, have: string): boolean {
  const [a, b] = parts(version);
  const [x, y] = parts(have);
  return a < x || (a === x && b <= y);
}

/** Office.context.requirements.isSetSupported と同じ答え。 */
export function isSetSupported(profile: HostProfile, name: string, version = "1.1"): boolean {
  const have = name === "ExcelApi" ? profile.excelApi : profile.sets[name];
  return have !== undefined && versionAtMost(version, have);
}
