/**
 * The XML toolkit of the xlsx adapter: a scanner that reports where elements start and end (xml-scan),
 * attributes read and set in place (xml-attributes), text escapes (xml-escape) and splicing edits into a
 * part (splice). Edits replace exact ranges, so every byte outside them stays as it was.
 */
export * from "./xml-scan";
export * from "./xml-attributes";
export * from "./xml-escape";
export * from "./splice";
