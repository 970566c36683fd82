/** 本番ビルドが、manifest.xml の名指すすべての URL とリボンのダイアログのページを配る。 */
import assert from "node:assert/strict";
import type { E2ECheck } from "../harness";

const checks: E2ECheck[] = [
  {
    name: "every URL in manifest.xml, and the ribbon's message page, is served by the production build",
    run: async (ctx) => {
      const xml = await (await fetch(`${ctx.url}/manifest.xml`)).text();
      const urls = [...xml.matchAll(/"https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1] as string);
      assert.ok(urls.length > 5);
      for (const u of [...urls, "message.html"]) assert.equal((await fetch(`${ctx.url}/${u}`)).status, 200, u);
    },
  },
];

export default checks;
