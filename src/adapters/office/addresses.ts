import type { MergeRange } from "../../core/snapshot";
import { parseA1 } from "../../core/snapshot";

/** "'Sheet 1'!A1:B2, Sheet1!C3" → 結合範囲の並び（シート名は落とす）。 */
export function parseAreas(address: string): MergeRange[] {
  const out: MergeRange[] = [];
  for (const part of address.split(/,\s*/)) {
    const local = part.includes("!") ? part.slice(part.lastIndexOf("!") + 1) : part;
    const [a, b] = local.split(":");
    const tl = a ? parseA1(a) : null;
    const br = b ? parseA1(b) : tl;
    if (tl && br && (br.row > tl.row || br.col > tl.col)) out.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
  }
  return out;
}
