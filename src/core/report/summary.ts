import type { WorkbookEvaluation } from "../evaluate-workbook";
import { formatIsoDate } from "../evaluate/dates";

const STATUS_JA: Record<string, string> = {
  met: "達成",
  "on-track": "予定どおり",
  behind: "遅れ",
  unknown: "実績不明",
  done: "完了",
  "under-way": "実施中",
  "not-done": "未実施",
};
const BASIS_JA: Record<string, string> = { numeric: "数値", text: "文から（要確認）", manual: "手入力を保持", none: "判定なし" };

/** 人が読む要約（目標・項目・記号・その根拠の率）。 */
export function summaryText(result: WorkbookEvaluation): string {
  const out: string[] = [];
  for (const s of result.sheets) {
    const e = s.evaluation;
    out.push(`■ ${e.model.name}（${e.model.meta.department ?? "担当部局不明"}）${e.report} 基準日 ${formatIsoDate(e.asOf)}`);
    const counts: Record<string, number> = { "◎": 0, "○": 0, "△": 0, "×": 0 };
    e.goals.forEach((g, gi) => {
      out.push(`目標${g.goal.no ?? "?"} ${g.goal.title}`);
      g.items.forEach((item, ii) => {
        const d = s.decisions[gi]?.[ii];
        const mark = d?.mark || "－";
        if (mark in counts) counts[mark] = (counts[mark] ?? 0) + 1;
        const flags = [item.needsReview ? "要確認" : "", item.flagged ? "未達あり" : ""].filter(Boolean).join("・");
        out.push(
          `  ${item.item.label} ${mark}  ${BASIS_JA[d?.basis ?? "none"]}${flags ? `  [${flags}]` : ""}${d?.markCell ? `  (${d.markCell})` : ""}`,
        );
        for (const t of item.targets) out.push(`      ${t.spec.label}${t.spec.text}：${STATUS_JA[t.status] ?? t.status}  ${t.reason}`);
      });
    });
    out.push(`集計：◎${counts["◎"]} ○${counts["○"]} △${counts["△"]} ×${counts["×"]}`);
  }
  for (const w of result.warnings) out.push(`注意：${w.sheet}${w.cell ? "!" + w.cell : ""} ${w.message}`);
  return out.join("\n");
}
