import { runCli } from "./run";

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`エラー：${String(e)}\n`);
    process.exitCode = 1;
  },
);
