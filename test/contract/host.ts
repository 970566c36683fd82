/**
 * 約束の試験が使う、アダプターごとの入口。ポートのほかに、スナップショットには出ないもの（塗り・注記・印刷設定・
 * シートの一覧・状態のシートの中身）を見る「のぞき窓」と、試験の前提（塗り・注記・保護）を作る手段を渡す。
 * xlsx は ExcelJS で保存したファイルを開き直して、Office は模擬 Excel のブックを直接見る。
 */
import type { WorkbookPort } from "../../src/port";
import type { Fixture } from "../fixtures/layouts";

/** 塗り：color が null なら塗りなし。pattern は Excel の名前（"Solid"・"LightUp" など、塗りなしは "None"）。 */
export interface FillSeen {
  color: string | null;
  pattern: string;
}

export interface PrintSeen {
  landscape: boolean;
  a4: boolean;
  /** 横何ページに収めるか（設定がなければ null） */
  fitToWidth: number | null;
  /** "A1:F32" の形（シート名や $ は除く）。なければ null */
  printArea: string | null;
  /** "5:5" の形。なければ null */
  titleRows: string | null;
  centerFooter: string;
}

export interface Probe {
  fill(sheet: string, address: string): Promise<FillSeen>;
  note(sheet: string, address: string): Promise<string | null>;
  print(sheet: string): Promise<PrintSeen>;
  /** すべてのシート（非表示も）と、その表示の状態 */
  sheets(): Promise<{ name: string; visibility: "visible" | "hidden" | "veryHidden" }[]>;
  /** 状態のシートの A 列（上から、空のセルは ""）。シートがなければ null */
  stateCells(): Promise<string[] | null>;
  /** 担当者がセルを塗り替える */
  setFill(sheet: string, address: string, fill: FillSeen): Promise<void>;
  /** 状態のシートの A 列を書き換える（記録が壊れた・失われたブックを作る）。null ならシートを消す */
  setStateCells(cells: string[] | null): Promise<void>;
}

/** 試験の前提：フィクスチャに足すもの。 */
export interface Preconditions {
  fills?: { sheet: string; address: string; color: string; pattern: "Solid" | "LightUp" }[];
  notes?: { sheet: string; address: string; text: string }[];
  protectedSheets?: string[];
}

export interface ContractHost {
  port: WorkbookPort;
  probe: Probe;
}

export type HostFactory = (fixture: Fixture, pre?: Preconditions) => Promise<ContractHost>;

/** アダプターの違い：注記（Excel では ExcelApi 1.18）が使えるか、まだ通らない試験（名前）。 */
export interface ContractOptions {
  notes: boolean;
  /** まだ通らない試験の名前：test.failing にする（通るようになったら外す） */
  pending?: string[];
}

export function normaliseArea(address: string | null | undefined): string | null {
  if (!address) return null;
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}
