/**
 * この Excel で使える機能（要件セット）。版は「Excel JavaScript API requirement sets」と各 API の説明
 * （@types/office-js の [Api set: …]）による。
 *
 * 評価には ExcelApi 1.13 を求める（manifest.xml の最小の版と同じ）。1.13 には、読み取りに使う
 * getMergedAreasOrNullObject（1.13）・getSpecialCellsOrNullObject・getCellProperties・getRowProperties・
 * pageLayout（1.9）・workbook.protection（1.7）・getUsedRangeOrNullObject(valuesOnly)（1.4）がすべて入る。
 * 結合を読めない Excel では、調書形式の表の結合を推定しきれず、記号を結合の中のセルに書いてしまうため
 * （模擬 Excel の Office 2019 の型で確かめた）、推定で評価はしない。
 */
export const MIN_EXCEL_API = "1.13";

export interface Capabilities {
  /** 評価そのもの（ExcelApi 1.13） */
  evaluate: boolean;
  /** セルの注記（ExcelApi 1.18 の Note）。なければ理由は作業ウィンドウと評価集計に */
  notes: boolean;
  /** PDF の取り出し（PdfFile） */
  pdfFile: boolean;
  /** ダイアログ（DialogApi 1.1：リボンからのお知らせ） */
  dialog: boolean;
  /** どこで動いているか（Office.context.platform）：PDF の保存のしかたが変わる */
  platform: "web" | "windows" | "mac" | "other";
}

export type IsSetSupported = (name: string, version?: string) => boolean;

export function platformOf(value: string | undefined): Capabilities["platform"] {
  if (value === "OfficeOnline") return "web";
  if (value === "PC") return "windows";
  if (value === "Mac") return "mac";
  return "other";
}

export function detectCapabilities(isSetSupported: IsSetSupported, platform?: string): Capabilities {
  return {
    evaluate: isSetSupported("ExcelApi", MIN_EXCEL_API),
    notes: isSetSupported("ExcelApi", "1.18"),
    pdfFile: isSetSupported("PdfFile", "1.1"),
    dialog: isSetSupported("DialogApi", "1.1"),
    platform: platformOf(platform),
  };
}
