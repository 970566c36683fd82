import { chmodSync, writeFileSync } from "node:fs";
import { cli } from "../helpers/cli";
import { readParts } from "./parts";

/** A stand-in for LibreOffice that writes a small PDF where soffice would (for runs that need --pdf, not its look). */
export function fakeSoffice(file: string): string {
  writeFileSync(
    file,
    '#!/bin/sh\nout=""; src=""\nwhile [ $# -gt 0 ]; do case "$1" in --outdir) out="$2"; shift;; -*) ;; *) src="$1";; esac; shift; done\nb=$(basename "$src"); printf "%%PDF-1.4\\n%%fake\\n" > "$out/${b%.*}.pdf"\n',
  );
  chmodSync(file, 0o755);
  return file;
}

/** Runs the CLI and returns its exit code, streams and (when it wrote one) the output's parts. */
export async function run(
  args: string[],
  out: string | null,
): Promise<{ code: number; stderr: string; stdout: string; parts: Map<string, Buffer> }> {
  const r = await cli(args);
  if (r.code !== 0) throw new Error(`CLI failed (${r.code}): ${r.stderr}`);
  return { ...r, parts: out ? readParts(out) : new Map() };
}
