import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";

/** The parts of a package, read with fflate (not with the code under test). */
export function readParts(file: string): Map<string, Buffer> {
  const entries = unzipSync(new Uint8Array(readFileSync(file)));
  return new Map(Object.entries(entries).map(([name, data]) => [name, Buffer.from(data)]));
}

export const text = (parts: Map<string, Buffer>, name: string): string => strFromU8(parts.get(name) ?? new Uint8Array());

/** The parts that are not byte-for-byte the same in b as in a (and the parts only b has). */
export function changedParts(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  return [...b.keys()].filter((name) => !a.get(name)?.equals(b.get(name) as Buffer)).sort();
}

/** Top-level elements of an XML text (the root's children), as written. */
export function topElements(xml: string): string[] {
  const start = xml.indexOf(">", xml.indexOf("<", xml.indexOf("?>") + 2)) + 1;
  const end = xml.lastIndexOf("</");
  const out: string[] = [];
  let depth = 0;
  let from = -1;
  const re = /<(\/?)([\w:.-]+)[^>]*?(\/?)>/g;
  re.lastIndex = start;
  for (let m = re.exec(xml); m && m.index < end; m = re.exec(xml)) {
    if (m[1] === "") {
      if (depth === 0) from = m.index;
      if (m[3] !== "/") depth++;
      else if (depth === 0) out.push(xml.slice(from, re.lastIndex));
    } else if (--depth === 0) out.push(xml.slice(from, re.lastIndex));
  }
  return out;
}

/** The local name of an element's text (`<x:row …>` → row). */
export const localName = (element: string): string => /^<([\w.-]+:)?([\w.-]+)/.exec(element)?.[2] ?? "";

/** The `<c>` elements of a sheet by reference. */
export function cellsOf(sheet: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) out.set(m[1] as string, m[0]);
  return out;
}

/** The items (`<si>`) of a shared strings part. */
export const sharedItems = (sst: string): string[] => [...sst.matchAll(/<si>[\s\S]*?<\/si>|<si\/>/g)].map((m) => m[0]);
