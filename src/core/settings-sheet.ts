import type { Warning } from "./changes/types";
import { parseIsoDate } from "./evaluate/dates";
import type { EvaluationSettings } from "./evaluate/settings";
import { readReportType } from "./layout/meta";
import type { SheetSnapshot } from "./snapshot";
import { compactText, normalizeText } from "./text/normalize";

/** しきい値などをブックで変えるためのシート名。A 列に項目名、B 列に値。 */
export const SETTINGS_SHEET = "評価設定";

type Apply = (s: EvaluationSettings, value: string) => boolean;

const num = (v: string): number | null => {
  const n = Number(normalizeText(v).text.replace(/[,\s]/g, ""));
  return Number.isFinite(n) ? n : null;
};
const yes = (v: string): boolean => /^(はい|する|true|1|yes|○|有)$/i.test(compactText(v));

/** 項目名 → 設定への当てはめ。値が読めなければ false。 */
const KEYS: [RegExp, Apply][] = [
  [
    /^基準日/,
    (s, v) => {
      const d = parseIsoDate(normalizeText(v).text.replace(/\//g, "-"));
      if (d) s.asOf = v.replace(/\//g, "-");
      return d !== null;
    },
  ],
  [
    /^報告(種別|の種類)/,
    (s, v) => {
      const r = readReportType(v + "報告");
      if (r) s.report = r;
      return r !== null;
    },
  ],
  [
    /予定どおり|目標どおり|遅れ/,
    (s, v) => {
      const n = num(v);
      if (n !== null) s.thresholds.onTrackRatio = n;
      return n !== null;
    },
  ],
  [
    /上回る/,
    (s, v) => {
      const n = num(v);
      if (n !== null) s.thresholds.aheadRatio = n;
      return n !== null;
    },
  ],
  [
    /許容/,
    (s, v) => {
      const n = num(v);
      if (n !== null) s.thresholds.tolerance = n;
      return n !== null;
    },
  ],
  [
    /上書き/,
    (s, v) => {
      s.overwriteManual = yes(v);
      return true;
    },
  ],
  [
    /進捗率の(書き方|書込|位置)/,
    (s, v) => {
      const t = compactText(v);
      s.rateMode = /列/.test(t) ? "column" : /文|中/.test(t) ? "inline" : "auto";
      return true;
    },
  ],
];

/** 「評価設定」シートを読み、設定を上書きする。読めない行は注意として返す。 */
export function readSettingsSheet(sheet: SheetSnapshot, base: EvaluationSettings, warnings: Warning[]): EvaluationSettings {
  const settings: EvaluationSettings = { ...base, thresholds: { ...base.thresholds } };
  sheet.texts.forEach((row, i) => {
    const key = compactText(row[0] ?? "");
    const value = (row[1] ?? "").trim();
    if (!key || !value) return;
    const rule = KEYS.find(([re]) => re.test(key));
    if (rule && !rule[1](settings, value)) {
      warnings.push({
        sheet: sheet.name,
        cell: `B${sheet.origin.row + i + 1}`,
        message: `「${key}」の値「${value}」が読めないため、既定値を使います。`,
      });
    }
  });
  return settings;
}
