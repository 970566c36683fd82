/**
 * Splices edits ({from, to, text}, non-overlapping) into the text in one pass. Edits at the same point
 * keep the order they are given in (the array is sorted in place, stably).
 */
export function splice(xml: string, edits: { from: number; to: number; text: string }[]): string {
  if (edits.length === 0) return xml;
  const sorted = edits.sort((a, b) => a.from - b.from || a.to - b.to);
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

/** An edit whose text is given, or (text null) made by the caller's render when it is written. */
export interface LazyEdit {
  from: number;
  to: number;
  text: string | null;
}

/**
 * Splices edits (non-overlapping; at one point in the order given) into the text and returns the result as
 * UTF-8 bytes, without joining it into one string first: a large part costs its bytes once, outside the
 * JavaScript heap, and texts made by render are written as they are made.
 */
export function spliceBytes<E extends LazyEdit>(xml: string, edits: E[], render: (edit: E) => string = () => ""): Buffer {
  const sorted = edits.sort((a, b) => a.from - b.from || a.to - b.to);
  const textOf = (e: E): string => e.text ?? render(e);
  let total = 0;
  let p = 0;
  for (const e of sorted) {
    if (e.from < p) throw new Error("overlapping XML edits");
    total += Buffer.byteLength(xml.slice(p, e.from)) + Buffer.byteLength(textOf(e));
    p = e.to;
  }
  total += Buffer.byteLength(xml.slice(p));
  const out = Buffer.allocUnsafeSlow(total);
  let at = 0;
  p = 0;
  for (const e of sorted) {
    at += out.write(xml.slice(p, e.from), at);
    at += out.write(textOf(e), at);
    p = e.to;
  }
  at += out.write(xml.slice(p), at);
  if (at !== total) throw new Error("spliced length changed while writing");
  return out;
}

/** Strings one after another as UTF-8 bytes (without joining them into one string first). */
export function utf8Concat(parts: string[]): Buffer {
  let total = 0;
  for (const part of parts) total += Buffer.byteLength(part);
  const out = Buffer.allocUnsafeSlow(total);
  let at = 0;
  for (const part of parts) at += out.write(part, at);
  return out;
}
