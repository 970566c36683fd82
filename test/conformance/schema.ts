import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Validation of written parts with xmllint against the ECMA-376 transitional schemas. The schemas
 * are not in the repository (their licence is not ours to grant): OOXML_XSD_DIR names a folder
 * holding sml.xsd, opc-xsd/… (as python-docx's ref/xsd has them); .tmp/ooxml-xsd is tried too.
 */
export const XSD_DIR =
  [process.env.OOXML_XSD_DIR, path.join(__dirname, "..", "..", ".tmp", "ooxml-xsd")].find(
    (d): d is string => !!d && existsSync(path.join(d, "sml.xsd")),
  ) ?? null;

const SCHEMA_OF: [RegExp, string][] = [
  [/^\[Content_Types\]\.xml$/, "opc-xsd/opc-contentTypes.xsd"],
  [/\.rels$/, "opc-xsd/opc-relationships.xsd"],
  [/^xl\/(workbook|styles|sharedStrings|comments\d*)\.xml$|^xl\/worksheets\/sheet\d+\.xml$|^xl\/tables\//, "sml.xsd"],
];

/** The schema a part is validated against (null: checked for well-formedness only, e.g. VML). */
export function schemaFor(part: string): string | null {
  return SCHEMA_OF.find(([re]) => re.test(part))?.[1] ?? null;
}

/**
 * Markup compatibility as a consumer applies it before validating (ECMA-376 part 3): attributes
 * and elements of namespaces the root marks mc:Ignorable are dropped, mc:AlternateContent gives
 * way to its Fallback, and xml:space (which the transitional schemas omit) is dropped.
 */
export function markupCompatible(xml: string): string {
  const root = /<([\w.-]+:)?[\w.-]+\s[^>]*mc:Ignorable="([^"]*)"/.exec(xml);
  const ignorable = (root?.[2] ?? "").split(/\s+/).filter(Boolean);
  // an extension list holds what its ext's uri names (lax in the schema): left as it is
  const kept: string[] = [];
  let out = xml.replace(/<(\w+:)?extLst>[\s\S]*?<\/(\w+:)?extLst>/g, (ext) => `<!--ext${kept.push(ext) - 1}-->`);
  out = out.replace(
    /<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g,
    (alt) => /<mc:Fallback>([\s\S]*?)<\/mc:Fallback>/.exec(alt)?.[1] ?? "",
  );
  for (const p of ignorable) {
    out = out.replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*?/>`, "g"), "");
    out = out.replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, "g"), "");
    out = out.replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, "g"), "");
  }
  out = out.replace(/<!--ext(\d+)-->/g, (_m, i: string) => kept[Number(i)] as string);
  return out.replace(/\smc:Ignorable="[^"]*"/g, "").replace(/\sxml:space="[^"]*"/g, "");
}

/** Validates parts (name → text); returns xmllint's complaints (empty when every part is valid). */
export function validateParts(parts: [name: string, xml: string][]): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juten-xsd-"));
  const problems: string[] = [];
  try {
    const bySchema = new Map<string | null, string[]>();
    parts.forEach(([name, xml], i) => {
      const file = path.join(dir, `${i}-${name.replace(/[^\w.]/g, "_")}`);
      writeFileSync(file, markupCompatible(xml));
      const schema = schemaFor(name);
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), file]);
    });
    for (const [schema, files] of bySchema) {
      if (schema !== null && !XSD_DIR) continue;
      const args = schema === null ? ["--noout", ...files] : ["--noout", "--schema", path.join(XSD_DIR as string, schema), ...files];
      const run = spawnSync("xmllint", args, { encoding: "utf8" });
      if (run.error) throw run.error;
      if (run.status !== 0) problems.push(...run.stderr.split("\n").filter((l) => l && !/ validates$/.test(l)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}
