import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SCHEMAS = path.join(__dirname, "..", "manifest-schemas");

/** 内容の補助の要素だけを宣言する代わりのスキーマ（コンテンツ アドイン用で、このフォルダーに公開されていないもの）。 */
const CONTENT_STUB = `<?xml version="1.0" encoding="utf-8"?>
<xs:schema targetNamespace="http://schemas.microsoft.com/office/contentappversionoverrides" elementFormDefault="qualified" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="VersionOverrides"><xs:complexType><xs:sequence><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence><xs:anyAttribute processContents="lax"/></xs:complexType></xs:element>
</xs:schema>
`;

/**
 * Microsoft の公開したスキーマを一時フォルダーに写し、libxml2 で読めるように 3 つの機械的な直しをする
 * （test/manifest-schemas/README.md）。そのフォルダーの OfficeAppManifestV1_1.xsd の場所を返す。
 */
export function prepareSchemas(dir: string): string {
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith(".xsd"))) {
    const text = readFileSync(path.join(SCHEMAS, file), "utf8").replace(/https:\/\/www\.w3\.org\//g, "http://www.w3.org/").replace(/\{0,3\}\?/g, "{0,3}");
    writeFileSync(path.join(dir, file), text);
  }
  writeFileSync(path.join(dir, "ContentAppVersionOverridesV1_0.xsd"), CONTENT_STUB);
  return path.join(dir, "OfficeAppManifestV1_1.xsd");
}

/** xmllint で検証する（ネットワークには出ない）。xmllint がなければ入れ方を示して失敗する。 */
export function xmllint(schema: string, xmlFile: string): { ok: boolean; output: string } {
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, xmlFile], { encoding: "utf8" });
  if (run.error) throw new Error(`xmllint がありません（Debian なら apt-get install libxml2-utils）：${run.error.message}`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

