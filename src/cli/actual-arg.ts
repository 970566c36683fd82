import { fail, ok, type Result } from "../core/result";
import type { TargetRef } from "../services/choices";

/** --actual の値：数（単位つきでもよい）か、候補の番号（1 から）。 */
export type ActualValue = { kind: "number"; value: number; unit: string } | { kind: "candidate"; index: number };

/** --actual「シート!セル#番号=値」と --clear-actual「シート!セル#番号」の中身。 */
export interface ActualArg {
  ref: TargetRef;
  /** null なら外す（--clear-actual） */
  value: ActualValue | null;
}

const SPEC = /^(.+)!\$?([A-Za-z]{1,3})\$?([0-9]{1,7})#([0-9]{1,3})(?:=(.+))?$/;
const NUMBER = /^([-+]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$/;

/** 全角の数字・記号を半角にする。 */
const halfWidth = (s: string): string => s.replace(/[０-９．，－＋％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function readValue(raw: string): Result<ActualValue> {
  const text = halfWidth(raw.trim());
  const candidate = /^(?:候補|candidate)\s*([0-9]{1,3})$/i.exec(text);
  if (candidate)
    return Number(candidate[1]) >= 1 ? ok({ kind: "candidate", index: Number(candidate[1]) - 1 }) : fail("候補の番号は 1 からです");
  const m = NUMBER.exec(text);
  if (!m) return fail(`「${raw}」は数として読めません（例：14、16.5%、14件、候補2）`);
  const value = Number((m[1] as string).replace(/,/g, ""));
  const unit = (m[2] ?? "").trim() === "％" ? "%" : (m[2] ?? "").trim();
  return ok({ kind: "number", value, unit });
}

/**
 * 「市民まちづくり推進部!E17#4=5回」を読む。番号は項目の目標の並びで 1 から（--json の targets[] の順）。
 * clear なら「=値」は書かない。
 */
export function parseActualArg(flag: string, spec: string, clear: boolean): Result<ActualArg> {
  const m = SPEC.exec(spec.trim());
  const form = clear ? "シート!セル#番号" : "シート!セル#番号=値";
  if (!m || (clear ? m[5] !== undefined : m[5] === undefined))
    return fail(
      `${flag} の「${spec}」が読めません。「${form}」の形で指定してください（例：${clear ? "総務部!E17#2" : "総務部!E17#2=14件 または 総務部!E17#2=候補1"}）。`,
    );
  const index = Number(m[4]);
  if (index < 1) return fail(`${flag} の目標の番号は 1 からです（「${spec}」）。`);
  const ref = { sheet: m[1] as string, progressCell: `${(m[2] as string).toUpperCase()}${m[3]}`, targetIndex: index - 1 };
  if (clear) return ok({ ref, value: null });
  const value = readValue(m[5] as string);
  return value.ok ? ok({ ref, value: value.value }) : fail(`${flag} の値：${value.reason}。`);
}
