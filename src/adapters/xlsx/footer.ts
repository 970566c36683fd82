/** Excel's header and footer strings: sections (&L &C &R), codes, and the 255-character limit. */

export const FOOTER_MAX = 255;

/** The codes the print plan means as codes (page number, number of pages); every other & is literal. */
const PLAN_CODES = new Set(["P", "N"]);

/** The plan's footer with each literal & doubled (&P, &N and an already doubled && stay as they are). */
export function escapeFooterText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== "&") {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === "&" || (next !== undefined && PLAN_CODES.has(next))) {
      out += `&${next}`;
      i++;
    } else out += "&&";
  }
  return out;
}

/** A header/footer string split into its left, centre and right sections (codes kept as written). */
export function splitSections(text: string): { L: string; C: string; R: string } {
  const out = { L: "", C: "", R: "" };
  let section: "L" | "C" | "R" = "C";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === "&" && (next === "L" || next === "C" || next === "R")) {
      section = next;
      i++;
    } else if (c === "&" && next !== undefined) {
      out[section] += c + next;
      i++;
    } else out[section] += c;
  }
  return out;
}

function joinSections(s: { L: string; C: string; R: string }): string {
  return `${s.L ? `&L${s.L}` : ""}${s.C ? `&C${s.C}` : ""}${s.R ? `&R${s.R}` : ""}`;
}

/**
 * The escaped centre text shortened by `excess` characters: the longest word of its literal text
 * (words are split at spaces, so the department name goes before the report and date) is cut and ends in "…".
 */
function shorten(center: string, excess: number): string {
  const tokens = center.match(/&.|\s+|[^&\s]+/gs) ?? [];
  let longest = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (t.startsWith("&") || /^\s+$/.test(t)) continue;
    if (longest < 0 || t.length > (tokens[longest] as string).length) longest = i;
  }
  if (longest < 0) return center.slice(0, Math.max(0, center.length - excess));
  const word = tokens[longest] as string;
  tokens[longest] = `${word.slice(0, Math.max(0, word.length - excess - 1))}…`;
  return tokens.join("");
}

/**
 * The footer with its centre section replaced by the plan's text (escaped), keeping the clerk's
 * left and right sections, and within Excel's 255 characters (the longest literal part is shortened).
 */
export function footerWithCenter(existing: string | null, planCenter: string): string {
  const sections = splitSections(existing ?? "");
  let center = escapeFooterText(planCenter);
  let joined = joinSections({ ...sections, C: center });
  if (joined.length > FOOTER_MAX) {
    center = shorten(center, joined.length - FOOTER_MAX);
    joined = joinSections({ ...sections, C: center });
  }
  if (joined.length > FOOTER_MAX) joined = joinSections({ L: "", C: center, R: "" });
  if (joined.length <= FOOTER_MAX) return joined;
  const cut = joined.slice(0, FOOTER_MAX);
  // a code or a doubled & is not split in two
  const trailing = /&+$/.exec(cut)?.[0].length ?? 0;
  return trailing % 2 === 1 ? cut.slice(0, -1) : cut;
}
