import { localName, text, topElements } from "./parts";

/** CT_Worksheet's sequence (ECMA-376 part 1, 18.3.1.99): Excel refuses children out of this order. */
const WORKSHEET =
  "sheetPr dimension sheetViews sheetFormatPr cols sheetData sheetCalcPr sheetProtection protectedRanges scenarios autoFilter sortState dataConsolidate customSheetViews mergeCells phoneticPr conditionalFormatting dataValidations hyperlinks printOptions pageMargins pageSetup headerFooter rowBreaks colBreaks customProperties cellWatches ignoredErrors smartTags drawing legacyDrawing legacyDrawingHF drawingHF picture oleObjects controls webPublishItems tableParts extLst".split(
    " ",
  );
const SHEET_PR = ["tabColor", "outlinePr", "pageSetUpPr"];
const HEADER_FOOTER = ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"];

function inOrder(names: string[], order: string[]): boolean {
  const ranks = names.map((n) => order.indexOf(n));
  return ranks.every((r, i) => r >= 0 && (i === 0 || r >= (ranks[i - 1] as number)));
}

/** A sheet name as a formula must write it: quoted unless it is a plain name, with ' doubled. */
export function quotedSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** What a header/footer section shows: && is a literal &, every other &code is not text. */
export function footerShows(code: string): string {
  return code.replace(/&&|&"[^"]*"|&\d+|&./g, (m) => (m === "&&" ? "&" : ""));
}

/** The rules Excel enforces beyond the schema, checked on a whole package; returns what breaks them. */
export function excelRuleProblems(parts: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  const workbook = text(parts, "xl/workbook.xml");
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescape(m[1] as string));
  const seen = new Set<string>();
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attrs = m[1] as string;
    const name = /name="([^"]*)"/.exec(attrs)?.[1] ?? "";
    const local = /localSheetId="(\d+)"/.exec(attrs)?.[1];
    const key = `${name.toLowerCase()}|${local ?? ""}`;
    if (seen.has(key)) problems.push(`duplicate defined name ${name} (${local})`);
    seen.add(key);
    if (!name.startsWith("_xlnm.")) continue;
    if (local === undefined) problems.push(`${name} without localSheetId`);
    const sheet = sheets[Number(local)] ?? "";
    const formula = unescape(m[2] as string);
    if (name === "_xlnm.Print_Area" && !new RegExp(`^${escapeRe(quotedSheet(sheet))}!\\$[A-Z]+\\$\\d+:\\$[A-Z]+\\$\\d+$`).test(formula))
      problems.push(`print area not absolute or not quoted: ${formula}`);
    if (
      name === "_xlnm.Print_Titles" &&
      !formula.split(",").every((p) => new RegExp(`^${escapeRe(quotedSheet(sheet))}!(\\$\\d+:\\$\\d+|\\$[A-Z]+:\\$[A-Z]+)$`).test(p))
    )
      problems.push(`print titles not absolute or not quoted: ${formula}`);
  }
  const idmaps: string[] = [];
  for (const [name] of parts) {
    const xml = text(parts, name);
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) problems.push(...sheetProblems(name, xml));
    if (name.endsWith(".vml"))
      idmaps.push(...[...xml.matchAll(/<o:idmap\b[^>]*data="([^"]*)"/g)].flatMap((m) => (m[1] as string).split(",")));
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(name) && /<xdr:oneCellAnchor\b[^>]*editAs=/.test(xml))
      problems.push(`${name}: editAs on a one-cell anchor`);
  }
  if (new Set(idmaps).size !== idmaps.length) problems.push(`notes drawings share an o:idmap block: ${idmaps.join(",")}`);
  const selected = [...parts.keys()].filter(
    (n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && /<sheetView\b[^>]*tabSelected="1"/.test(text(parts, n)),
  );
  if (selected.length > 1) problems.push(`several selected tabs: ${selected.join(", ")}`);
  return problems;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function sheetProblems(name: string, xml: string): string[] {
  const problems: string[] = [];
  const children = topElements(xml);
  const names = children.map((c) => (localName(c) === "AlternateContent" ? "controls" : localName(c)));
  if (!inOrder(names, WORKSHEET)) problems.push(`${name}: worksheet children out of order: ${names.join(" ")}`);
  const sheetPr = children.find((c) => localName(c) === "sheetPr");
  if (sheetPr && !inOrder(topElements(`<?x?>${sheetPr}`).map(localName), SHEET_PR)) problems.push(`${name}: sheetPr children out of order`);
  const hf = children.find((c) => localName(c) === "headerFooter");
  if (hf) {
    const parts = topElements(`<?x?>${hf}`);
    if (!inOrder(parts.map(localName), HEADER_FOOTER)) problems.push(`${name}: headerFooter children out of order`);
    for (const p of parts) {
      const code = unescape(p.replace(/^<[^>]*>|<\/[^>]*>$/g, ""));
      if (code.length > 255) problems.push(`${name}: ${localName(p)} longer than 255 characters`);
      if (/&(?![&LCRPNDTAFZGBIUESXYK"]|\d)/.test(code.replace(/&&/g, ""))) problems.push(`${name}: ${localName(p)} has an unknown code`);
    }
  }
  const breaks = children.find((c) => localName(c) === "rowBreaks");
  if (breaks) {
    const brk = [...breaks.matchAll(/<brk\b([^>]*)\/>/g)].map((m) => m[1] as string);
    if (brk.length > 1026) problems.push(`${name}: more than 1026 page breaks`);
    if (!brk.every((b) => /max="16383"/.test(b) && /man="1"/.test(b))) problems.push(`${name}: page break without max="16383" man="1"`);
    if (!new RegExp(`count="${brk.length}"`).test(breaks) || !new RegExp(`manualBreakCount="${brk.length}"`).test(breaks))
      problems.push(`${name}: page break counts do not match`);
  }
  const ranges = [...xml.matchAll(/<dataValidation\b[^>]*sqref="([^"]*)"/g)].flatMap((m) => (m[1] as string).split(" "));
  if (overlapping(ranges)) problems.push(`${name}: overlapping data validations ${ranges.join(" ")}`);
  return problems;
}

function bounds(ref: string): [number, number, number, number] {
  const [a, b = a] = ref.split(":");
  const p = (r: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(r) ?? ["", "A", "1"];
    return [[...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), Number(m[2])];
  };
  const [c1, r1] = p(a as string);
  const [c2, r2] = p(b as string);
  return [c1, r1, c2, r2];
}

function overlapping(ranges: string[]): boolean {
  const boxes = ranges.map(bounds);
  return boxes.some((x, i) => boxes.some((y, j) => j > i && x[0] <= y[2] && y[0] <= x[2] && x[1] <= y[3] && y[1] <= x[3]));
}
