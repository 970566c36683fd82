import { reasonAfterClerkNote } from "../../core/changes/flag-note";
import { parseRich, richPlainText, serialiseRich, type RichString } from "./rich-text";
import { findElement, splice } from "./xml";

/** The rich text with the reason added at its end (a bare `<t>` stays bare; runs get one more run like the last). */
function withReason(rich: RichString, reason: string): RichString {
  const added = reasonAfterClerkNote(reason);
  if (rich.bare) {
    const tStart = rich.runs[0]?.tStart ?? null;
    return { ...rich, runs: [{ rPr: null, text: richPlainText(rich) + added, tStart, raw: null }] };
  }
  const last = rich.runs[rich.runs.length - 1];
  return { ...rich, runs: [...rich.runs, { rPr: last?.rPr ?? null, text: added, tStart: null, raw: null }] };
}

/**
 * The clerk's `<comment>` as written, with the add-in's reason added after the clerk's text (its author,
 * attributes, runs and furigana stay): the note keeps the clerk's words, and undo puts back the element as it was.
 * Null when the comment has no text to add to.
 */
export function commentWithReason(clerkComment: string, reason: string, prefix: string): string | null {
  const text = findElement(clerkComment, "text");
  if (!text || text.tag.kind === "empty") return null;
  const rich = parseRich(clerkComment.slice(text.contentStart, text.contentEnd));
  return splice(clerkComment, [{ from: text.contentStart, to: text.contentEnd, text: serialiseRich(withReason(rich, reason), prefix) }]);
}
