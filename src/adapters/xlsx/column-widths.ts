import type { SheetEditor } from "./sheet-edit";
import { attribute, childElements, rootElement, setAttribute } from "./xml";

interface ColRange {
  min: number;
  max: number;
  tag: string;
}

/**
 * Sets column widths (1-based ranges split where needed, other column attributes kept). Used on
 * the copy laid out for the council PDF only: the clerk's workbook keeps its widths.
 */
export function setColumnWidths(editor: SheetEditor, widths: { col: number; width: number }[]): void {
  if (widths.length === 0) return;
  const p = editor.prefix;
  const xml = editor.elementXml("cols");
  let ranges: ColRange[] = [];
  if (xml) {
    const root = rootElement(xml);
    ranges = childElements(xml, root.contentStart, root.contentEnd).map((c) => {
      const tag = xml.slice(c.tag.start, c.tag.end);
      return {
        min: Number(attribute(tag, "min")),
        max: Number(attribute(tag, "max")),
        tag: tag.endsWith("/>") ? tag : tag.replace(/>$/, "/>"),
      };
    });
  }
  for (const { col, width } of widths) {
    const n = col + 1;
    const hit = ranges.find((r) => n >= r.min && n <= r.max);
    const base = hit?.tag ?? `<${p}col min="${n}" max="${n}"/>`;
    const one = setAttribute(
      setAttribute(setAttribute(setAttribute(base, "min", String(n)), "max", String(n)), "width", String(width)),
      "customWidth",
      "1",
    );
    const next: ColRange[] = [];
    if (hit && hit.min < n) next.push({ min: hit.min, max: n - 1, tag: setAttribute(hit.tag, "max", String(n - 1)) });
    next.push({ min: n, max: n, tag: one });
    if (hit && hit.max > n) next.push({ min: n + 1, max: hit.max, tag: setAttribute(hit.tag, "min", String(n + 1)) });
    ranges = [...ranges.filter((r) => r !== hit), ...next].sort((a, b) => a.min - b.min);
  }
  editor.setElement("cols", `<${p}cols>${ranges.map((r) => r.tag).join("")}</${p}cols>`);
}
