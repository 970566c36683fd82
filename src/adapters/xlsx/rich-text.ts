import { attribute, cellText, childElements, escapeText, encodeXstring, findElement, setAttribute, textElement, type Element } from "./xml";

/** A run of a rich text: its formatting as written and its text; raw is the run as written while unchanged. */
interface Run {
  rPr: string | null;
  text: string;
  /** the `<t …>` start tag as written (its xml:space kept) */
  tStart: string | null;
  raw: string | null;
}

/** A phonetic run (furigana) over base characters [sb, eb). */
interface Phonetic {
  sb: number;
  eb: number;
  startTag: string;
  rest: string;
  raw: string | null;
}

/** A string item (`<si>` or `<is>` content) split into runs, phonetic runs and phonetic properties. */
export interface RichString {
  /** the text sat in a bare `<t>` (no runs) */
  bare: boolean;
  runs: Run[];
  phonetics: Phonetic[];
  phoneticPr: string | null;
}

function tOf(xml: string, el: Element): { text: string; tStart: string | null } {
  const t = el.tag.local === "t" ? el : findElement(xml, "t", el.contentStart, el.contentEnd);
  if (!t) return { text: "", tStart: null };
  return { text: cellText(xml.slice(t.contentStart, t.contentEnd)), tStart: xml.slice(t.tag.start, t.tag.end) };
}

/** Splits the content of an `<si>`/`<is>` element (between its tags). */
export function parseRich(xml: string): RichString {
  const rich: RichString = { bare: false, runs: [], phonetics: [], phoneticPr: null };
  for (const el of childElements(xml, 0, xml.length)) {
    const raw = xml.slice(el.tag.start, el.end);
    if (el.tag.local === "t") {
      rich.bare = true;
      rich.runs.push({ rPr: null, ...tOf(xml, el), raw });
    } else if (el.tag.local === "r") {
      const rPr = findElement(xml, "rPr", el.contentStart, el.contentEnd);
      rich.runs.push({ rPr: rPr ? xml.slice(rPr.tag.start, rPr.end) : null, ...tOf(xml, el), raw });
    } else if (el.tag.local === "rPh") {
      const startTag = xml.slice(el.tag.start, el.tag.end);
      rich.phonetics.push({
        sb: Number(attribute(startTag, "sb") ?? 0),
        eb: Number(attribute(startTag, "eb") ?? 0),
        startTag,
        rest: xml.slice(el.tag.end, el.end),
        raw,
      });
    } else if (el.tag.local === "phoneticPr") rich.phoneticPr = raw;
  }
  return rich;
}

export function richPlainText(rich: RichString): string {
  return rich.runs.map((r) => r.text).join("");
}

/** A string item of plain text. */
export function plainRich(text: string): RichString {
  return { bare: true, runs: [{ rPr: null, text, tStart: null, raw: null }], phonetics: [], phoneticPr: null };
}

function shiftPhonetics(rich: RichString, head: number, removedEnd: number, delta: number): void {
  const kept: Phonetic[] = [];
  for (const p of rich.phonetics) {
    let { sb, eb } = p;
    if (sb >= removedEnd) sb += delta;
    else if (sb > head) sb = head;
    if (eb > removedEnd || (eb === removedEnd && removedEnd > head)) eb += delta;
    else if (eb > head) eb = head;
    if (eb <= sb && p.eb > p.sb) continue;
    kept.push(sb !== p.sb || eb !== p.eb ? { ...p, sb, eb, raw: null } : p);
  }
  rich.phonetics = kept;
}

/**
 * Replaces the text with `after`, editing only the changed middle (common start and end kept):
 * the removed characters leave the runs that held them, the inserted ones join the run of the
 * character before them (as typing in Excel does), and furigana moves with its base text.
 */
export function editRich(rich: RichString, after: string): RichString {
  const before = richPlainText(rich);
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const removedEnd = before.length - tail;
  const inserted = after.slice(head, after.length - tail);
  const runs = rich.runs.map((r) => ({ ...r }));
  let pos = 0;
  let insertAt = -1;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Run;
    const start = pos;
    const end = pos + run.text.length;
    pos = end;
    if (insertAt < 0 && ((head > start && head <= end) || (head === 0 && i === 0))) insertAt = i;
    const cutFrom = Math.max(head, start) - start;
    const cutTo = Math.min(removedEnd, end) - start;
    if (cutTo > cutFrom) {
      run.text = run.text.slice(0, cutFrom) + run.text.slice(cutTo);
      run.raw = null;
    }
  }
  if (runs.length === 0) runs.push({ rPr: null, text: "", tStart: null, raw: null });
  const target = runs[insertAt < 0 ? runs.length - 1 : insertAt] as Run;
  if (inserted) {
    const offset = Math.min(target.text.length, head - runs.slice(0, runs.indexOf(target)).reduce((n, r) => n + r.text.length, 0));
    target.text = target.text.slice(0, offset) + inserted + target.text.slice(offset);
    target.raw = null;
  }
  const out: RichString = { ...rich, runs: runs.filter((r) => r.text !== "" || runs.length === 1) };
  shiftPhonetics(out, head, removedEnd, inserted.length - (removedEnd - head));
  return out;
}

function tElement(run: Run, prefix: string): string {
  if (!run.tStart) return textElement(run.text, prefix);
  const needsPreserve = /^\s|\s$|[\n\t]/.test(run.text);
  const start = needsPreserve && !/xml:space=/.test(run.tStart) ? setAttribute(run.tStart, "xml:space", "preserve") : run.tStart;
  const name = /^<([^\s/>]+)/.exec(start)?.[1] ?? `${prefix}t`;
  return `${start.replace(/\/>$/, ">")}${escapeText(encodeXstring(run.text))}</${name}>`;
}

/** The content of an `<si>` element for the string (unchanged parts as they were written). */
export function serialiseRich(rich: RichString, prefix: string): string {
  const single = rich.runs.length === 1 && rich.runs[0]?.rPr === null && rich.bare;
  let out = "";
  for (const run of rich.runs) {
    if (run.raw !== null && (single || !rich.bare)) out += run.raw;
    else if (single) out += tElement(run, prefix);
    else out += `<${prefix}r>${run.rPr ?? ""}${tElement(run, prefix)}</${prefix}r>`;
  }
  for (const p of rich.phonetics)
    out += p.raw ?? `${setAttribute(setAttribute(p.startTag, "sb", String(p.sb)), "eb", String(p.eb))}${p.rest}`;
  return out + (rich.phoneticPr ?? "");
}
