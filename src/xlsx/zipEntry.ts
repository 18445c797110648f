/**
 * The zip container with Node's native zlib: reading the central directory, inflating or
 * streaming one entry, and writing a package in which most entries are copied from the source
 * still compressed. JSZip inflates and deflates in JavaScript (pako) on the main thread; for
 * a 300 MB sheet part, or the report's few megabytes of new parts, native zlib is several
 * times faster.
 */
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The name's bytes as stored (copied as they are). */
  rawName: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

/** The zip's directory is damaged or missing. */
export class ZipFormatError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ZipFormatError';
  }
}

const viewOf = (zip: Uint8Array) => new DataView(zip.buffer, zip.byteOffset, zip.byteLength);

/** Every entry of the central directory, in its order. Throws `ZipFormatError` when it cannot be read. */
export function readCentralDirectory(zip: Uint8Array): ZipEntry[] {
  const view = viewOf(zip);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  let count = view.getUint16(eocd + 10, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((count === 0xffff || cdOffset === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === ZIP64_EOCD_LOCATOR) {
    const z64 = Number(view.getBigUint64(locator + 8, true));
    if (z64 + 56 <= zip.length && view.getUint32(z64, true) === ZIP64_EOCD) {
      count = Number(view.getBigUint64(z64 + 32, true));
      cdOffset = Number(view.getBigUint64(z64 + 48, true));
    }
  }
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > zip.length || view.getUint32(p, true) !== CEN) throw new ZipFormatError(`central directory entry ${k + 1} is damaged`);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const rawName = zip.subarray(p + 46, p + 46 + nameLen);
    const entry: ZipEntry = {
      name: decoder.decode(rawName),
      rawName,
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    // ZIP64 extra field: the 64-bit values present are those whose 32-bit field is full.
    let e = p + 46 + nameLen;
    const extraEnd = Math.min(e + extraLen, zip.length);
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (entry.size === 0xffffffff && q + 8 <= extraEnd) {
          entry.size = Number(view.getBigUint64(q, true));
          q += 8;
        }
        if (entry.compressedSize === 0xffffffff && q + 8 <= extraEnd) {
          entry.compressedSize = Number(view.getBigUint64(q, true));
          q += 8;
        }
        if (entry.localOffset === 0xffffffff && q + 8 <= extraEnd) entry.localOffset = Number(view.getBigUint64(q, true));
      }
      e += 4 + size;
    }
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** [start, end) of an entry's compressed data. Throws `ZipFormatError` when its local header is damaged. */
export function dataSpan(zip: Uint8Array, entry: ZipEntry): [number, number] {
  const view = viewOf(zip);
  const at = entry.localOffset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOC) throw new ZipFormatError(`${entry.name}: local header damaged`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw new ZipFormatError(`${entry.name}: data cut short`);
  return [start, end];
}

/** Finds an entry by name (case-insensitively); undefined when absent or unreadable. */
export function locateEntry(zip: Uint8Array, name: string): { method: number; dataStart: number; compressedSize: number } | undefined {
  try {
    const wanted = name.toLowerCase();
    const entry = readCentralDirectory(zip).find((e) => e.name.toLowerCase() === wanted);
    if (entry === undefined) return undefined;
    const [dataStart] = dataSpan(zip, entry);
    return { method: entry.method, dataStart, compressedSize: entry.compressedSize };
  } catch {
    return undefined;
  }
}

/**
 * A readable stream of an entry's uncompressed bytes, or undefined when it cannot be read
 * natively. The stream fails with `ZipLimitError` once more than `limit(compressedSize)` bytes
 * came out, and with `ZipFormatError` when the data is damaged.
 */
export function entryStream(zip: Uint8Array, name: string, limit: (compressedSize: number) => number = () => Infinity): Readable | undefined {
  const loc = locateEntry(zip, name);
  if (loc === undefined || (loc.method !== 0 && loc.method !== 8)) return undefined;
  const data = zip.subarray(loc.dataStart, loc.dataStart + loc.compressedSize);
  const max = limit(loc.compressedSize);
  const source = Readable.from(chunksOf(data), { objectMode: false });
  if (loc.method === 0) return source;
  // Large output chunks, and room to run ahead: the inflater (on the thread pool) keeps the
  // scanner on the main thread fed instead of handing over 16 KB at a time.
  const inflate = zlib.createInflateRaw({ chunkSize: 1 << 20, highWaterMark: 8 << 20 } as zlib.ZlibOptions);
  let total = 0;
  return Readable.from(
    (async function* () {
      try {
        for await (const chunk of source.pipe(inflate) as AsyncIterable<Buffer>) {
          total += chunk.length;
          if (total > max) throw new ZipLimitError(name, max);
          yield chunk;
        }
      } catch (e) {
        if (e instanceof ZipLimitError) throw e;
        throw new ZipFormatError(`${name}: ${(e as Error).message}`);
      } finally {
        inflate.destroy();
      }
    })(),
    { objectMode: false },
  );
}

/** An entry inflates beyond the limit its reader set (a zip bomb). */
export class ZipLimitError extends Error {
  constructor(
    readonly entry: string,
    readonly limit: number,
  ) {
    super(`${entry}: inflates beyond ${limit} bytes`);
    this.name = 'ZipLimitError';
  }
}

/** An entry's uncompressed bytes (stored or deflated), checked against its CRC; at most `limit` bytes. */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry, limit = Infinity): Buffer {
  const [start, end] = dataSpan(zip, entry);
  const data = zip.subarray(start, end);
  let out: Buffer;
  if (entry.method === 0) out = Buffer.from(data);
  else if (entry.method === 8) {
    try {
      out = zlib.inflateRawSync(data, Number.isFinite(limit) ? { maxOutputLength: Math.max(1, limit) } : {});
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new ZipLimitError(entry.name, limit);
      throw new ZipFormatError(`${entry.name}: ${(e as Error).message}`);
    }
  } else throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  if (out.length > limit) throw new ZipLimitError(entry.name, limit);
  if (out.length !== entry.size || crc32(out) !== entry.crc) throw new ZipFormatError(`${entry.name}: CRC or size does not match`);
  return out;
}

