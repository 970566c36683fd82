import { OoxmlPackage } from "./package";
import { hasSst, SharedStrings } from "./shared-strings";
import { hasStyleSheet, Styles } from "./styles";
import { readWorkbookInfo, type SheetEntry, type WorkbookInfo } from "./workbook-part";

/**
 * An opened workbook package and the parts the reader and the writer share (the shared strings and
 * the style sheet are parsed once, when first needed).
 */
export class Book {
  readonly info: WorkbookInfo;
  private sstCache: SharedStrings | null | undefined;
  private stylesCache: Styles | null | undefined;

  constructor(readonly pkg: OoxmlPackage) {
    this.info = readWorkbookInfo(pkg);
  }

  /** Re-reads the workbook's sheet list (after sheets were added or removed). */
  refresh(): Book {
    return new Book(this.pkg);
  }

  sst(): SharedStrings | null {
    if (this.sstCache === undefined) {
      const xml = this.info.sharedStrings ? this.pkg.text(this.info.sharedStrings) : null;
      this.sstCache = hasSst(xml) ? new SharedStrings(xml) : null;
    }
    return this.sstCache;
  }

  styles(): Styles | null {
    if (this.stylesCache === undefined) {
      const xml = this.info.styles ? this.pkg.text(this.info.styles) : null;
      this.stylesCache = hasStyleSheet(xml) ? new Styles(xml) : null;
    }
    return this.stylesCache;
  }

  sheet(name: string): SheetEntry | undefined {
    return this.info.sheets.find((s) => s.name === name);
  }

  /** The worksheet part's text, or null for a missing part or a chart sheet. */
  sheetXml(entry: SheetEntry): string | null {
    return entry.isWorksheet && entry.part ? this.pkg.text(entry.part) : null;
  }
}
