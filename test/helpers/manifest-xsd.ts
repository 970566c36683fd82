import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Microsoft の公開したマニフェストのスキーマ（OfficeDev/office-js-docs-pr の docs/overview/schemas/taskpane/ と
 * mail/MailAppVersionOverridesV1_1.xsd、2020-02-14 の 706263ef）を置いたフォルダー。リポジトリには入れない
 * （取り寄せたものはコミットしない決まり）：MANIFEST_XSD_DIR か .tmp/manifest-xsd に置くと検証する。
 */
export const SCHEMAS =
  [process.env.MANIFEST_XSD_DIR, path.join(__dirname, "..", "..", ".tmp", "manifest-xsd")].find(
    (d): d is string => !!d && existsSync(path.join(d, "OfficeAppManifestV1_1.xsd")),
  ) ?? null;

/** 内容の補助の要素だけを宣言する代わりのスキーマ（コンテンツ アドイン用で、このフォルダーに公開されていないもの）。 */
const CONTENT_STUB = `<?xml version="1.0" encoding="utf-8"?>
<xs:schema targetNamespace="http://schemas.microsoft.com/office/contentappversionoverrides" elementFormDefault="qualified" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="VersionOverrides"><xs:complexType><xs:sequence><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence><xs:anyAttribute processContents="lax"/></xs:complexType></xs:element>
</xs:schema>
`;

/**
 * Microsoft の公開したスキーマを一時フォルダーに写し、libxml2 で読めるように 3 つの機械的な直しをする
 * （https を http に、XSD にない遅延量指定子 {0,3}? を {0,3} に、コンテンツ アドインの要素は代わりのスキーマ）。そのフォルダーの OfficeAppManifestV1_1.xsd の場所を返す。
 */
export function prepareSchemas(dir: string, schemas: string): string {
  for (const file of readdirSync(schemas).filter((f) => f.endsWith(".xsd"))) {
    const text = readFileSync(path.join(schemas, file), "utf8")
      .replace(/https:\/\/www\.w3\.org\//g, "http://www.w3.org/")
      .replace(/\{0,3\}\?/g, "{0,3}");
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
