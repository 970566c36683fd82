import { EvaluationError } from "../../core/errors";

/** Excel の「ファイル > エクスポート」で PDF を作る手順（取り出せないときに示す）。 */
export const MANUAL_PDF_STEPS = "ファイル > エクスポート > PDF/XPS ドキュメントの作成 > PDF/XPS の作成 を選び、「オプション」で「ブック全体」を選んで発行してください（Excel on the web では ファイル > 名前を付けて保存 > PDF としてダウンロード）。";

type FileLike = Pick<Office.File, "size" | "sliceCount" | "getSliceAsync" | "closeAsync">;
type GetFile = (type: Office.FileType, options: { sliceSize: number }, cb: (r: Office.AsyncResult<Office.File>) => void) => void;

function fail(why: string): EvaluationError {
  return new EvaluationError("pdf-failed", "office", `PDF を取り出せませんでした（${why}）。`, MANUAL_PDF_STEPS);
}

function slice(file: FileLike, index: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    file.getSliceAsync(index, (r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve(new Uint8Array(r.value.data as number[])) : reject(fail(r.error?.message ?? "読み取りの失敗")))),
  );
}

/**
 * ブックを PDF として取り出す（PdfFile 要件セット）。64 KB ずつ読み、0 バイトの結果は失敗とみなす
 * （Excel on the web で起きる既知の不具合）。失敗したら「ファイル > エクスポート」の手順を示す。
 */
export async function exportPdf(getFile: GetFile | undefined, supported: boolean): Promise<Blob> {
  if (!supported || !getFile) throw fail("この Excel は PDF の取り出し（PdfFile）に対応していません");
  const file = await new Promise<Office.File>((resolve, reject) =>
    getFile(Office.FileType.Pdf, { sliceSize: 65536 }, (r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(fail(r.error?.message ?? "不明なエラー")))),
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
