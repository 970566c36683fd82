import * as zlib from "node:zlib";

let table: Int32Array | null = null;

function tableCrc(data: Buffer): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = (table[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

const native = (zlib as unknown as { crc32?: (data: Buffer) => number }).crc32;

/** CRC-32 of the zip entries (node's own from 20.15, else a table). */
export function crc32(data: Buffer): number {
  return native ? native(data) >>> 0 : tableCrc(data);
}
