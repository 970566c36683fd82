import { XlsxWorkbook } from "../adapters/xlsx";
import { withPrintStyles, writeCouncilPdf } from "./pdf";
import { isEvaluationError } from "../core/errors";
import { EvaluationService } from "../services/evaluation-service";
import { defaultSettings } from "../core/evaluate/settings";
import { toJsonDocument } from "../core/report/json";
import { summaryText } from "../core/report/summary";
import { parseArgs, USAGE, type CliArgs } from "./args";
import { EXIT, exitCodeFor } from "./exit-codes";

/** 標準出力・標準エラーへの書き出し口（テストで差し替える）。 */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

async function undo(args: CliArgs, io: CliIo): Promise<number> {
  const book = await XlsxWorkbook.open(args.workbook);
  const outcome = await new EvaluationService(book).undo();
  for (const note of outcome.notes) io.err(`注意：${note}\n`);
  await book.save(args.out as string);
  io.err(`${outcome.changes.writes.length} セルを元に戻しました：${args.out}\n`);
  return EXIT.ok;
}

async function evaluate(args: CliArgs, io: CliIo): Promise<number> {
  io.err(`読み込み中：${args.workbook}\n`);
  const book = await XlsxWorkbook.open(args.workbook);
  const settings = { ...defaultSettings(), asOf: args.asOf, overwriteManual: args.overwriteMarks };
  const write = args.out !== null || args.pdf !== null;
  const pristine = args.pdf ? await book.clone() : null;
  const outcome = await new EvaluationService(withPrintStyles(book)).evaluate(settings, { write, print: write, summary: args.pdf !== null, onProgress: (p) => p.step === "evaluating" && io.err("評価中…\n") });
  const result = outcome.result;
  for (const w of result.warnings) io.err(`注意：${w.sheet}${w.cell ? "!" + w.cell : ""} ${w.message}\n`);
  for (const note of outcome.notes) io.err(`注意：${note}\n`);
  if (args.out) {
    await book.save(args.out);
    io.err(`書き出しました：${args.out}（${outcome.changes.writes.length} セル更新、強調 ${outcome.changes.flags.length} セル）\n`);
  }
  if (args.pdf && pristine) await writeCouncilPdf(pristine, outcome, args.pdf, io);
  io.out(args.json ? JSON.stringify(toJsonDocument(result), null, 2) + "\n" : summaryText(result) + "\n");
  return EXIT.ok;
}

/** CLI の本体。終了コードを返す（cli.md）。 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`${parsed.reason}\n${USAGE}\n`);
    return EXIT.usage;
  }
  const args = parsed.value;
  if (args.help) {
    io.out(USAGE + "\n");
    return EXIT.ok;
  }
  try {
    return args.undo ? await undo(args, io) : await evaluate(args, io);
  } catch (e) {
    if (isEvaluationError(e)) {
      io.err(`エラー：${e.describe()}\n`);
      return exitCodeFor(e.code);
    }
    io.err(`エラー：予期しない問題が起きました（${e instanceof Error ? e.message : String(e)}）。\n入力ファイルを添えて担当者に連絡してください。\n`);
    return EXIT.other;
  }
}
