import { fnv1a } from "./hash";
import { emptyState, type AddinState } from "./types";

/** 1 セルに入れる文字数（Excel のセルは 32,767 字まで）。 */
export const CHUNK_CHARS = 30000;
/** 記録の上限（文字数）。超えるときは元に戻す記録を諦める（印と強調の記録は残す）。 */
export const MAX_STATE_CHARS = 3_000_000;

const HEADER = /^JUTEN-STATE v(\d+) n=(\d+) len=(\d+) fnv=([0-9a-f]{8})$/;

/** 状態の読み取りの結果：記録なし・読めた・壊れていた（理由つき）。 */
export type DecodedState = { kind: "none" } | { kind: "ok"; state: AddinState } | { kind: "damaged"; reason: string };

/**
 * JSON の ASCII 以外の文字を \uXXXX にする。セルの文字が ASCII だけなら、LibreOffice が
 * 文字の種類ごとに書式を分けたリッチテキストにしない（書式が変わっても中身は変わらないが、読み手を単純に保つ）。
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** 符号化した状態：状態シートの A 列に上から書くセルの文字列と、入りきらずに省いたもの。 */
export interface EncodedState {
  cells: string[];
  dropped: "undo"[];
}

/**
 * 状態を状態シートのセルの文字列にする。1 行目は見出し（版・セルの数・長さ・指紋）、2 行目からは
 * `J<番号>:` で始まる JSON の断片。どれも英字で始まるので、Excel も LibreOffice も数や日付や数式にしない。
 */
export function encodeState(state: AddinState): EncodedState {
  let json = asciiJson(state);
  const dropped: EncodedState["dropped"] = [];
  if (json.length > MAX_STATE_CHARS && state.undo) {
    json = asciiJson({ ...state, undo: null });
    dropped.push("undo");
  }
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK_CHARS) chunks.push(`J${chunks.length + 1}:${json.slice(i, i + CHUNK_CHARS)}`);
  return { cells: [`JUTEN-STATE v2 n=${chunks.length} len=${json.length} fnv=${fnv1a(json)}`, ...chunks], dropped };
}

function fromV1(json: string): DecodedState {
  try {
    const v1 = JSON.parse(json) as {
      version?: number;
      marks?: Record<string, string>;
      flagged?: Record<string, string | null>;
      originals?: AddinState["originals"];
    };
    if (v1.version !== 1) return { kind: "damaged", reason: "記録の版が分かりません" };
    return { kind: "ok", state: { ...emptyState(), marks: v1.marks ?? {}, flagged: v1.flagged ?? {}, originals: v1.originals ?? {} } };
  } catch {
    return { kind: "damaged", reason: "記録の JSON が読めません" };
  }
}

function validShape(value: unknown): value is AddinState {
  const s = value as Partial<AddinState> | null;
  return (
    !!s &&
    s.version === 2 &&
    typeof s.marks === "object" &&
    typeof s.flagged === "object" &&
    typeof s.originals === "object" &&
    Array.isArray(s.choices)
  );
}

/** 状態シートの A 列の文字列（上から）を状態に戻す。指紋・長さ・断片の番号が合わなければ壊れているとする。 */
export function decodeState(cells: string[]): DecodedState {
  const filled = cells.filter((c) => c !== "");
  const [head, ...rest] = filled;
  if (head === undefined) return { kind: "none" };
  if (head.startsWith("{")) return fromV1(filled.join(""));
  const m = HEADER.exec(head);
  if (!m) return { kind: "damaged", reason: "記録の見出しが読めません" };
  if (m[1] !== "2") return { kind: "damaged", reason: `記録の版（v${m[1]}）に対応していません` };
  if (rest.length !== Number(m[2])) return { kind: "damaged", reason: `記録の断片が ${m[2]} 個のはずが ${rest.length} 個です` };
  let json = "";
  for (let i = 0; i < rest.length; i++) {
    const prefix = `J${i + 1}:`;
    const chunk = rest[i] ?? "";
    if (!chunk.startsWith(prefix)) return { kind: "damaged", reason: `記録の ${i + 1} 番目の断片の順番が違います` };
    json += chunk.slice(prefix.length);
  }
  if (json.length !== Number(m[3]) || fnv1a(json) !== m[4])
    return { kind: "damaged", reason: "記録の指紋が合いません（書き換えられたか、一部が失われています）" };
  try {
    const value: unknown = JSON.parse(json);
    if (!validShape(value)) return { kind: "damaged", reason: "記録の形が正しくありません" };
    return { kind: "ok", state: { ...emptyState(), ...value } };
  } catch {
    return { kind: "damaged", reason: "記録の JSON が読めません" };
  }
}
