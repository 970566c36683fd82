import { EvaluationError } from "../../core/errors";
import type { Capabilities } from "./requirements";

/** Excel on the web で、取り出しに失敗したときの手順。 */
export const WEB_PDF_STEPS = "ファイル > 名前を付けて保存 > PDF としてダウンロード を選んでください（印刷設定は済ませてあります）。";

/**
 * デスクトップの Excel で PDF を保存する手順。作業ウィンドウからはファイルを保存できない
 * （Blob のダウンロードは WebView2・WKWebView では使えない：「Browsers and webview controls used by Office Add-ins」）。
 */
export function desktopPdfSteps(platform: Capabilities["platform"]): string {
  if (platform === "mac") {
    return [
      "この Excel では作業ウィンドウから PDF を保存できないため、Excel の機能で保存してください（印刷設定は済ませてあります）：",
      "1. ファイル > 名前を付けて保存",
      "2. 「ファイル形式」で PDF を選ぶ",
      "3. 「ブック」を選んで「保存」",
    ].join("\n");
  }
  return [
    "この Excel では作業ウィンドウから PDF を保存できないため、Excel の機能で保存してください（印刷設定は済ませてあります）：",
    "1. ファイル > エクスポート > PDF/XPS ドキュメントの作成 > PDF/XPS の作成",
    "2. 「オプション」で「ブック全体」を選んで OK",
    "3. 保存する場所と名前を決めて「発行」",
  ].join("\n");
}

/** 以前の名前（テストと CLI の説明が使う）：Excel の「ファイル > エクスポート」で PDF を作る手順。 */
export const MANUAL_PDF_STEPS = `${desktopPdfSteps("windows").split("\n").slice(1).join(" ")}（Excel on the web では ${WEB_PDF_STEPS}）`;

type FileLike = Pick<Office.File, "size" | "sliceCount" | "getSliceAsync" | "closeAsync">;
type GetFile = (type: Office.FileType, options: { sliceSize: number }, cb: (r: Office.AsyncResult<Office.File>) => void) => void;

function fail(why: string): EvaluationError {
  return new EvaluationError("pdf-failed", "office", `PDF を取り出せませんでした（${why}）。`, MANUAL_PDF_STEPS);
}

function slice(file: FileLike, index: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    file.getSliceAsync(index, (r) =>
      r.status === Office.AsyncResultStatus.Succeeded
        ? resolve(new Uint8Array(r.value.data as number[]))
        : reject(fail(r.error?.message ?? "読み取りの失敗")),
    ),
  );
}

/**
 * ブックを PDF として取り出す（PdfFile 要件セット）。64 KB ずつ読み、0 バイトの結果は失敗とみなす
 * （Excel on the web で起きる既知の不具合）。失敗したら手で保存する手順を示す。
 */
export async function exportPdf(getFile: GetFile | undefined, supported: boolean): Promise<Blob> {
  if (!supported || !getFile) throw fail("この Excel は PDF の取り出し（PdfFile）に対応していません");
  const file = await new Promise<Office.File>((resolve, reject) =>
    getFile(Office.FileType.Pdf, { sliceSize: 65536 }, (r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(fail(r.error?.message ?? "不明なエラー")),
    ),
  );
  try {
    if (file.size === 0 || file.sliceCount === 0) throw fail("0 バイトの PDF が返されました");
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) parts.push(await slice(file, i));
    const blob = new Blob(parts as BlobPart[], { type: "application/pdf" });
    if (blob.size === 0) throw fail("0 バイトの PDF が返されました");
    return blob;
  } finally {
    file.closeAsync();
  }
}
