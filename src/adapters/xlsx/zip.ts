import { deflateRawSync, inflateRawSync } from "node:zlib";
import { crc32 } from "./crc32";

/**
 * The zip container of an OOXML package, read and written without unpacking what is not edited:
 * an entry that is not replaced is copied as its compressed bytes, so its part stays byte-for-byte.
 */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** DOS time and date of the entry, kept for copied entries */
  time: number;
  date: number;
  /** the compressed bytes (a view into the package buffer) */
  raw: Buffer;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;

export class ZipFormatError extends Error {}

function findEnd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === SIG_END) return i;
  throw new ZipFormatError("end of central directory not found");
}

interface Directory {
  count: number;
  offset: number;
}

function directory(buf: Buffer): Directory {
  const end = findEnd(buf);
  let count = buf.readUInt16LE(end + 10);
  let offset = buf.readUInt32LE(end + 16);
  const locator = end - 20;
  if ((count === 0xffff || offset === 0xffffffff) && locator >= 0 && buf.readUInt32LE(locator) === SIG_LOCATOR64) {
    const end64 = Number(buf.readBigUInt64LE(locator + 8));
    if (buf.readUInt32LE(end64) !== SIG_END64) throw new ZipFormatError("zip64 end record not found");
    count = Number(buf.readBigUInt64LE(end64 + 32));
    offset = Number(buf.readBigUInt64LE(end64 + 48));
  }
  return { count, offset };
}

/** zip64 の拡張欄から 0xFFFFFFFF になっている大きさ・位置を読む。 */
function zip64Fields(extra: Buffer, sizes: { size: number; compressedSize: number; localOffset: number }): void {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      if (sizes.size === 0xffffffff) {
        sizes.size = Number(extra.readBigUInt64LE(p));
        p += 8;
      }
      if (sizes.compressedSize === 0xffffffff) {
        sizes.compressedSize = Number(extra.readBigUInt64LE(p));
        p += 8;
      }
      if (sizes.localOffset === 0xffffffff) sizes.localOffset = Number(extra.readBigUInt64LE(p));
      return;
    }
    i += 4 + len;
  }
}

/** Reads the central directory; entries keep views of their compressed bytes. */
export function readZip(buf: Buffer): ZipEntry[] {
  const { count, offset } = directory(buf);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== SIG_CENTRAL) throw new ZipFormatError("broken central directory");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    const sizes = { compressedSize: buf.readUInt32LE(p + 20), size: buf.readUInt32LE(p + 24), localOffset: buf.readUInt32LE(p + 42) };
    zip64Fields(buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), sizes);
    if (flags & 1) throw new ZipFormatError(`encrypted entry ${name}`);
    if (method !== 0 && method !== 8) throw new ZipFormatError(`unsupported compression ${method} in ${name}`);
    const local = sizes.localOffset;
    if (buf.readUInt32LE(local) !== SIG_LOCAL) throw new ZipFormatError(`broken local header of ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + sizes.compressedSize > buf.length) throw new ZipFormatError(`truncated entry ${name}`);
    entries.push({
      name,
      method,
      crc: buf.readUInt32LE(p + 16),
      compressedSize: sizes.compressedSize,
      size: sizes.size,
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      raw: buf.subarray(start, start + sizes.compressedSize),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The uncompressed bytes of an entry (checked against its CRC). */
export function entryData(entry: ZipEntry): Buffer {
  const data = entry.method === 0 ? entry.raw : inflateRawSync(entry.raw);
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw new ZipFormatError(`damaged entry ${entry.name}`);
  return data;
}

/** DOS date of 1980-01-01 00:00, the time Excel gives every entry: the output does not depend on the clock. */
const DOS_DATE_1980 = 0x21;

/** A new entry from uncompressed bytes (deflated unless tiny). */
export function newEntry(name: string, data: Buffer, level = 6): ZipEntry {
  const deflate = data.length > 64;
  const raw = deflate ? deflateRawSync(data, { level }) : data;
  return {
    name,
    method: deflate ? 8 : 0,
    crc: crc32(data),
    compressedSize: raw.length,
    size: data.length,
    time: 0,
    date: DOS_DATE_1980,
    raw,
  };
}

function header(signature: number, entry: ZipEntry, name: Buffer, central: boolean, offset: number): Buffer {
  const h = Buffer.alloc(central ? 46 : 30);
  let p = 0;
  h.writeUInt32LE(signature, p);
  p += 4;
  if (central) {
    h.writeUInt16LE(20, p);
    p += 2;
  }
  h.writeUInt16LE(20, p);
  h.writeUInt16LE(/[^\x20-\x7e]/.test(entry.name) ? 0x0800 : 0, p + 2);
  h.writeUInt16LE(entry.method, p + 4);
  h.writeUInt16LE(entry.time, p + 6);
  h.writeUInt16LE(entry.date, p + 8);
  h.writeUInt32LE(entry.crc >>> 0, p + 10);
  h.writeUInt32LE(entry.compressedSize, p + 14);
  h.writeUInt32LE(entry.size, p + 18);
  h.writeUInt16LE(name.length, p + 22);
  if (central) h.writeUInt32LE(offset, 42);
  return h;
}

/**
 * Writes the entries, in order, as one zip through write (no zip64: a workbook over 4 GB is refused). Entries
 * come from an iterable, so each new entry can be compressed just before it is written and released after.
 */
export function writeZipTo(entries: Iterable<ZipEntry>, write: (chunk: Buffer) => void): void {
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    if (offset > 0xfffffffe || entry.compressedSize > 0xfffffffe || entry.size > 0xfffffffe) throw new ZipFormatError("package over 4 GB");
    const local = header(SIG_LOCAL, entry, name, false, 0);
    central.push(header(SIG_CENTRAL, entry, name, true, offset), name);
    write(Buffer.concat([local, name]));
    write(entry.raw);
    offset += local.length + name.length + entry.raw.length;
    count++;
  }
  if (count > 0xfffe) throw new ZipFormatError("too many parts");
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_END, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  write(Buffer.concat([dir, end]));
}

/** The entries as one zip in memory. */
export function writeZip(entries: Iterable<ZipEntry>): Buffer {
  const chunks: Buffer[] = [];
  writeZipTo(entries, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}
