import { attr } from "./sheet-scan";
import { insertionPoint, orderName, WORKSHEET_ORDER } from "./worksheet-order";
import { setAttribute, type Element } from "./xml";

/**
 * The edits of a worksheet's top-level elements: each replaced one where it is (null removes it), each new
 * one where the schema's order puts it among the elements the part has.
 */
export function elementEdits(
  xml: string,
  root: Element,
  children: Element[],
  elements: Map<string, string | null>,
): { from: number; to: number; text: string }[] {
  const edits: { from: number; to: number; text: string }[] = [];
  const present = (local: string): Element | undefined => children.find((c) => c.tag.local === local);
  const named = children.map((el) => ({ el, name: orderName(xml, el) }));
  const added = [...elements].filter(([local, text]) => !present(local) && text !== null);
  added.sort((a, b) => WORKSHEET_ORDER.indexOf(a[0]) - WORKSHEET_ORDER.indexOf(b[0]));
  for (const [local, text] of elements) {
    const el = present(local);
    if (el) edits.push({ from: el.tag.start, to: el.end, text: text ?? "" });
  }
  for (const [local, text] of added) {
    const at = insertionPoint(named, local, root.contentEnd);
    edits.push({ from: at, to: at, text: text as string });
  }
  return edits;
}

/** The `spans` hint of a row ("1:6") widened to cover new cells. */
export function widenSpans(tag: string, firstCol: number, lastCol: number): string {
  const spans = attr(tag, "spans");
  if (!spans) return tag;
  const [a, b] = spans.split(":").map(Number);
  if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) return tag;
  return setAttribute(tag, "spans", `${Math.min(a, firstCol + 1)}:${Math.max(b, lastCol + 1)}`);
}
