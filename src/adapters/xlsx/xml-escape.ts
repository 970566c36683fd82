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
