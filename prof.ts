import { evaluateWorkbook } from "./src/core/evaluate-workbook";
import { defaultSettings } from "./src/core/evaluate/settings";
import { syntheticSnapshot } from "./scripts/lib/synthetic";
const snapshot = { sheets: [syntheticSnapshot(20000)], state: null };
evaluateWorkbook(snapshot, defaultSettings());
const t0 = Date.now();
evaluateWorkbook(snapshot, defaultSettings());
console.log(Date.now() - t0);
