/**
 * Bytes → text. SIE prescribes code page 437 (`#FORMAT PC8`), but programs also write UTF-8
 * (still declaring PC8) or an 8-bit Windows/ISO code page (BL Administration's
 * ISO 8859-15 files), so the encoding is decided from the bytes, never from the header:
 *   - valid UTF-8 with at least one multi-byte sequence: UTF-8;
 *   - otherwise the reading that makes the most high bytes letters: UTF-8 with a few stray
 *     bytes (a Latin-1 byte pasted into a UTF-8 file; the stray bytes read as Windows-1252,
 *     with a note of the first one), code page 437, or a Latin code page (Windows-1252, or
 *     ISO 8859-15 when it has the € Š š Ž ž Œ œ Ÿ positions and none of 0x80–0x9F). In CP437 å ä ö are 0x86 0x84 0x94
 *     and 0xC4–0xF6 are box drawing and Greek (`╓vningsbolaget`, `F÷rsΣljning`); in the
 *     Latin code pages it is the other way round.
 * Pure ASCII is the same in all of them and is read as CP437.
 */
import { decodeCp437 } from './cp437';

/**
 * `latin`: ISO 8859-1, ISO 8859-15 or Windows-1252 — the same bytes for every Swedish letter,
 * so a file with none of the few positions where they differ is one of the three.
 */
export type SieEncoding = 'cp437' | 'utf-8' | 'windows-1252' | 'iso-8859-15' | 'latin';

export interface DecodedSie {
  text: string;
  encoding: SieEncoding;
  /**
   * Set when the bytes are not what SIE prescribes in a way the reader should hear of: the
   * offset of the first byte that decided it (a line of the text can be found from it).
   */
  note?: { kind: 'guessed' | 'utf8Stray'; offset: number; count: number };
}

/** Decodes the bytes of a SIE file, detecting the encoding (see above); strips a UTF-8 BOM. */
export function decodeSieBytes(bytes: Uint8Array): DecodedSie {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = hasBom ? 3 : 0;
  const utf8 = scanUtf8(bytes, start);
  if (utf8 === 'valid-multibyte' || (hasBom && utf8 === 'ascii')) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(start)), encoding: 'utf-8' };
  }
  if (utf8 === 'ascii') return { text: decodeCp437(bytes, start), encoding: 'cp437' };
  // Which reading turns the most high bytes into letters? UTF-8 with stray bytes (each
  // valid sequence a letter, a stray byte one when Windows-1252 makes it one), code page
  // 437, or a Latin code page. Ties go to UTF-8, then to code page 437.
  const stray = strayBytes(bytes, start);
  let cp437 = 0;
  let latin = 0;
  let c1 = false;
  let latin9Only = false;
  let first = -1;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (first < 0) first = i;
    if (b <= 0x9a || (b >= 0xa0 && b <= 0xa5)) cp437++; // Ç ü é … Ö Ü, á í ó ú ñ Ñ
    if (b >= 0xc0 && b !== 0xd7 && b !== 0xf7) latin++; // À … ÿ without × ÷
    if (b >= 0x80 && b <= 0x9f) c1 = true;
    if (b === 0xa4 || b === 0xa6 || b === 0xa8 || b === 0xb4 || b === 0xb8 || b === 0xbc || b === 0xbd || b === 0xbe) latin9Only = true;
  }
  const utf8Letters = stray.valid + stray.invalidLetters;
  if (hasBom || (stray.valid > 0 && utf8Letters >= cp437 && utf8Letters >= latin)) {
    return { text: decodeUtf8Lenient(bytes, start), encoding: 'utf-8', note: { kind: 'utf8Stray', offset: stray.first, count: stray.invalid } };
  }
  if (cp437 >= latin) return { text: decodeCp437(bytes, start), encoding: 'cp437' };
  const encoding: SieEncoding = c1 ? 'windows-1252' : latin9Only ? 'iso-8859-15' : 'latin';
  const decoder = new TextDecoder(encoding === 'latin' ? 'windows-1252' : encoding);
  return { text: decoder.decode(bytes.subarray(start)), encoding, note: { kind: 'guessed', offset: first, count: latin } };
}

/** Counts of valid multi-byte UTF-8 sequences and of bytes that fit none; the first such byte. */
function strayBytes(bytes: Uint8Array, start: number): { valid: number; invalid: number; invalidLetters: number; first: number } {
  let valid = 0;
  let invalid = 0;
  let invalidLetters = 0;
  let first = -1;
  let i = start;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      valid++;
      i += n;
    } else {
      invalid++;
      if (bytes[i] >= 0xc0 && bytes[i] !== 0xd7 && bytes[i] !== 0xf7) invalidLetters++;
      if (first < 0) first = i;
      i++;
    }
  }
  return { valid, invalid, invalidLetters, first };
}

/** Length of the valid UTF-8 sequence at `i` (2–4), or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  let need: number;
  let min: number;
  let cp: number;
  if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
  else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
  else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
  else return 0;
  if (i + need >= bytes.length) return 0;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if ((c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

/** UTF-8 with each byte that is not part of a valid sequence read as Windows-1252. */
function decodeUtf8Lenient(bytes: Uint8Array, start: number): string {
  const utf8 = new TextDecoder('utf-8');
  const cp1252 = new TextDecoder('windows-1252');
  const parts: string[] = [];
  let runStart = start;
  let i = start;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(runStart, i)), cp1252.decode(bytes.subarray(i, i + 1)));
    i++;
    runStart = i;
  }
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return parts.join('');
}

/**
 * Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF), so a
 * code page 437 file is practically never taken for UTF-8: "å" in CP437 is the lone byte
 * 0x86, which is never valid UTF-8 on its own.
 */
export function scanUtf8(bytes: Uint8Array, start = 0): 'ascii' | 'valid-multibyte' | 'invalid' {
  let multibyte = false;
  let i = start;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    multibyte = true;
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else {
      return 'invalid';
    }
    if (i + need >= n) return 'invalid';
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return 'invalid';
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 'invalid';
    i += need + 1;
  }
  return multibyte ? 'valid-multibyte' : 'ascii';
}
