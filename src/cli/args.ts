import { parseIsoDate } from "../core/evaluate/dates";
import { fail, ok, type Result } from "../core/result";
import { parseActualArg, type ActualArg } from "./actual-arg";

/** コマンドラインの指定（cli.md）。 */
export interface CliArgs {
  workbook: string;
  out: string | null;
  pdf: string | null;
  asOf: string | null;
  json: boolean;
  overwriteMarks: boolean;
  undo: boolean;
  help: boolean;
  /** 担当者の実績を付ける・外す（--actual / --clear-actual、指定の順に） */
  actuals: ActualArg[];
}

export const USAGE = `使い方: npm run --silent evaluate -- <workbook.xlsx> [--out <evaluated.xlsx>] [--pdf <report.pdf>]
                                     [--as-of YYYY-MM-DD] [--json] [--overwrite-marks] [--undo]
                                     [--actual "シート!セル#番号=値"] [--clear-actual "シート!セル#番号"]
  --out              評価したブックを書き出す（入力と同じ名前も可。一時ファイルから置き換える）
  --pdf              議会提出用の PDF を書き出す
  --as-of            基準日（既定：中間報告は 9月30日、年度末報告は 3月31日）
  --json             標準出力に JSON を 1 つだけ出す（進み具合とメッセージは標準エラー）
  --overwrite-marks  手で入れた進捗度も上書きする
  --undo             直前の評価で書き換えたセルを元に戻す（--out が必要）
  --actual "シート!セル#番号=値"
                     要確認の目標に担当者の実績を付ける（--out が必要。ブックに残り、その文が変わるまで使われる）。
                     セルは項目の進捗状況のセル、番号は項目の目標の順（1 から）、値は 14件・16.5%・候補2 など
  --clear-actual "シート!セル#番号"
                     付けた実績を外す（--out が必要）`;

const VALUE_FLAGS = new Set(["--out", "--pdf", "--as-of", "--actual", "--clear-actual"]);

/** 引数を読む。誤りは理由を添えて返す（終了コード 2）。 */
export function parseArgs(argv: string[]): Result<CliArgs> {
  const args: CliArgs = {
    workbook: "",
    out: null,
    pdf: null,
    asOf: null,
    json: false,
    overwriteMarks: false,
    undo: false,
    help: false,
    actuals: [],
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--help" || a === "-h") args.help = true;
    else if (a === "--json") args.json = true;
    else if (a === "--overwrite-marks") args.overwriteMarks = true;
    else if (a === "--undo") args.undo = true;
    else if (VALUE_FLAGS.has(a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) return fail(`${a} の後に値がありません。`);
      if (a === "--out") args.out = v;
      else if (a === "--pdf") args.pdf = v;
      else if (a === "--actual" || a === "--clear-actual") {
        const actual = parseActualArg(a, v, a === "--clear-actual");
        if (!actual.ok) return actual;
        args.actuals.push(actual.value);
      } else args.asOf = v;
    } else if (a.startsWith("-")) return fail(`知らない指定です：${a}`);
    else positional.push(a);
  }
  if (args.help) return ok(args);
  if (positional.length !== 1)
    return fail(
      positional.length === 0
        ? "評価するブック（.xlsx）を指定してください。"
        : `ブックは 1 つだけ指定してください（${positional.join("、")}）。`,
    );
  args.workbook = positional[0] as string;
  if (args.asOf !== null && !parseIsoDate(args.asOf)) {
    return fail(
      /^\d{4}-\d{2}-\d{2}$/.test(args.asOf.trim())
        ? `--as-of の日付「${args.asOf}」はありません（その月にその日はありません）。実在する日付を指定してください（例：2020-09-30）。`
        : `--as-of の日付「${args.asOf}」が読めません。YYYY-MM-DD の形で指定してください（例：2020-09-30）。`,
    );
  }
  if (args.undo && !args.out) return fail("--undo には、戻したブックの書き出し先 --out が必要です。");
  if (args.actuals.length > 0 && !args.out) return fail("--actual・--clear-actual には、実績を残すブックの書き出し先 --out が必要です。");
  if (args.actuals.length > 0 && args.undo) return fail("--actual・--clear-actual と --undo は一緒に使えません。");
  return ok(args);
}
