import { cellText, elementOf, hasRoot, nextTag, prefixOf, rootElement, setAttribute, spliceBytes } from "./xml";

/** The text a cell shows for a rich text (`<si>` or `<is>` content): every `<t>` outside phonetic runs. */
export function richText(xml: string, from: number, to: number): string {
  let out = "";
  let phonetic = 0;
  for (let t = nextTag(xml, from, to); t; t = nextTag(xml, t.end, to)) {
    if (t.local === "rPh" && t.kind !== "empty") phonetic += t.kind === "open" ? 1 : -1;
    else if (t.local === "t" && t.kind === "open" && phonetic === 0) {
      const end = xml.indexOf("<", t.end);
      out += cellText(xml.slice(t.end, end));
    }
  }
  return out;
}

/**
 * The shared strings part: the text of each `<si>` (for reading), and appending new items
 * (Excel keeps the items it no longer uses; an existing identical item is reused).
 */
export class SharedStrings {
  /** [start, end) of each `<si>` element in the text */
  private readonly spans: number[] = [];
  private readonly texts: string[] = [];
  private readonly added: string[] = [];
  private index: Map<string, number> | null = null;
  private countDelta = 0;
  private readonly rootPrefix: string;

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    this.rootPrefix = prefixOf(root.tag);
    for (let t = nextTag(xml, root.contentStart, root.contentEnd); t;) {
      if (t.local === "si" && (t.kind === "open" || t.kind === "empty")) {
        const el = elementOf(xml, t);
        this.spans.push(t.start, el.end);
        this.texts.push(richText(xml, el.contentStart, el.contentEnd));
        t = nextTag(xml, el.end, root.contentEnd);
      } else t = nextTag(xml, t.end, root.contentEnd);
    }
  }

  /** The namespace prefix of the part's elements ("" as Excel writes it). */
  get prefix(): string {
    return this.rootPrefix;
  }

  get length(): number {
    return this.texts.length + this.added.length;
  }

  text(i: number): string {
    return i < this.texts.length ? (this.texts[i] ?? "") : "";
  }

  /** The `<si>` element as written (its rich text, phonetic runs and all). */
  item(i: number): string | null {
    if (i < this.texts.length) return this.xml.slice(this.spans[2 * i], this.spans[2 * i + 1]);
    return this.added[i - this.texts.length] ?? null;
  }

  /** The index of an identical `<si>`, appending it when there is none. */
  indexOf(si: string): number {
    if (!this.index) {
      this.index = new Map();
      for (let i = this.length - 1; i >= 0; i--) this.index.set(this.item(i) as string, i);
    }
    const found = this.index.get(si);
    if (found !== undefined) return found;
    const i = this.length;
    this.added.push(si);
    this.index.set(si, i);
    return i;
  }

  /** The total number of cell references changes by n (the `count` attribute). */
  countReferences(n: number): void {
    this.countDelta += n;
  }

  changed(): boolean {
    return this.added.length > 0 || this.countDelta !== 0;
  }

  /** The part with the appended items and updated counts, as UTF-8 bytes (not one more copy of the text). */
  bytes(): Buffer {
    const root = rootElement(this.xml);
    let tag = this.xml.slice(root.tag.start, root.tag.end);
    const count = Number(/\scount="(\d+)"/.exec(tag)?.[1] ?? NaN);
    if (!Number.isNaN(count)) tag = setAttribute(tag, "count", String(Math.max(0, count + this.countDelta)));
    if (/\suniqueCount=/.test(tag)) tag = setAttribute(tag, "uniqueCount", String(this.length));
    const added = this.added.join("");
    if (root.tag.kind === "empty")
      return spliceBytes(this.xml, [
        { from: root.tag.start, to: root.end, text: `${tag.replace(/\s*\/>$/, ">")}${added}</${root.tag.name}>` },
      ]);
    return spliceBytes(this.xml, [
      { from: root.tag.start, to: root.tag.end, text: tag },
      { from: root.contentEnd, to: root.contentEnd, text: added },
    ]);
  }
}

export const SST_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';

/** Checks a shared strings part has its root (an empty or missing part is created anew). */
export function hasSst(xml: string | null): xml is string {
  return hasRoot(xml, "sst");
}
