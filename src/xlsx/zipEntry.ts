/**
 * Streaming one entry out of a zip with Node's native inflate. JSZip inflates in JavaScript
 * (pako) on the main thread; for a 300 MB sheet part the native inflater is several times
 * faster and runs on the thread pool while the main thread scans the XML.
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

interface EntryLocation {
  method: number;
  dataStart: number;
  compressedSize: number;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

/** Finds an entry by name (case-insensitively); undefined when absent or unreadable. */
export function locateEntry(zip: Uint8Array, name: string): EntryLocation | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let count = view.getUint16(eocd + 10, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((count === 0xffff || cdOffset === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === ZIP64_EOCD_LOCATOR) {
    const z64 = Number(view.getBigUint64(locator + 8, true));
    if (view.getUint32(z64, true) === ZIP64_EOCD) {
      count = Number(view.getBigUint64(z64 + 32, true));
      cdOffset = Number(view.getBigUint64(z64 + 48, true));
    }
  }
  const wanted = name.toLowerCase();
  const decoder = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let k = 0; k < count && p + 46 <= zip.length; k++) {
    if (view.getUint32(p, true) !== CEN) return undefined;
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const entryName = decoder.decode(zip.subarray(p + 46, p + 46 + nameLen));
    if (entryName.toLowerCase() === wanted) {
      // ZIP64 extra field: the 64-bit values present are those whose 32-bit field is full.
      let e = p + 46 + nameLen;
      const extraEnd = e + extraLen;
      while (e + 4 <= extraEnd) {
        const id = view.getUint16(e, true);
        const size = view.getUint16(e + 2, true);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressedSize === 0xffffffff) q += 8;
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(view.getBigUint64(q, true));
            q += 8;
          }
          if (localOffset === 0xffffffff) localOffset = Number(view.getBigUint64(q, true));
        }
        e += 4 + size;
      }
      if (view.getUint32(localOffset, true) !== LOC) return undefined;
      const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
      return { method, dataStart, compressedSize };
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return undefined;
}

/** A readable stream of an entry's uncompressed bytes, or undefined when it cannot be read natively. */
export function entryStream(zip: Uint8Array, name: string): Readable | undefined {
  const loc = locateEntry(zip, name);
  if (loc === undefined || (loc.method !== 0 && loc.method !== 8)) return undefined;
  const data = zip.subarray(loc.dataStart, loc.dataStart + loc.compressedSize);
  const source = Readable.from(chunksOf(data), { objectMode: false });
  return loc.method === 0 ? source : source.pipe(createInflateRaw());
}

function* chunksOf(data: Uint8Array): Generator<Buffer> {
  const size = 1 << 20;
  for (let i = 0; i < data.length; i += size) {
    yield Buffer.from(data.buffer, data.byteOffset + i, Math.min(size, data.length - i));
  }
}
