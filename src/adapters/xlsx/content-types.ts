import type { OoxmlPackage } from "./package";
import { attributes, childElements, escapeAttr, rootElement, splice } from "./xml";

const NAME = "[Content_Types].xml";

function entries(xml: string) {
  const root = rootElement(xml);
  return {
    root,
    children: childElements(xml, root.contentStart, root.contentEnd).map((el) => ({
      el,
      a: attributes(xml.slice(el.tag.start, el.tag.end)),
    })),
  };
}

/** The content type of a part: its Override, else the Default of its extension. */
export function contentTypeOf(pkg: OoxmlPackage, part: string): string | null {
  const xml = pkg.text(NAME);
  if (!xml) return null;
  const { children } = entries(xml);
  const override = children.find((c) => c.el.tag.local === "Override" && c.a.get("PartName")?.toLowerCase() === `/${part}`.toLowerCase());
  if (override) return override.a.get("ContentType") ?? null;
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  return children.find((c) => c.el.tag.local === "Default" && c.a.get("Extension")?.toLowerCase() === ext)?.a.get("ContentType") ?? null;
}

function insert(pkg: OoxmlPackage, xml: string, element: string, beforeOverrides: boolean): void {
  const { root, children } = entries(xml);
  const firstOverride = children.find((c) => c.el.tag.local === "Override");
  const at = beforeOverrides && firstOverride ? firstOverride.el.tag.start : root.contentEnd;
  pkg.set(NAME, splice(xml, [{ from: at, to: at, text: element }]));
}

/** Declares the content type of a new part (an Override, appended after the others). */
export function addOverride(pkg: OoxmlPackage, part: string, type: string): void {
  const xml = pkg.text(NAME) as string;
  if (contentTypeOf(pkg, part) === type && entries(xml).children.some((c) => c.a.get("PartName") === `/${part}`)) return;
  insert(pkg, xml, `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>`, false);
}

/** Declares a Default for an extension when there is none. */
export function ensureDefault(pkg: OoxmlPackage, ext: string, type: string): void {
  const xml = pkg.text(NAME) as string;
  if (entries(xml).children.some((c) => c.el.tag.local === "Default" && c.a.get("Extension")?.toLowerCase() === ext)) return;
  insert(pkg, xml, `<Default Extension="${ext}" ContentType="${escapeAttr(type)}"/>`, true);
}

/** Removes the Override of a removed part. */
export function removeOverride(pkg: OoxmlPackage, part: string): void {
  const xml = pkg.text(NAME) as string;
  const hit = entries(xml).children.find(
    (c) => c.el.tag.local === "Override" && c.a.get("PartName")?.toLowerCase() === `/${part}`.toLowerCase(),
  );
  if (hit) pkg.set(NAME, splice(xml, [{ from: hit.el.tag.start, to: hit.el.end, text: "" }]));
}

/** Removes a Default this run added when no part of that extension is left. */
export function removeDefaultIfUnused(pkg: OoxmlPackage, ext: string): void {
  if (pkg.names().some((n) => n.toLowerCase().endsWith(`.${ext}`))) return;
  const xml = pkg.text(NAME) as string;
  const hit = entries(xml).children.find((c) => c.el.tag.local === "Default" && c.a.get("Extension")?.toLowerCase() === ext);
  if (hit) pkg.set(NAME, splice(xml, [{ from: hit.el.tag.start, to: hit.el.end, text: "" }]));
}
