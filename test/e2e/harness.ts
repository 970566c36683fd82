/**
 * ブラウザーの試験の道具：試験（test/e2e/checks/*.ts）はこの形で書き、run-e2e.ts が順に見つけて走らせる。
 * 各ファイルは `export default [{ name, run }]` を返す。ページは open() で開く：本番ビルドを localhost で配り、
 * office.js の CDN への要求には厳しい模擬の Office・Excel（見本ブックつき、ホストの型を選べる）で答える。
 */
import type { Page } from "playwright-core";
import type { SheetSnapshot } from "../../src/core/snapshot";
import type { HostProfile } from "../fakes/excel";

export interface OpenOptions {
  /** ホストの型（既定は Excel on the web） */
  profile?: HostProfile["id"];
  /** ブラウザーの名乗り（Internet Explorer 11 の Webview を名乗らせるなど） */
  userAgent?: string;
  /** 開くページ（既定は taskpane.html） */
  page?: string;
  /** このパターンの要求を断る（束ねた本体や office.js が読めないとき） */
  block?: RegExp;
  /** office.js の代わりに返すスクリプト（既定は模擬の Office・Excel） */
  officeJs?: string;
  /** 作業ウィンドウの代わりの表示を出すまでの時間（ミリ秒） */
  startTimeoutMs?: number;
  /** 作業ウィンドウの「評価計算」が出るまで待つか（既定は taskpane.html なら待つ） */
  waitForApp?: boolean;
}

export interface E2EContext {
  url: string;
  sheets: SheetSnapshot[];
  artifacts: string;
  open(options?: OpenOptions): Promise<Page>;
}

export interface E2ECheck {
  name: string;
  run(ctx: E2EContext): Promise<void>;
}

export const SHEET = "市民まちづくり推進部";
export const TRIDENT_UA = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

/** 模擬のブックのセルの表示文字列。 */
export const cell = (page: Page, address: string, sheet = SHEET): Promise<string> =>
  page.evaluate(([s, a]) => window.__fakeBook.text(s as string, a as string), [sheet, address]);

/** 模擬のブックのシートの、値のあるセルの一覧（比較用）。 */
export const allTexts = (page: Page, sheet = SHEET): Promise<string> =>
  page.evaluate((s) => JSON.stringify(window.__fakeBook.texts(s)), sheet);
