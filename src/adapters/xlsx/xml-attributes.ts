import { escapeAttr, unescapeXml } from "./xml-escape";
import { tagAt } from "./xml-scan";

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
  const fast = setAttributeFast(text, name, value);
  if (fast !== null) return fast;
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

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * setAttribute for the common case, without a parse: a start tag with double-quoted values only, the
 * attribute written ` name="…"` or absent. Null when the tag is written otherwise (the general path handles it).
 */
function setAttributeFast(text: string, name: string, value: string | null): string | null {
  if (text.charCodeAt(0) !== 60 /* < */ || text.indexOf("'") >= 0) return null;
  let end = 1;
  for (let quoted = false; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === 34) quoted = !quoted;
    else if (c === 62 /* > */ && !quoted) break;
  }
  if (end >= text.length) return null;
  const key = ` ${name}="`;
  const at = text.indexOf(key);
  if (at >= 0 && at < end) {
    const valueEnd = text.indexOf('"', at + key.length);
    if (value !== null) return `${text.slice(0, at + key.length)}${escapeAttr(value)}${text.slice(valueEnd)}`;
    let from = at + 1;
    while (from > 0 && isSpace(text.charCodeAt(from - 1))) from--;
    return text.slice(0, from) + text.slice(valueEnd + 1);
  }
  const other = text.indexOf(`${name}=`);
  if (other >= 0 && other < end) return null;
  if (value === null) return text;
  let close = text.charCodeAt(end - 1) === 47 /* / */ ? end - 1 : end;
  while (close > 0 && isSpace(text.charCodeAt(close - 1))) close--;
  return `${text.slice(0, close)} ${name}="${escapeAttr(value)}"${text.slice(close)}`;
}
