/** 丸括弧の組（正規化後の文字列の位置）。 */
export type Bracket = { open: number; close: number } | null;
/** 直前に求めた括弧（役割を決めるときに同じ数について何度も求めるので、1 つだけ覚える）。 */
let lastBracket: { text: string; at: number; floor: number; found: Bracket } | null = null;

/** at を囲む、文の中でいちばん内側の丸括弧（なければ null）。 */
export function bracketOf(text: string, at: number, floor: number): Bracket {
  if (text.lastIndexOf("(", at - 1) < floor) return null;
  if (lastBracket && lastBracket.at === at && lastBracket.floor === floor && lastBracket.text === text) return lastBracket.found;
  const found = findBracket(text, at, floor);
  lastBracket = { text, at, floor, found };
  return found;
}

function findBracket(text: string, at: number, floor: number): Bracket {
  let depth = 0;
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x29) depth++;
    else if (c === 0x28) {
      if (depth === 0) {
        let d = 0;
        for (let j = i; j < text.length; j++) {
          const cj = text.charCodeAt(j);
          if (cj === 0x28) d++;
          else if (cj === 0x29 && --d === 0) return { open: i, close: j };
        }
        return { open: i, close: text.length };
      }
      depth--;
    }
  }
  return null;
}