function* chunksOf(data: Uint8Array): Generator<Buffer> {
  const size = 1 << 20;
  for (let i = 0; i < data.length; i += size) {
    yield Buffer.from(data.buffer, data.byteOffset + i, Math.min(size, data.length - i));
  }
}

let table: Uint32Array | undefined;
/** CRC-32 of the zip format (Node's own where it has one: 20.15 and later). */
export function crc32(data: Uint8Array): number {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  if (table === undefined) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Too large for a zip without ZIP64 extensions: the caller writes the package another way. */
export class ZipTooLargeError extends Error {}

/**
 * zlib's level for the parts written: 3 rather than the default 6. On the two Verifikationer
 * sheets of a 1 000 000-row ledger (21.6 MB of XML) level 6 took 190 ms of CPU for 1.99 MB,
 * level 3 74 ms for 2.31 MB (level 1: 47 ms, 2.45 MB): a sixth larger, two and a half times faster.
 */
const DEFLATE_LEVEL = 3;

/**
 * A new zip: every entry of `source` in its order, copied still compressed, except those
 * `changes` names (by entry name): `null` removes one, text or bytes replace it (deflated
 * natively). Names in `changes` that `source` lacks are appended, in the map's order.
 */
export function writeZip(source: Uint8Array, entries: readonly ZipEntry[], changes: ReadonlyMap<string, string | Uint8Array | null>): Buffer {
  const { time, date } = dosNow();
  const encoder = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const add = (e: Omit<ZipEntry, 'localOffset' | 'name'>, data: Uint8Array) => {
    if (offset > 0xfffffffe || e.compressedSize > 0xfffffffe || e.size > 0xfffffffe) throw new ZipTooLargeError();
    const flags = e.flags & ~0x0008 & 0xffff; // sizes are in the header, no data descriptor
    // The fields a local header (from byte 4) and a central one (from byte 6) share.
    const common = (buf: Buffer, at: number) => {
      buf.writeUInt16LE(20, at);
      buf.writeUInt16LE(flags, at + 2);
      buf.writeUInt16LE(e.method, at + 4);
      buf.writeUInt16LE(e.time, at + 6);
      buf.writeUInt16LE(e.date, at + 8);
      buf.writeUInt32LE(e.crc >>> 0, at + 10);
      buf.writeUInt32LE(e.compressedSize, at + 14);
      buf.writeUInt32LE(e.size, at + 18);
      buf.writeUInt16LE(e.rawName.length, at + 22);
    };
    const local = Buffer.alloc(30 + e.rawName.length);
    local.writeUInt32LE(LOC, 0);
    common(local, 4);
    local.set(e.rawName, 30);
    const central = Buffer.alloc(46 + e.rawName.length);
    central.writeUInt32LE(CEN, 0);
    central.writeUInt16LE(20, 4);
    common(central, 6);
    central.writeUInt32LE(offset, 42);
    central.set(e.rawName, 46);
    locals.push(local, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    centrals.push(central);
    offset += local.length + data.byteLength;
  };
  const fresh = (name: string, rawName: Uint8Array, content: string | Uint8Array) => {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const deflated = zlib.deflateRawSync(bytes, { level: DEFLATE_LEVEL });
    // Bit 11: the name is UTF-8.
    add({ rawName, flags: 0x0800, method: 8, time, date, crc: crc32(bytes), compressedSize: deflated.length, size: bytes.length }, deflated);
  };
  const done = new Set<string>();
  for (const e of entries) {
    if (changes.has(e.name)) {
      done.add(e.name);
      const content = changes.get(e.name);
      if (content !== null && content !== undefined) fresh(e.name, encoder.encode(e.name), content);
      continue;
    }
    const [start, end] = dataSpan(source, e);
    add(e, source.subarray(start, end));
  }
  for (const [name, content] of changes) {
    if (!done.has(name) && content !== null) fresh(name, encoder.encode(name), content);
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  if (centrals.length > 0xfffe || offset + cdSize > 0xfffffffe) throw new ZipTooLargeError();
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
