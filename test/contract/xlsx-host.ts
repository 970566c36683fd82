/** 約束の試験の .xlsx の入口：ExcelJS で保存したファイルを開き直して見る・書き換える。 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { STATE_SHEET } from "../../src/core/state";
import { fixtureWorkbook } from "../helpers/fixture-book";
import type { Fixture } from "../fixtures/layouts";
import { normaliseArea, type FillSeen, type Preconditions, type Probe } from "./host";

const PATTERN_NAMES: Record<string, string> = { solid: "Solid", lightUp: "LightUp", none: "None" };
const PATTERN_TYPES: Record<string, ExcelJS.FillPatterns> = { Solid: "solid", LightUp: "lightUp" };

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(name);
  return ws;
}

function paint(cell: ExcelJS.Cell, fill: FillSeen): void {
  cell.fill =
    fill.color === null
      ? { type: "pattern", pattern: "none" }
      : { type: "pattern", pattern: PATTERN_TYPES[fill.pattern] ?? "solid", fgColor: { argb: `FF${fill.color.slice(1)}` } };
}

/** フィクスチャと前提を .xlsx に書く。 */
export async function writeFixtureWith(fixture: Fixture, pre: Preconditions = {}, file: string): Promise<void> {
  const wb = fixtureWorkbook(fixture);
  for (const f of pre.fills ?? []) paint(sheetOf(wb, f.sheet).getCell(f.address), { color: f.color, pattern: f.pattern });
  for (const n of pre.notes ?? []) sheetOf(wb, n.sheet).getCell(n.address).note = n.text;
  for (const s of pre.protectedSheets ?? []) await sheetOf(wb, s).protect("", {});
  await wb.xlsx.writeFile(file);
}

const decode = (xml: string): string =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");

/** パッケージ内の相対パスを解決する（"xl/worksheets/_rels/…" から見た "../comments1.xml" など）。 */
function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relTarget(rels: string, match: (attrs: string) => boolean): string | null {
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g))
    if (match(m[1] ?? "")) return /Target="([^"]*)"/.exec(m[1] ?? "")?.[1] ?? null;
  return null;
}

/**
 * セルの注記（コメントの部品）の文を、パッケージから直に読む。ExcelJS は書式なしの <text><t>…</t></text> を読まないため、
 * どの書き手の出力でも同じに見えるように、部品の XML を読む。
 */
async function packageNote(file: string, sheet: string, address: string): Promise<string | null> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = async (name: string): Promise<string> => (await zip.file(name)?.async("string")) ?? "";
  const workbook = await text("xl/workbook.xml");
  const sheetTag = [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)]
    .map((m) => m[1] ?? "")
    .find((a) => decode(/name="([^"]*)"/.exec(a)?.[1] ?? "") === sheet);
  const rid = sheetTag ? /r:id="([^"]*)"/.exec(sheetTag)?.[1] : undefined;
  const sheetTarget = rid ? relTarget(await text("xl/_rels/workbook.xml.rels"), (a) => a.includes(`Id="${rid}"`)) : null;
  if (!sheetTarget) return null;
  const sheetPart = resolvePart("xl/workbook.xml", sheetTarget);
  const relsPart = sheetPart.replace(/([^/]*)$/, "_rels/$1.rels");
  const commentsTarget = relTarget(await text(relsPart), (a) => /Type="[^"]*\/comments"/.test(a));
  if (!commentsTarget) return null;
  const comments = await text(resolvePart(sheetPart, commentsTarget));
  for (const m of comments.matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g)) {
    if (/ref="([^"]*)"/.exec(m[1] ?? "")?.[1] !== address) continue;
    return [...(m[2] ?? "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => decode(t[1] ?? "")).join("");
  }
  return null;
}

export function xlsxProbe(file: string): Probe {
  const edit = async (f: (wb: ExcelJS.Workbook) => void): Promise<void> => {
    const wb = await load(file);
    f(wb);
    await wb.xlsx.writeFile(file);
  };
  return {
    fill: async (sheet, address) => {
      const fill = sheetOf(await load(file), sheet).getCell(address).fill;
      if (!fill || fill.type !== "pattern" || fill.pattern === "none") return { color: null, pattern: "None" };
      // 模様の塗り（強調の網かけなど）は bgColor が地の色、fgColor は模様の色（bgColor のない塗りは fgColor）
      const ground = fill.pattern !== "solid" ? (fill.bgColor as { argb?: string } | undefined)?.argb : undefined;
      const argb = ground ?? (fill.fgColor as { argb?: string } | undefined)?.argb ?? "FFFFFFFF";
      return { color: `#${argb.slice(2).toUpperCase()}`, pattern: PATTERN_NAMES[fill.pattern] ?? fill.pattern };
    },
    note: (sheet, address) => packageNote(file, sheet, address),
    print: async (sheet) => {
      const ws = sheetOf(await load(file), sheet);
      const p = ws.pageSetup;
      return {
        landscape: p.orientation === "landscape",
        a4: p.paperSize === 9,
        fitToWidth: p.fitToPage ? (p.fitToWidth ?? null) : null,
        printArea: normaliseArea(p.printArea),
        titleRows: normaliseArea(p.printTitlesRow),
        centerFooter: (ws.headerFooter?.oddFooter ?? "").replace(/^&C/, ""),
      };
    },
    sheets: async () => (await load(file)).worksheets.map((ws) => ({ name: ws.name, visibility: ws.state })),
    stateCells: async () => {
      const ws = (await load(file)).getWorksheet(STATE_SHEET);
      if (!ws) return null;
      return Array.from({ length: ws.rowCount }, (_, r) => String(ws.getCell(r + 1, 1).text ?? ""));
    },
    setStateCells: (cells) =>
      edit((wb) => {
        const ws = wb.getWorksheet(STATE_SHEET);
        if (!ws) return;
        if (cells === null) {
          wb.removeWorksheet(ws.id);
          return;
        }
        for (let r = 1; r <= Math.max(ws.rowCount, cells.length); r++) ws.getCell(r, 1).value = cells[r - 1] || null;
      }),
    setFill: (sheet, address, fill) => edit((wb) => paint(sheetOf(wb, sheet).getCell(address), fill)),
  };
}
