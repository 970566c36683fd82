/**
 * 模擬の Office（共通 API）：Office.context（要件セット・platform・文書設定・PDF の取り出し・ダイアログ）、
 * Office.onReady、Office.actions。ホストの型（プロファイル）に合わせて答える。
 * - PDF の取り出し：Office.Document.getFileAsync(Office.FileType.Pdf) を 64 KB ずつ（PdfFile 要件セット）。
 * - ダイアログ：Office.context.ui.displayDialogAsync（DialogApi 1.1）。開いた URL を記録する。
 */
import { isSetSupported, type HostProfile } from "./excel/profiles";
import type { FakeWorkbook } from "./excel";

export interface FakeOfficeOptions {
  /** getFileAsync が返す PDF（バイトの並びの並び）。空の配列は 0 バイトの結果 */
  pdfSlices?: number[][];
  language?: string;
}

export interface FakeOffice {
  Office: Record<string, unknown>;
  /** 開いたダイアログの URL */
  dialogs: string[];
  /** 開いているダイアログを担当者が閉じる（DialogEventReceived を送る） */
  closeDialog: () => void;
  /** event.completed() が呼ばれた回数 */
  completed: { count: number };
  settings: Map<string, unknown>;
  associated: Map<string, (event: { completed: () => void }) => unknown>;
}

type Callback = (r: { status: string; value?: unknown; error?: { message: string } }) => void;

export function fakeOffice(book: FakeWorkbook, options: FakeOfficeOptions = {}): FakeOffice {
  const profile: HostProfile = book.profile;
  const dialogs: string[] = [];
  let onClosed: ((arg: unknown) => void) | null = null;
  const settings = new Map<string, unknown>();
  const associated = new Map<string, (event: { completed: () => void }) => unknown>();
  const slices = options.pdfSlices ?? [Array.from(new TextEncoder().encode("%PDF-1.7 simulated"))];
  const size = slices.reduce((n, s) => n + s.length, 0);
  const Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Pdf: "pdf", Compressed: "compressed" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    onReady: () => Promise.resolve({ host: "Excel", platform: profile.platform }),
    actions: { associate: (name: string, f: (event: { completed: () => void }) => unknown) => associated.set(name, f) },
    context: {
      platform: profile.platform,
      displayLanguage: options.language ?? "ja-JP",
      officeTheme: { bodyBackgroundColor: "#FFFFFF" },
      requirements: { isSetSupported: (name: string, version?: string) => isSetSupported(profile, name, version) },
      ui: {
        displayDialogAsync: (url: string, _opts: unknown, cb?: Callback) => {
          if (!isSetSupported(profile, "DialogApi", "1.1")) throw new Error("DialogApi is not supported");
          dialogs.push(url);
          const dialog = {
            close: () => {
              onClosed = null;
            },
            addEventHandler: (type: string, handler: (arg: unknown) => void) => {
              if (type === "dialogEventReceived") onClosed = handler;
            },
          };
          cb?.({ status: "succeeded", value: dialog });
        },
      },
      document: {
        getFileAsync: (_type: unknown, _opts: unknown, cb: Callback) => {
          if (!isSetSupported(profile, "PdfFile", "1.1")) return cb({ status: "failed", error: { message: "PdfFile is not supported" } });
          cb({
            status: "succeeded",
            value: {
              size,
              sliceCount: slices.length,
              getSliceAsync: (i: number, done: Callback) => done({ status: "succeeded", value: { data: slices[i] } }),
              closeAsync: () => undefined,
            },
          });
        },
        settings: {
          get: (k: string) => settings.get(k) ?? null,
          set: (k: string, v: unknown) => settings.set(k, v),
          saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
        },
      },
    },
  };
  return { Office, dialogs, settings, associated, completed: { count: 0 }, closeDialog: () => onClosed?.({ error: 12006 }) };
}
