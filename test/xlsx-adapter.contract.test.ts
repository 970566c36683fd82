import { XlsxWorkbook } from "../src/adapters/xlsx";
import { runSnapshotPortContract } from "./contract/snapshot-port";
import { writeFixture } from "./helpers/fixture-book";
import { tempDir } from "./helpers/tmp";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;

runSnapshotPortContract("xlsx（ExcelJS）", async (fixture) => {
  const file = tmp.file(`${fixture.name}-${n++}.xlsx`);
  await writeFixture(fixture, file);
  return {
    origin: "xlsx",
    read: async () => (await XlsxWorkbook.open(file)).read(),
    apply: async (changes) => {
      const book = await XlsxWorkbook.open(file);
      const result = await book.apply(changes);
      await book.save(file);
      return result;
    },
  };
});
