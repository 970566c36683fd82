/** この Excel で使える機能（要件セット）。古い Excel では機能を落として動く。 */
export interface Capabilities {
  /** 評価そのもの（ExcelApi 1.4：getUsedRangeOrNullObject など） */
  evaluate: boolean;
  /** 結合範囲の読み取り（ExcelApi 1.13）。なければ表の形から推定する */
  merges: boolean;
  /** セルの塗りの読み取り（ExcelApi 1.9 の getCellProperties）。なければ強調を外すときに塗りを消す */
  cellProperties: boolean;
  /** 印刷設定（ExcelApi 1.9 の pageLayout） */
  pageLayout: boolean;
  /** PDF の取り出し（PdfFile） */
  pdfFile: boolean;
}

export type IsSetSupported = (name: string, version?: string) => boolean;

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  return {
    evaluate: isSetSupported("ExcelApi", "1.4"),
    merges: isSetSupported("ExcelApi", "1.13"),
    cellProperties: isSetSupported("ExcelApi", "1.9"),
    pageLayout: isSetSupported("ExcelApi", "1.9"),
    pdfFile: isSetSupported("PdfFile", "1.1"),
  };
}

/** 足りない機能の説明（利用者向け）。 */
export function missingFeatureNotes(caps: Capabilities): string[] {
  const notes: string[] = [];
  if (!caps.merges) notes.push("この Excel では結合セルを読めないため（ExcelApi 1.13 未満）、表の形から結合を推定しています。");
  if (!caps.cellProperties) notes.push("この Excel ではセルの塗りを読めないため（ExcelApi 1.9 未満）、強調を外すときは塗りを消します。");
  return notes;
}
