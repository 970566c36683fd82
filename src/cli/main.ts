import { cleanUpOnSignals } from "./cleanup";
import { runCli } from "./run";

cleanUpOnSignals((t) => process.stderr.write(t));

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
