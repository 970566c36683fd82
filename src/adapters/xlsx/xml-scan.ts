/**
 * A small scanner over XML text that reports where each element starts and ends, so that edits
 * replace exact ranges and every byte outside them stays as it was (no parse-and-serialise round trip).
 */

/** A tag found in the text: [start, end) covers `<…>`. */
export interface Tag {
  kind: "open" | "close" | "empty" | "other";
  /** qualified name as written (x:row, row) */
  name: string;
  /** name without its prefix */
  local: string;
  start: number;
  end: number;
}

/** The tag starting at `<` at index i (comments, CDATA, declarations and processing instructions are "other"). */
export function tagAt(xml: string, i: number): Tag {
  const next = xml.charCodeAt(i + 1);
  if (next === 33 /* ! */) {
    const close = xml.startsWith("<!--", i) ? "-->" : xml.startsWith("<![CDATA[", i) ? "]]>" : ">";
    const e = xml.indexOf(close, i + 2);
    return { kind: "other", name: "", local: "", start: i, end: e < 0 ? xml.length : e + close.length };
  }
  if (next === 63 /* ? */) {
    const e = xml.indexOf("?>", i + 2);
    return { kind: "other", name: "", local: "", start: i, end: e < 0 ? xml.length : e + 2 };
  }
  const closing = next === 47; /* / */
  let p = closing ? i + 2 : i + 1;
  const nameStart = p;
  for (let c = xml.charCodeAt(p); p < xml.length && c !== 62 && c !== 47 && c > 32; c = xml.charCodeAt(++p));
  const name = xml.slice(nameStart, p);
  // to the closing '>' outside quoted attribute values
  let quote = 0;
  for (; p < xml.length; p++) {
    const c = xml.charCodeAt(p);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) break;
  }
  const end = p + 1;
  const colon = name.indexOf(":");
  const local = colon < 0 ? name : name.slice(colon + 1);
  const kind = closing ? "close" : xml.charCodeAt(p - 1) === 47 ? "empty" : "open";
  return { kind, name, local, start: i, end };
}

/** The next tag at or after index from, or null. */
export function nextTag(xml: string, from: number, limit = xml.length): Tag | null {
  const i = xml.indexOf("<", from);
  if (i < 0 || i >= limit) return null;
  return tagAt(xml, i);
}

/** An element: its start tag and where its content and the whole element end. */
export interface Element {
  tag: Tag;
  /** index after the whole element (after the end tag, or the empty tag) */
  end: number;
  /** where the content starts and ends (equal for an empty element) */
  contentStart: number;
  contentEnd: number;
}

/** The element whose start tag is `tag` (its matching end tag found by depth). */
export function elementOf(xml: string, tag: Tag): Element {
  if (tag.kind === "empty") return { tag, end: tag.end, contentStart: tag.end, contentEnd: tag.end };
  let depth = 1;
  let p = tag.end;
  for (;;) {
    const t = nextTag(xml, p);
    if (!t) throw new Error(`unclosed <${tag.name}>`);
    if (t.kind === "open") depth++;
    else if (t.kind === "close" && --depth === 0) return { tag, end: t.end, contentStart: tag.end, contentEnd: t.start };
    p = t.end;
  }
}

/** The child elements directly inside [from, to). */
export function childElements(xml: string, from: number, to: number): Element[] {
  const out: Element[] = [];
  let p = from;
  for (;;) {
    const t = nextTag(xml, p, to);
    if (!t) return out;
    if (t.kind === "open" || t.kind === "empty") {
      const el = elementOf(xml, t);
      out.push(el);
      p = el.end;
    } else p = t.end;
  }
}

/** The first element in the text with the local name (or null); the root by default. */
export function findElement(xml: string, local: string, from = 0, to = xml.length): Element | null {
  let p = from;
  for (;;) {
    const t = nextTag(xml, p, to);
    if (!t) return null;
    if ((t.kind === "open" || t.kind === "empty") && t.local === local) return elementOf(xml, t);
    p = t.end;
  }
}

/** The root element (the first element of the document; its end tag is the last one). */
export function rootElement(xml: string): Element {
  let p = 0;
  for (;;) {
    const t = nextTag(xml, p);
    if (!t) throw new Error("no root element");
    if (t.kind === "empty") return { tag: t, end: t.end, contentStart: t.end, contentEnd: t.end };
    if (t.kind === "open") {
      const close = xml.lastIndexOf(`</${t.name}`);
      if (close < t.end) throw new Error(`unclosed <${t.name}>`);
      return { tag: t, end: xml.indexOf(">", close) + 1, contentStart: t.end, contentEnd: close };
    }
    p = t.end;
  }
}

/** Whether the text's root element has the local name (found without walking the whole part). */
export function hasRoot(xml: string | null, local: string): xml is string {
  if (!xml) return false;
  try {
    return rootElement(xml).tag.local === local;
  } catch {
    return false;
  }
}

/** The namespace prefix (with its colon) the root element uses, so that new elements use it too. */
export function prefixOf(tag: Tag): string {
  return tag.name.length > tag.local.length ? tag.name.slice(0, tag.name.length - tag.local.length) : "";
}
