/**
 * 模擬 Excel のブック：シートの中身、ホストの型（プロファイル）、同期と要求・応答の大きさの記録。
 * Excel.run と同じ形の run を持ち、アダプターには Excel.RequestContext として渡す。
 */
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { a1, parseA1 } from "../../../src/core/snapshot";
import { FakeContext } from "./context";
import { PROFILES, isSetSupported, type HostProfile } from "./profiles";
import { FakeSheet } from "./sheet";
import type { FakeErrorCode } from "./errors";
import { FakeWorkbookProxy } from "./worksheet";

/** 同期の記録。大きさは受け付けられた要求・応答だけを数え、上限で断られた回数は refused に数える。 */
export interface SyncStats {
  syncs: number;
  refused: number;
  requestBytes: number;
  responseBytes: number;
  largestRequest: number;
  largestResponse: number;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  editMode = false;
  /** ブックの構成の保護（シートの追加・削除ができない） */
  structureProtected = false;
  stats: SyncStats = { syncs: 0, refused: 0, requestBytes: 0, responseBytes: 0, largestRequest: 0, largestResponse: 0 };
  /** 文字を書いたつもりが数式になった回数（0 でなければアダプターの誤り） */
  formulaWrites = 0;
  /** Excel.run が終わったときに sync されずに残った操作の数（0 でなければ書き忘れ） */
  unsyncedActions = 0;
  /**
   * 断らせる操作（要求の経路に match が合う操作を、その code で失敗させる）。文書にある失敗のうち、
   * 中身からは起こせないもの（プリンターのない PC での印刷設定の失敗など）を試験で起こすため。
   */
  refusals: { match: RegExp; code: FakeErrorCode; message: string }[] = [];
  selected: { sheet: string; address: string } | null = null;
  activeSheet = "";

  constructor(public profile: HostProfile = PROFILES.web) {}

  get syncs(): number {
    return this.stats.syncs;
  }

  noteRequest(bytes: number): void {
    this.stats.requestBytes += bytes;
    this.stats.largestRequest = Math.max(this.stats.largestRequest, bytes);
  }

  noteResponse(bytes: number): void {
    this.stats.responseBytes += bytes;
    this.stats.largestResponse = Math.max(this.stats.largestResponse, bytes);
  }

  resetStats(): void {
    this.stats = { syncs: 0, refused: 0, requestBytes: 0, responseBytes: 0, largestRequest: 0, largestResponse: 0 };
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  isSetSupported = (name: string, version?: string): boolean => isSetSupported(this.profile, name, version);

  /** Excel.run と同じ形。バッチが終わっても sync されていない操作は実行しない（数えておく）。 */
  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this, (c) => new FakeWorkbookProxy(c));
    try {
      return await batch(ctx as unknown as Excel.RequestContext);
    } finally {
      this.unsyncedActions += ctx.pending;
    }
  };

  private at(sheet: string, address: string) {
    const p = parseA1(address);
    return p ? this.sheet(sheet)?.peek(p.row, p.col) : undefined;
  }

  text(sheet: string, address: string): string {
    return this.at(sheet, address)?.text ?? "";
  }

  value(sheet: string, address: string): CellValue {
    return this.at(sheet, address)?.value ?? null;
  }

  formula(sheet: string, address: string): string | null {
    return this.at(sheet, address)?.formula ?? null;
  }

  /** 塗りの色（塗りなしは null） */
  fill(sheet: string, address: string): string | null {
    return this.at(sheet, address)?.fill?.color ?? null;
  }

  note(sheet: string, address: string): string | null {
    return this.sheet(sheet)?.notes.get(address.toUpperCase())?.content ?? null;
  }

  /** スナップショット（ExcelJS で読んだ見本など）から模擬のブックを作る。 */
  static fromSnapshots(snapshots: SheetSnapshot[], profile: HostProfile = PROFILES.web): FakeWorkbook {
    const book = new FakeWorkbook(profile);
    for (const s of snapshots) {
      const sheet = book.addSheet(s.name);
      s.texts.forEach((row, r) =>
        row.forEach((text, c) => {
          const value = s.values[r]?.[c] ?? null;
          if (text === "" && (value === null || value === "")) return;
          const cell = sheet.cell(r + s.origin.row, c + s.origin.col);
          Object.assign(cell, {
            value: value === "" ? null : value,
            text,
            format: s.formats[r]?.[c] ?? "General",
            formula: s.formulas?.[r]?.[c] ? "=FORMULA()" : null,
          });
        }),
      );
      sheet.merges = s.merges.map((m) => ({ ...m }));
      s.rowHeights?.forEach((h, r) => {
        if (typeof h === "number") sheet.rowHeights.set(r, h);
      });
      sheet.protection.protected = Boolean(s.protected);
    }
    return book;
  }

  /** A1 形式の番地の一覧（シートの中身の比較用：値のあるセルだけ） */
  texts(sheet: string): [string, string][] {
    const s = this.sheet(sheet);
    if (!s) return [];
    return [...s.entries()]
      .filter((e) => e.cell.text !== "")
      .map((e) => [a1(e.row, e.col), e.cell.text] as [string, string])
      .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  }
}
