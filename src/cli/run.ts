import { XlsxWorkbook } from "../adapters/xlsx";
import { writeCouncilPdf } from "./pdf";
import { isEvaluationError } from "../core/errors";
import { EvaluationService } from "../services/evaluation-service";
import { defaultSettings, type EvaluationSettings } from "../core/evaluate/settings";
import type { WorkbookEvaluation } from "../core/evaluate-workbook";
import { candidateRequest } from "../services/choices";
import type { ActualArg } from "./actual-arg";
import { toJsonDocument } from "../core/report/json";
import { summaryText } from "../core/report/summary";
import { parseArgs, USAGE, type CliArgs } from "./args";
import { asOfWarnings } from "./as-of";
import { EXIT, exitCodeFor } from "./exit-codes";
import { writePrettyJson } from "./json-stream";
import { checkOutExtension, checkOutputs, StagedOutputs } from "./outputs";

/** 標準出力・標準エラーへの書き出し口（テストで差し替える）。 */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Writes the staged outputs; nothing is left when one of them fails. */
async function writeOutputs(steps: { target: string; write: (tmp: string) => Promise<void> }[]): Promise<void> {
  const staged = new StagedOutputs();
  try {
    for (const step of steps) await staged.add(step.target, step.write);
    await staged.commit();
  } finally {
    await staged.discard();
  }
}

async function undo(args: CliArgs, io: CliIo): Promise<number> {
  const book = await XlsxWorkbook.open(args.workbook);
  checkOutExtension(args.out, book.macroEnabled);
  const outcome = await new EvaluationService(book).undo();
  for (const note of outcome.notes) io.err(`注意：${note}\n`);
  const out = args.out as string;
  await writeOutputs([{ target: out, write: (tmp) => book.writeTo(tmp) }]);
  io.err(`${outcome.changes.writes.length} セルを元に戻しました：${out}\n`);
  return EXIT.ok;
}

/**
 * Reads, evaluates and writes the outputs. The workbook (its package, the evaluated copy for the PDF) lives
 * only here: what is returned is the evaluation the report needs, so the package is released before the
 * JSON document is made.
 */
async function evaluateAndWrite(args: CliArgs, io: CliIo): Promise<WorkbookEvaluation> {
  io.err(`読み込み中：${args.workbook}\n`);
  const book = await XlsxWorkbook.open(args.workbook);
  checkOutExtension(args.out, book.macroEnabled);
  const settings = { ...defaultSettings(), asOf: args.asOf, overwriteManual: args.overwriteMarks };
  const write = args.out !== null || args.pdf !== null;
  const service = new EvaluationService(book);
  let chosenWrites = 0;
  for (const actual of args.actuals) {
    const applied = await applyActual(service, settings, actual);
    chosenWrites += applied.writes;
    io.err(applied.message);
  }
  const pristine = args.pdf ? await book.clone() : null;
  const outcome = await service.evaluate(settings, {
    write,
    print: write,
    summary: args.pdf !== null,
    onProgress: (p) => p.step === "evaluating" && io.err("評価中…\n"),
  });
  const result = outcome.result;
  for (const w of result.warnings) io.err(`注意：${w.sheet}${w.cell ? "!" + w.cell : ""} ${w.message}\n`);
  const years = result.sheets.map((s) => ({ name: s.evaluation.model.name, fiscalYear: s.evaluation.fiscalYear }));
  for (const w of asOfWarnings(args.asOf, years)) io.err(`注意：${w}\n`);
  for (const note of outcome.notes) io.err(`注意：${note}\n`);
  const steps: { target: string; write: (tmp: string) => Promise<void> }[] = [];
  if (args.out) steps.push({ target: args.out, write: (tmp) => book.writeTo(tmp) });
  if (args.pdf && pristine) steps.push({ target: args.pdf, write: (tmp) => writeCouncilPdf(pristine, outcome, tmp, io) });
  await writeOutputs(steps);
  if (args.out)
    io.err(
      `書き出しました：${args.out}（${chosenWrites + outcome.changes.writes.length} セル更新、強調 ${outcome.changes.flags.length} セル）\n`,
    );
  if (args.pdf) io.err(`PDF を書き出しました：${args.pdf}\n`);
  return result;
}

async function evaluate(args: CliArgs, io: CliIo): Promise<number> {
  checkOutputs(args.workbook, args.out, args.pdf);
  const result = await evaluateAndWrite(args, io);
  if (args.json) {
    // 10 万目標で 100 MB を超える文書を一つの文字列にしない（書き出す順と形は JSON.stringify(doc, null, 2) と同じ）
    writePrettyJson(toJsonDocument(result), io.out);
    io.out("\n");
  } else io.out(summaryText(result) + "\n");
  return EXIT.ok;
}

/** --actual・--clear-actual を 1 つ当てる（候補の番号なら、評価して候補を引く）。知らせる文を返す。 */
async function applyActual(
  service: EvaluationService,
  settings: EvaluationSettings,
  actual: ActualArg,
): Promise<{ message: string; writes: number }> {
  const where = `${actual.ref.sheet}!${actual.ref.progressCell} の ${actual.ref.targetIndex + 1} 番目の目標`;
  if (actual.value === null) {
    const cleared = await service.clearChoice(settings, actual.ref);
    return { message: `担当者の実績を外しました：${where}\n`, writes: cleared.changes.writes.length };
  }
  const value = actual.value;
  const request =
    value.kind === "candidate"
      ? candidateRequest((await service.evaluate(settings, { write: false, print: false })).result, actual.ref, value.index)
      : { ...actual.ref, value: value.value, unit: value.unit, source: "typed" as const, evidence: "担当者が入力" };
  const chosen = await service.choose(settings, request);
  return {
    message: `担当者の実績を付けました：${where} ＝ ${request.value}${request.unit}（${request.evidence}）\n`,
    writes: chosen.changes.writes.length,
  };
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
    io.err(
      `エラー：予期しない問題が起きました（${e instanceof Error ? e.message : String(e)}）。\n入力ファイルを添えて担当者に連絡してください。\n`,
    );
    return EXIT.other;
  }
}
