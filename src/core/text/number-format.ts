function decimalsIn(section: string): number {
  const m = /\.([0#?]+)/.exec(section);
  return m?.[1]?.length ?? 0;
}

function fixed(value: number, decimals: number, grouped: boolean): string {
  const text = value.toFixed(decimals);
  if (!grouped) return text;
  const [int, frac] = text.split(".");
  return `${(int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac !== undefined ? "." + frac : ""}`;
}

/**
 * Excel の数値書式で数を表示文字列にする（ExcelJS で読んだセル用の簡易版）。
 * 0.155 と "0.0%" → "15.5%"、10641 と "#,##0" → "10,641"。日付書式は扱わない。
 */
export function formatWithNumberFormat(value: number, format: string | undefined): string {
  const section = (format ?? "General").split(";")[0] ?? "General";
  const clean = section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  if (!clean || /^general$/i.test(clean) || clean === "@") return generalNumber(value);
  const decimals = decimalsIn(clean);
  const grouped = clean.includes(",");
  if (clean.includes("%")) return `${fixed(value * 100, decimals, grouped)}%`;
  if (/[0#]/.test(clean)) return fixed(value, decimals, grouped);
  return generalNumber(value);
}

/** 「標準」書式の表示（有効数字 11 桁まで）。 */
export function generalNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(11)));
}
