import { escapeText, encodeXstring, utf8Concat } from "./xml";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The cell format that shows a cell as text (numFmtId 49, "@"). */
export const TEXT_XF = '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';

/**
 * The add-in's state sheet: column A holds the encoded state, one chunk a cell, as text
 * (inline strings in text format: neither Excel nor LibreOffice reads them as numbers or dates).
 * Written as UTF-8 bytes: the record of a large workbook is megabytes.
 */
export function stateSheetXml(cells: string[], textStyle: number): Buffer {
  const parts: string[] = [];
  const dimension = cells.length > 0 ? `A1:A${cells.length}` : "A1";
  parts.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="120" customWidth="1"/></cols><sheetData>`,
  );
  cells.forEach((text, i) => {
    const preserve = /^\s|\s$|[\n\t]/.test(text) ? ' xml:space="preserve"' : "";
    parts.push(
      `<row r="${i + 1}"><c r="A${i + 1}" s="${textStyle}" t="inlineStr"><is><t${preserve}>`,
      escapeText(encodeXstring(text)),
      "</t></is></c></row>",
    );
  });
  parts.push('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  return utf8Concat(parts);
}
