import ExcelJS from "exceljs";
import type { SummarySheet } from "../../core/print";
import { OoxmlPackage } from "./package";
import type { SharedStrings } from "./shared-strings";
import type { Styles } from "./styles";
import { Book } from "./book";
import { attribute, setAttribute } from "./xml";
import { writeSummary } from "./summary-book";

/**
 * The 評価集計 sheet is built by summary-book.ts (ExcelJS is good at building a new sheet) into a
 * one-sheet workbook; its worksheet is then taken into the clerk's package with its formats and strings
 * (format indexes and string indexes renumbered into the package's own lists).
 */
export async function summaryWorksheet(summary: SummarySheet, styles: Styles, sst: SharedStrings): Promise<string> {
  const wb = new ExcelJS.Workbook();
  writeSummary(wb, summary);
  const source = new Book(OoxmlPackage.read(Buffer.from(await wb.xlsx.writeBuffer())));
  const entry = source.info.sheets.find((s) => s.name === summary.name) ?? source.info.sheets[0];
  const xml = entry ? source.sheetXml(entry) : null;
  if (!xml) throw new Error("the summary workbook has no worksheet");
  const from = source.styles();
  const strings = source.sst();
  const styleMap = new Map<number, number>();
  const mapStyle = (s: number): number => {
    const known = styleMap.get(s);
    if (known !== undefined) return known;
    let xf = from?.cellXf(s) ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';
    const id = (name: string): number => Number(attribute(xf, name) ?? 0);
    if (from) {
      xf = setAttribute(xf, "fontId", String(styles.addFont(from.font(id("fontId")) ?? "<font/>")));
      xf = setAttribute(xf, "fillId", String(styles.addFill(from.fill(id("fillId")) ?? '<fill><patternFill patternType="none"/></fill>')));
      xf = setAttribute(xf, "borderId", String(styles.addBorder(from.border(id("borderId")) ?? "<border/>")));
      if (id("numFmtId") >= 164) xf = setAttribute(xf, "numFmtId", String(styles.numFmtIdFor(from.formatCode(s))));
    }
    const mapped = styles.addCellXf(setAttribute(xf, "xfId", "0"));
    styleMap.set(s, mapped);
    return mapped;
  };
  let out = xml.replace(/<(c|row)\b[^>]*>/g, (tag) => {
    const s = attribute(tag, "s");
    return s === null ? tag : setAttribute(tag, "s", String(mapStyle(Number(s))));
  });
  out = out.replace(/<col\b[^>]*>/g, (tag) => {
    const s = attribute(tag, "style");
    return s === null ? tag : setAttribute(tag, "style", String(mapStyle(Number(s))));
  });
  out = out.replace(/(<c\b[^>]*\bt="s"[^>]*>\s*<v>)(\d+)(<\/v>)/g, (_m, open: string, n: string, close: string) => {
    sst.countReferences(1);
    return `${open}${sst.indexOf(strings?.item(Number(n)) ?? "<si><t></t></si>")}${close}`;
  });
  // one selected tab in the workbook: the clerk's
  return out.replace(/<sheetView\b[^>]*>/g, (tag) => setAttribute(tag, "tabSelected", null));
}
