/**
 * 厳しい模擬の Excel（office.js の Excel.run の部分）。Microsoft の文書にある振る舞いだけを、文書どおりに厳しく真似る。
 * どの厳しさがどの文書によるかは各ファイルの冒頭に書いた。試験：test/office-fake-excel.test.ts。
 */
export { FakeWorkbook, type SyncStats } from "./book";
export { PROFILES, PROFILE_IDS, WEB_PAYLOAD_LIMIT, isSetSupported, type HostProfile } from "./profiles";
export { officeError, type FakeOfficeError } from "./errors";
export { CELL_CHAR_LIMIT } from "./cells";
export { MERGED_AREAS_LIMIT, READ_CELL_LIMIT } from "./range";
export { utf8Bytes, jsonBytes } from "./payload";
export type { FakeSheet } from "./sheet";
export { fakeFromFixture } from "./seed";
