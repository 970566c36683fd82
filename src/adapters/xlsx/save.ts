import { promises as fs } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { EvaluationError } from "../../core/errors";

/** 一時ファイルに書いてから名前を変える。途中で失敗しても書きかけのファイルを残さない。 */
export async function atomicWrite(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(tmp);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    if (e instanceof EvaluationError) throw e;
    throw new EvaluationError("write-failed", "xlsx", `「${target}」に書き込めません（${(e as Error).message}）。`, "書き込み先のフォルダーと、ファイルが Excel で開かれていないかを確かめてください。");
  }
}

export async function saveWorkbook(wb: ExcelJS.Workbook, target: string): Promise<void> {
  await atomicWrite(target, (tmp) => wb.xlsx.writeFile(tmp));
}
