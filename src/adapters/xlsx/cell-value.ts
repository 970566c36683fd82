import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/snapshot";
import { formatWithNumberFormat } from "../../core/text/number-format";

/** ExcelJS のセルの値を、スナップショットの値・表示文字列・数式の有無にする。 */
export interface ReadCell {
  value: CellValue;
  text: string;
  formula: boolean;
}

function fromPlain(v: unknown, numFmt: string | undefined): { value: CellValue; text: string } {
  if (v === null || v === undefined) return { value: null, text: "" };
  if (typeof v === "number") return { value: v, text: formatWithNumberFormat(v, numFmt) };
  if (typeof v === "string") return { value: v, text: v };
  if (typeof v === "boolean") return { value: v, text: v ? "TRUE" : "FALSE" };
  if (v instanceof Date) {
    const text = `${v.getUTCFullYear()}/${v.getUTCMonth() + 1}/${v.getUTCDate()}`;
    return { value: text, text };
  }
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    const text = (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    return { value: text, text };
  }
  if (typeof o.error === "string") return { value: o.error, text: o.error };
  if (typeof o.text === "string") return { value: o.text, text: o.text };
  return { value: null, text: "" };
}

export function readCell(cell: ExcelJS.Cell): ReadCell {
  const v = cell.value as unknown;
  const numFmt = cell.numFmt;
  if (v && typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v)) {
    const result = (v as { result?: unknown }).result;
    return { ...fromPlain(result, numFmt), formula: true };
  }
  return { ...fromPlain(v, numFmt), formula: false };
}
