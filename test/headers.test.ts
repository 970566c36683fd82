import { classifyHeader } from "../src/core/layout/headers";

describe("見出しの読み取り（改行・空白・全角半角・言い回しの違い）", () => {
  test.each([
    ["重点目標", "goal"],
    ["重点\n目標", "goal"],
    ["重 点 目 標", "goal"],
    ["重点施策", "goal"],
    ["期限・数値目標等", "target"],
    ["期限・\n数値目標等", "target"],
    ["数値目標", "target"],
    ["目標値", "target"],
    ["具体的な重点取組項目（箇条書き）", "action"],
    ["具体的な重点取組項目", "action"],
    ["具体的な\n重点取組項目", "action"],
    ["主な取組", "action"],
    ["取組内容", "action"],
    ["進捗状況・進捗度", "progress"],
    ["進捗状況・\n進捗度", "progress"],
    ["進捗状況", "progressText"],
    ["取組状況", "progressText"],
    ["進捗度", "mark"],
    ["評価", "mark"],
    ["進捗率", "rate"],
    ["備考", "remarks"],
    ["No", "no"],
    ["Ｎｏ．", "no"],
    ["番号", "no"],
  ])("%j → %s", (text, kind) => expect(classifyHeader(text)).toBe(kind));

  test.each(["重点目標一覧表（中間報告調書）", "【令和2年度重点目標】", "①年度末まで", "目標3 の推進", "担当部局名"])(
    "%j is not a header",
    (text) => {
      expect(classifyHeader(text)).toBeNull();
    },
  );
});
