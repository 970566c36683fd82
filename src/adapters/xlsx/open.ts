import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { EvaluationError } from "../../core/errors";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (buf: Buffer, magic: number[]): boolean => magic.every((b, i) => buf[i] === b);

/**
 * ファイルを読み、ExcelJS のブックにする。.xlsx でない・暗号化されている・壊れている場合は、
 * 何が起きたか・なぜか・どうすればよいかを添えたエラーにする。
 */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "ファイルがありません" : code === "EISDIR" ? "フォルダーです" : `読み込めません（${code ?? String(e)}）`;
    throw new EvaluationError("unreadable", "xlsx", `「${path}」を開けません：${why}。`, "ファイルの場所と名前を確かめてください。");
  }
  if (startsWith(buf, OLE)) {
    const encrypted = buf.includes(Buffer.from("EncryptedPackage", "utf16le"));
    throw encrypted
      ? new EvaluationError("encrypted", "xlsx", `「${path}」はパスワードで保護（暗号化）されているため読めません。`, "Excel でパスワードを外して（ファイル > 情報 > ブックの保護）保存し直してから実行してください。")
      : new EvaluationError("not-a-workbook", "xlsx", `「${path}」は古い Excel 形式（.xls）です。`, "Excel で開き、「Excel ブック (.xlsx)」形式で保存し直してから実行してください。");
  }
  if (!startsWith(buf, ZIP)) {
    throw new EvaluationError("not-a-workbook", "xlsx", `「${path}」は Excel ブック（.xlsx）ではありません。`, "重点目標一覧表の .xlsx ファイルを指定してください。");
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new EvaluationError("unreadable", "xlsx", `「${path}」を Excel ブックとして読めません（${(e as Error).message}）。`, "ファイルが壊れていないか、Excel で開けるかを確かめてください。");
  }
  return workbook;
}
