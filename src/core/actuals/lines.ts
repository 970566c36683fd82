/** 行頭の箇条書きの印・項目番号（この行は新しい文として始まる）。 */
const BULLET = /^[ \t]*(?:[・･●○◯■□◆◇※\-－①-⑳⑴-⒇]|[（(][0-9０-９]{1,2}[）)])/;
/** 前の行の終わりがこれなら、文は次の行に続いている（読点・助詞・連体形の語尾）。 */
const OPEN_END = /(?:[、,，]|[のはがをにでとやへも]|による|における|にて|する|な)$/;
/** 次の行の始まりがこれなら、前の行の続き（助詞・閉じ括弧）。 */
const CONTINUING_START = /^[ \t]*[\u3041-\u3093）)」]/;

function unclosed(line: string): boolean {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) depth++;
    else if (c === 0x29 || c === 0xff09) depth--;
  }
  return depth > 0;
}

/**
 * 折り返しで途中から次の行に続く文（「偶数月\n　1回）」「61の\n　関係機関」）を 1 行につなぐ。
 * 改行を空白に置き換えるだけなので、文字の位置は変わらない。次の行が箇条書きの印で始まるときはつながない。
 * つなぐのは、前の行が読点・助詞で終わる、括弧が閉じていない、次の行が助詞や閉じ括弧で始まるときだけ
 * （「91品の増\n　ポータルサイト…」のような名詞で終わる行は、そこで文が終わったものとみなす）。
 */
export function joinWrappedLines(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  let out = lines[0] ?? "";
  let open = unclosed(out);
  for (let i = 1; i < lines.length; i++) {
    const prev = (lines[i - 1] ?? "").trimEnd();
    const line = lines[i] ?? "";
    const join = !BULLET.test(line) && (open || OPEN_END.test(prev) || CONTINUING_START.test(line));
    out += (join ? " " : "\n") + line;
    open = join ? open || unclosed(line) : unclosed(line);
  }
  return out;
}
