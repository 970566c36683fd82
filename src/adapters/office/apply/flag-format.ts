import type { FlagLook } from "../../../core/changes/flag-look";

/** 強調する前のセルの書式（Excel の形）。color が null なら塗りなし（白の塗りは "#FFFFFF" と模様 Solid）。 */
export interface OfficeFillOriginal {
  host: "office";
  color: string | null;
  pattern: string | null;
  patternColor: string | null;
  borders: Record<string, { style: string; color: string; weight: string }> | null;
}

export const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** FlagLook の模様の名前（OOXML の patternType）→ Excel.FillPattern。 */
const PATTERNS: Record<FlagLook["pattern"], string> = {
  solid: "Solid",
  gray125: "Gray16",
  gray0625: "Gray8",
  lightGray: "Gray25",
  lightUp: "LightUp",
  lightDown: "LightDown",
  lightHorizontal: "LightHorizontal",
};

const BORDERS: Record<NonNullable<FlagLook["border"]>["style"], { style: string; weight: string }> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  dashed: { style: "Dash", weight: "Thin" },
  double: { style: "Double", weight: "Thick" },
};

/** 強調の見た目（塗り・白黒でも分かる模様・罫線）を積む。 */
export function paintFlag(range: Excel.Range, look: FlagLook): void {
  range.format.fill.color = look.fill;
  if (look.pattern !== "solid") {
    range.format.fill.pattern = PATTERNS[look.pattern] as Excel.FillPattern;
    range.format.fill.patternColor = look.patternColor;
  }
  if (look.border) {
    const b = BORDERS[look.border.style];
    for (const edge of EDGES) {
      const border = range.format.borders.getItem(edge);
      border.style = b.style as Excel.BorderLineStyle;
      border.weight = b.weight as Excel.BorderWeight;
      border.color = look.border.color;
    }
  }
}

export function isOfficeFill(value: unknown): value is OfficeFillOriginal {
  return !!value && typeof value === "object" && (value as { host?: unknown }).host === "office";
}

/**
 * 強調を外して元の書式に戻す。塗りなしなら消し、塗りがあれば色と模様を戻す（白の塗りも白のまま）。
 * Excel の形でない記録（CLI が付けた強調）なら、塗りを消す。
 */
export function restoreFill(range: Excel.Range, original: unknown): void {
  if (!isOfficeFill(original)) {
    range.format.fill.clear();
    return;
  }
  // 強調の模様（FlagLook）が残らないよう、いったん塗りを消してから元の色と模様にする
  range.format.fill.clear();
  if (original.color !== null) {
    range.format.fill.color = original.color;
    if (original.pattern && original.pattern !== "Solid") {
      range.format.fill.pattern = original.pattern as Excel.FillPattern;
      if (original.patternColor) range.format.fill.patternColor = original.patternColor;
    }
  }
  for (const [edge, b] of Object.entries(original.borders ?? {})) {
    const border = range.format.borders.getItem(edge as (typeof EDGES)[number]);
    border.style = b.style as Excel.BorderLineStyle;
    if (b.style !== "None") {
      border.color = b.color;
      border.weight = b.weight as Excel.BorderWeight;
    }
  }
}
