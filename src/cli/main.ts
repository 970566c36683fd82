import { cleanUpOnSignals } from "./cleanup";
import { runCli } from "./run";

cleanUpOnSignals((t) => process.stderr.write(t));

/**
 * 標準出力がパイプのとき、書き込みを待たずに溜めないよう同期にする（--json の 100 MB 級の文書を少しずつ書くため。
 * ファイルと端末は Node がもともと同期で書く）。
 */
const stdoutHandle = (process.stdout as unknown as { _handle?: { setBlocking?: (on: boolean) => void } })._handle;
stdoutHandle?.setBlocking?.(true);
// 読み手がパイプを先に閉じた（| head など）ときは、書くのをやめて静かに終わる
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
}).then(
  (code) => {
    process.exitCode = code;
    if (process.env.JUTEN_REPORT_RESOURCES === "1") {
      const usage = process.resourceUsage();
      process.stderr.write(
        `resources: ${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000) })}\n`,
      );
    }
  },
  (e: unknown) => {
    process.stderr.write(`エラー：${String(e)}\n`);
    process.exitCode = 1;
  },
);
