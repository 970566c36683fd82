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

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The start tag of an element's text (the whole text when it is only a tag). */
function startTagOf(text: string): string {
  const i = text.indexOf("<");
  return i < 0 ? text : text.slice(0, tagAt(text, i).end);
}

/** The attributes of a start tag (or of an element's start tag), unescaped. */
export function attributes(text: string): Map<string, string> {
  const tagText = startTagOf(text);
  const out = new Map<string, string>();
  const from = tagText.search(/[\s/>]/);
  ATTR.lastIndex = from < 0 ? tagText.length : from;
  for (let m = ATTR.exec(tagText); m; m = ATTR.exec(tagText)) out.set(m[1] as string, unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

/** One attribute of a start tag (unescaped), or null. */
export function attribute(tagText: string, name: string): string | null {
  return attributes(tagText).get(name) ?? null;
}

/**
 * The start tag with one attribute set (value escaped) or removed (null). Other attributes,
 * their order and their quoting stay as written; a new attribute goes last.
 */
export function setAttribute(text: string, name: string, value: string | null): string {
  const tagText = startTagOf(text);
  if (tagText.length < text.length) return setAttribute(tagText, name, value) + text.slice(tagText.length);
  const from = tagText.search(/[\s/>]/);
  ATTR.lastIndex = from;
  for (let m = ATTR.exec(tagText); m; m = ATTR.exec(tagText)) {
    if (m[1] !== name) continue;
    const start = m.index;
    if (value === null) {
      let s = start;
      while (s > 0 && /\s/.test(tagText[s - 1] as string)) s--;
      return tagText.slice(0, s) + tagText.slice(start + m[0].length);
    }
    return `${tagText.slice(0, start)}${name}="${escapeAttr(value)}"${tagText.slice(start + m[0].length)}`;
  }
  if (value === null) return tagText;
  const close = tagText.endsWith("/>") ? tagText.length - 2 : tagText.length - 1;
  let at = close;
  while (at > 0 && /\s/.test(tagText[at - 1] as string)) at--;
  return `${tagText.slice(0, at)} ${name}="${escapeAttr(value)}"${tagText.slice(at)}`;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (_m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (NAMED[e] as string),
  );
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

/** OOXML's escape of characters XML cannot hold (`_x000D_`); a literal `_xHHHH_` is itself escaped. */
export function encodeXstring(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot hold
  return text.replace(/_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]/g, (m) =>
    m.length > 1 ? `_x005F${m}` : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

export function decodeXstring(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a `<t>` element, as a cell shows it. */
export function cellText(raw: string): string {
  return decodeXstring(unescapeXml(raw));
}

/** A `<t>` element holding text (xml:space="preserve" when spaces or line breaks would otherwise be lost). */
export function textElement(text: string, prefix = ""): string {
  const preserve = /^[\s]|[\s]$|[\n\t]/.test(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${preserve}>${escapeText(encodeXstring(text))}</${prefix}t>`;
}

/** Splices edits ({from, to, text}, non-overlapping) into the text in one pass. */
export function splice(xml: string, edits: { from: number; to: number; text: string }[]): string {
  if (edits.length === 0) return xml;
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  const parts: string[] = [];
  let p = 0;
  for (const e of sorted) {
    if (e.from < p) throw new Error("overlapping XML edits");
    parts.push(xml.slice(p, e.from), e.text);
    p = e.to;
  }
  parts.push(xml.slice(p));
  return parts.join("");
}

/** The namespace prefix (with its colon) the root element uses, so that new elements use it too. */
export function prefixOf(tag: Tag): string {
  return tag.name.length > tag.local.length ? tag.name.slice(0, tag.name.length - tag.local.length) : "";
}
