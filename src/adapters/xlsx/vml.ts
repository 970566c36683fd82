import type { OoxmlPackage } from "./package";

/** The legacy (VML) drawing that shows a sheet's notes: one `<v:shape>` per note, found by row and column. */

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A new VML part for notes, with its own block of shape ids (o:idmap data). */
export function newVml(idmap: number): string {
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPETYPE}</xml>`;
}

/** Every o:idmap block used by the package's VML parts (each sheet's drawing needs its own). */
export function usedIdmaps(pkg: OoxmlPackage): Set<number> {
  const used = new Set<number>();
  for (const name of pkg.names()) {
    if (!name.toLowerCase().endsWith(".vml")) continue;
    const text = pkg.text(name) ?? "";
    for (const m of text.matchAll(/<o:idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/g))
      for (const n of (m[1] ?? "").split(",")) if (n.trim()) used.add(Number(n));
  }
  return used;
}

const SHAPE = /<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g;

function isNoteAt(shape: string, row: number, col: number): boolean {
  if (!/ObjectType\s*=\s*["']Note["']/.test(shape)) return false;
  const r = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
  const c = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
  return Number(r) === row && Number(c) === col;
}

export function hasNoteShape(vml: string, row: number, col: number): boolean {
  for (const m of vml.matchAll(SHAPE)) if (isNoteAt(m[0], row, col)) return true;
  return false;
}

/** Whether any shape is left (an empty drawing is removed with its relationship). */
export function hasShapes(vml: string): boolean {
  return /<v:shape\b/.test(vml);
}

function nextShapeId(vml: string): number {
  const block = Number(/<o:idmap\b[^>]*\bdata\s*=\s*["'](\d+)/.exec(vml)?.[1] ?? 1);
  let max = block * 1024;
  for (const m of vml.matchAll(/\bid\s*=\s*["']_x0000_s(\d+)["']/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/** Adds a hidden note box for the cell (anchored to its right, as Excel places a new note). */
export function addNoteShape(vml: string, row: number, col: number): string {
  const id = nextShapeId(vml);
  const shape =
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:216pt;height:80pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 10, ${col + 4}, 15, ${row + 5}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
  const withType = /id\s*=\s*["']_x0000_t202["']/.test(vml) ? vml : vml.replace(/<\/xml>\s*$/, `${SHAPETYPE}</xml>`);
  const close = withType.lastIndexOf("</xml>");
  return withType.slice(0, close) + shape + withType.slice(close);
}

/** Removes the note box of the cell. */
export function removeNoteShape(vml: string, row: number, col: number): string {
  return vml.replace(SHAPE, (shape) => (isNoteAt(shape, row, col) ? "" : shape));
}
