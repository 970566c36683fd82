import { XlsxWorkbook } from "../src/adapters/xlsx";
import { runSnapshotPortContract } from "./contract/snapshot-port";
import { writeFixtureWith, xlsxProbe } from "./contract/xlsx-host";
import { tempDir } from "./helpers/tmp";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;

runSnapshotPortContract(
  "xlsx（ExcelJS）",
  async (fixture, pre) => {
    const file = tmp.file(`${fixture.name}-${n++}.xlsx`);
    await writeFixtureWith(fixture, pre, file);
    return {
      port: {
        origin: "xlsx",
        read: async () => (await XlsxWorkbook.open(file)).read(),
        apply: async (changes) => {
          const book = await XlsxWorkbook.open(file);
          const result = await book.apply(changes);
          await book.save(file);
          return result;
        },
      },
      probe: xlsxProbe(file),
    };
  },
  {
    notes: true,
    // 約束の試験のうち、xlsx のアダプターがまだ通らないもの（今はない。通らない試験を足すときはここに名前を書く：test.failing になる）
    pending: [],
  },
);
