/**
 * アイコン（16・32・64・80・128 px）を作る：青い角丸の四角に白い ◎。画像ライブラリなしで PNG を書く。
 * npm run icons で作り直す。
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** 画素 (x, y) の色（RGBA）。 */
function pixel(x: number, y: number, size: number): [number, number, number, number] {
  const c = (size - 1) / 2;
  const d = Math.hypot(x - c, y - c) / (size / 2);
  const corner = Math.max(Math.abs(x - c), Math.abs(y - c)) / (size / 2);
  if (corner > 0.98) return [0, 0, 0, 0];
  const ring = (d > 0.58 && d < 0.78) || d < 0.3;
  return ring ? [255, 255, 255, 255] : [31, 78, 121, 255];
}

export function iconPng(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 64, 80, 128];

if (require.main === module) {
  for (const size of ICON_SIZES) writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), iconPng(size));
  process.stderr.write(`アイコンを書きました：${ICON_SIZES.join("、")} px\n`);
}
