import path from "node:path";
import { writePrettyJson } from "../src/cli/json-stream";
import { cli } from "./helpers/cli";

/** 少しずつ書き出した JSON が JSON.stringify(value, null, 2) と 1 文字も違わないこと。 */
function streamed(value: unknown, streamDepth?: number): string {
  let out = "";
  writePrettyJson(value, (c) => (out += c), 0, streamDepth);
  return out;
}

describe("JSON を少しずつ書き出す", () => {
  test.each([
    ["nested objects and arrays", { a: [1, { b: "x", c: [] }, null], d: {}, e: "日本語\n改行", f: { g: [{ h: 1.5 }] } }],
    ["undefined and functions are left out as JSON.stringify does", { a: undefined, b: () => 1, c: [undefined, 2] }],
    ["a Date uses its toJSON", { d: new Date(Date.UTC(2020, 8, 30)) }],
    ["a plain array at the top", [{ x: 1 }, [2, [3]]]],
    ["a string at the top", "（進捗106.5％）"],
  ])("%s", (_name, value) => {
    for (const depth of [1, 2, 4, 10]) expect(streamed(value, depth)).toBe(JSON.stringify(value, null, 2));
  });

  it("the CLI's --json output is the same document as before, byte for byte", async () => {
    const run = await cli([path.join(__dirname, "..", "assets", "samples", "ueda-r2-chukan-block.xlsx"), "--json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(JSON.stringify(JSON.parse(run.stdout), null, 2) + "\n");
  });
});
