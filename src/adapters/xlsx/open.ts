import { promises as fs } from "node:fs";
import { EvaluationError } from "../../core/errors";
import { Book } from "./book";
import { fileProblem } from "./fs-errors";
import { OoxmlPackage } from "./package";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (buf: Buffer, magic: number[]): boolean => magic.every((b, i) => buf[i] === b);

function unreadable(path: string, e: unknown): EvaluationError {
  const error = new EvaluationError(
    "unreadable",
    "xlsx",
    `「${path}」を Excel ブックとして読めません（壊れているか、途中までしかありません）。`,
    "Excel で開けるかを確かめ、開けるなら「名前を付けて保存」で .xlsx に保存し直してから実行してください。",
  );
  (error as { cause?: unknown }).cause = e;
  return error;
}

/**
 * ファイルを読み、OOXML のパッケージにする。.xlsx でない・暗号化されている・壊れている場合は、
 * 何が起きたか・なぜか・どうすればよいかを添えたエラーにする（EACCES などの符号は出さない）。
 */
export async function openPackage(path: string): Promise<OoxmlPackage> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(path);
  } catch (e) {
    const p = fileProblem(e);
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "ファイルがありません" : code === "EISDIR" ? "フォルダーです" : p.why;
    const error = new EvaluationError("unreadable", "xlsx", `「${path}」を開けません：${why}。`, p.next);
    (error as { cause?: unknown }).cause = e;
    throw error;
  }
  if (startsWith(buf, OLE)) {
    const encrypted = buf.includes(Buffer.from("EncryptedPackage", "utf16le"));
    throw encrypted
      ? new EvaluationError(
          "encrypted",
          "xlsx",
          `「${path}」はパスワードで保護（暗号化）されているため読めません。`,
          "Excel でパスワードを外して（ファイル > 情報 > ブックの保護）保存し直してから実行してください。",
        )
      : new EvaluationError(
          "not-a-workbook",
          "xlsx",
          `「${path}」は古い Excel 形式（.xls）です。`,
          "Excel で開き、「Excel ブック (.xlsx)」形式で保存し直してから実行してください。",
        );
  }
  if (!startsWith(buf, ZIP)) {
    throw new EvaluationError(
      "not-a-workbook",
      "xlsx",
      `「${path}」は Excel ブック（.xlsx）ではありません。`,
      "重点目標一覧表の .xlsx ファイルを指定してください。",
    );
  }
  try {
    const pkg = OoxmlPackage.read(buf);
    new Book(pkg);
    return pkg;
  } catch (e) {
    throw unreadable(path, e);
  }
}
