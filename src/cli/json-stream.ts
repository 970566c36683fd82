/**
 * JSON.stringify(value, null, 2) と同じ文字列を、一度に作らずに少しずつ書き出す（10 万目標の文書は 100 MB を超え、
 * 一つの文字列にすると同じだけのメモリを使うため）。配列と、配列の中のオブジェクトは要素ごとに書く。
 */
export function writePrettyJson(value: unknown, write: (chunk: string) => void, depth = 0, streamDepth = 4): void {
  if (depth >= streamDepth || value === null || typeof value !== "object" || isEmpty(value) || hasToJson(value)) {
    write(indentTail(JSON.stringify(value, null, 2) ?? "null", depth));
    return;
  }
  const pad = "  ".repeat(depth + 1);
  const close = "  ".repeat(depth);
  if (Array.isArray(value)) {
    write("[\n");
    value.forEach((item, i) => {
      write(pad);
      writePrettyJson(item === undefined || typeof item === "function" ? null : item, write, depth + 1, streamDepth);
      write(i < value.length - 1 ? ",\n" : "\n");
    });
    write(`${close}]`);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
  write("{\n");
  entries.forEach(([key, v], i) => {
    write(`${pad}${JSON.stringify(key)}: `);
    writePrettyJson(v, write, depth + 1, streamDepth);
    write(i < entries.length - 1 ? ",\n" : "\n");
  });
  write(`${close}}`);
}

function isEmpty(value: object): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === "function";
}

/** 深さ depth の位置に置く JSON.stringify の結果の 2 行目から先を字下げする。 */
function indentTail(text: string, depth: number): string {
  return depth === 0 ? text : text.replace(/\n/g, `\n${"  ".repeat(depth)}`);
}
