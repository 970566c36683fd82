import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * LibreOffice 自身の「最適な行の高さ」を測る試験の道具。soffice の Basic のマクロで .xlsx を開き、
 * 行ごとに保存された高さと、最適な高さ（OptimalHeight = True にしたときの高さ）を読む。
 * 縦に結合したセルは LibreOffice の最適な高さが見ないので、同じ幅・同じ文字の見た目の 1 行に写して測る。
 * 高さはすべて pt。
 */
export interface MeasuredRow {
  sheet: string;
  /** 0 始まり */
  row: number;
  stored: number;
  optimal: number;
  /** 値のあるセルがある（空の行は LibreOffice の標準の高さが「最適」になるので、比べない） */
  filled: boolean;
}

export interface MeasuredMerge {
  sheet: string;
  top: number;
  bottom: number;
  col: number;
  /** 結合した行の保存された高さの合計 */
  stored: number;
  /** 結合したセルの文字に要る高さ */
  needed: number;
}

const MACRO = `
Function Pt(h As Long) As String
  Pt = Str(h * 72 / 2540)
End Function

Sub Measure(inPath As String, outPath As String)
  On Error GoTo Failed
  Dim stored() As Long
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), "_blank", 0, args())
  n = FreeFile
  Open outPath For Output As #n
  count = doc.Sheets.Count
  scratch = doc.createInstance("com.sun.star.sheet.Spreadsheet")
  doc.Sheets.insertByName("__measure__", scratch)
  For s = 0 To count - 1
    sh = doc.Sheets.getByIndex(s)
    cur = sh.createCursor()
    cur.gotoEndOfUsedArea(False)
    lastRow = cur.RangeAddress.EndRow
    lastCol = cur.RangeAddress.EndColumn
    ReDim stored(lastRow) As Long
    For r = 0 To lastRow
      stored(r) = sh.Rows.getByIndex(r).Height
    Next
    For r = 0 To lastRow
      For c = 0 To lastCol
        cell = sh.getCellByPosition(c, r)
        If cell.IsMerged And Len(cell.getString()) > 0 Then
          area = sh.createCursorByRange(cell)
          area.collapseToMergedArea()
          a = area.RangeAddress
          If a.EndRow > a.StartRow Then
            w = 0
            For k = a.StartColumn To a.EndColumn
              w = w + sh.Columns.getByIndex(k).Width
            Next
            scratch.Columns.getByIndex(0).Width = w
            t = scratch.getCellByPosition(0, 0)
            t.setString(cell.getString())
            t.CharHeight = cell.CharHeight
            t.CharHeightAsian = cell.CharHeightAsian
            t.CharFontName = cell.CharFontName
            t.CharFontNameAsian = cell.CharFontNameAsian
            t.CharWeight = cell.CharWeight
            t.CharWeightAsian = cell.CharWeightAsian
            t.IsTextWrapped = cell.IsTextWrapped
            scratch.Rows.getByIndex(0).OptimalHeight = True
            sum = 0
            For k = a.StartRow To a.EndRow
              sum = sum + stored(k)
            Next
            Print #n, "M" & Chr(9) & sh.Name & Chr(9) & a.StartRow & Chr(9) & a.EndRow & Chr(9) & c & Chr(9) & Pt(sum) & Chr(9) & Pt(scratch.Rows.getByIndex(0).Height)
          End If
        End If
      Next
    Next
    For r = 0 To lastRow
      row = sh.Rows.getByIndex(r)
      row.OptimalHeight = True
      filled = sh.getCellRangeByPosition(0, r, lastCol, r).queryContentCells(23).getCount()
      Print #n, "R" & Chr(9) & sh.Name & Chr(9) & r & Chr(9) & Pt(stored(r)) & Chr(9) & Pt(row.Height) & Chr(9) & filled
    Next
  Next
  Close #n
  doc.close(True)
  StarDesktop.terminate()
  Exit Sub
Failed:
  e = FreeFile
  Open outPath For Output As #e
  Print #e, "E" & Chr(9) & Erl & Chr(9) & Error$
  Close #e
  StarDesktop.terminate()
End Sub
`;

const xml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xml(MACRO)}</script:module>
`;

/** .xlsx の行の高さを LibreOffice で測る（保存された高さと、最適な高さ）。 */
export function measureRowHeights(xlsx: string, soffice = "soffice"): { rows: MeasuredRow[]; merges: MeasuredMerge[] } {
  const work = mkdtempSync(path.join(os.tmpdir(), "juten-lo-measure-"));
  try {
    const profile = `file://${path.join(work, "profile")}`;
    const env = { ...process.env, HOME: work };
    // 利用者の設定を作らせてから（最初の起動で作られる）、そこにマクロを置く
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--terminate_after_init"], {
      env,
      stdio: "ignore",
      timeout: 120_000,
    });
    writeFileSync(path.join(work, "profile", "user", "basic", "Standard", "Module1.xba"), MODULE);
    const out = path.join(work, "heights.tsv");
    // 写しを測る（元のファイルに LibreOffice の錠のファイルが残っていても開けるように）
    const input = path.join(work, "input.xlsx");
    copyFileSync(xlsx, input);
    const call = `macro:///Standard.Module1.Measure("${input}","${out}")`;
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", call], {
      env,
      stdio: "ignore",
      timeout: 120_000,
    });
    return parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function parse(tsv: string): { rows: MeasuredRow[]; merges: MeasuredMerge[] } {
  const rows: MeasuredRow[] = [];
  const merges: MeasuredMerge[] = [];
  for (const line of tsv.split(/\r?\n/)) {
    const [kind, sheet = "", ...rest] = line.split("\t");
    const n = rest.map(Number);
    if (kind === "R") rows.push({ sheet, row: n[0] ?? 0, stored: n[1] ?? 0, optimal: n[2] ?? 0, filled: (n[3] ?? 0) > 0 });
    if (kind === "M") merges.push({ sheet, top: n[0] ?? 0, bottom: n[1] ?? 0, col: n[2] ?? 0, stored: n[3] ?? 0, needed: n[4] ?? 0 });
  }
  if (rows.length === 0) throw new Error(`LibreOffice の測定が何も返しませんでした：${tsv.slice(0, 300)}`);
  return { rows, merges };
}
