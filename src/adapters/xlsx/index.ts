import { promises as fs } from "node:fs";
import { FLAG_LOOK, type FlagLook } from "../../core/changes/flag-look";
import type { ChangeSet } from "../../core/changes/types";
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { ApplyResult, WorkbookPort, WorkbookRead } from "../../port";
import { applyChanges } from "./apply";
import { Book } from "./book";
import { contentTypeOf } from "./content-types";
import { openPackage } from "./open";
import type { OoxmlPackage } from "./package";
import { atomicWrite } from "./save";
import { readState, workbookSnapshot } from "./snapshot";
import { PackageWriter } from "./writer";

/**
 * .xlsx ファイルのアダプター。パッケージ（zip）の部品のうち、アドインが書くものだけをその場で書き換え、
 * ほかの部品は元のバイトのまま保存する（グラフ・画像・マクロ・ふりがな・名前の定義などは触れない）。
 */
export class XlsxWorkbook implements WorkbookPort {
  readonly origin = "xlsx" as const;
  private book: Book;

  private constructor(
    private readonly pkg: OoxmlPackage,
    /** 強調の見た目（塗り・模様・罫線） */
    readonly flagLook: FlagLook = FLAG_LOOK,
  ) {
    this.book = new Book(pkg);
  }

  static async open(path: string): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await openPackage(path));
  }

  snapshot(): WorkbookSnapshot {
    return workbookSnapshot(this.book);
  }

  read(): Promise<WorkbookRead> {
    return Promise.resolve({ snapshot: this.snapshot(), notes: [] });
  }

  /** マクロ付きブック（.xlsm）か。書き出す名前の拡張子を合わせるために使う。 */
  get macroEnabled(): boolean {
    return /macroEnabled/i.test(contentTypeOf(this.pkg, this.book.info.part) ?? "");
  }

  /** 変更の一式を当てる（印刷設定の元の値を状態に残してから状態を書く）。 */
  async apply(changes: ChangeSet): Promise<ApplyResult> {
    const previousSummary = readState(this.book).state?.summarySheet ?? null;
    const writer = new PackageWriter(this.pkg, this.flagLook, this.book);
    try {
      return { notes: await applyChanges(writer, changes, previousSummary) };
    } finally {
      // the shared strings and styles it parsed were changed: the package is read anew
      this.book = new Book(this.pkg);
    }
  }

  /** 議会用 PDF の写しなど、このブックとは別に手を加えるための複製（元のバイトは共有する）。 */
  clone(): Promise<XlsxWorkbook> {
    return Promise.resolve(new XlsxWorkbook(this.pkg.clone(), this.flagLook));
  }

  /** パッケージのバイト列。 */
  toBuffer(): Buffer {
    return this.pkg.toBuffer();
  }

  /**
   * パッケージをファイルに書く（置き換えずに、そのファイルに）。部品ごとに書くので、パッケージ全体の写しを
   * メモリに作らない（画像の多いブックでも、入力のバイトと書き出すバイトを二重に持たない）。
   */
  async writeTo(file: string): Promise<void> {
    const handle = await fs.open(file, "w");
    try {
      this.pkg.writeTo(handle.fd);
    } finally {
      await handle.close();
    }
  }

  /** 一時ファイルに書いてから置き換える（途中で失敗しても書きかけを残さない）。 */
  async save(path: string): Promise<void> {
    await atomicWrite(path, (tmp) => this.writeTo(tmp));
  }
}
