/**
 * Bytes → text. SIE 4 prescribes code page 437 (`#FORMAT PC8`), but many programs write
 * UTF-8 while still declaring PC8, so the encoding is decided from the bytes, never from the
 * header: bytes that are valid UTF-8 *and* contain at least one multi-byte sequence are
 * UTF-8; everything else is code page 437 (pure ASCII is the same in both).
 */
import { decodeCp437 } from './cp437';

export type SieEncoding = 'cp437' | 'utf-8';

export interface DecodedSie {
  text: string;
  encoding: SieEncoding;
}

/** Decodes the bytes of a SIE file, detecting UTF-8 or code page 437; strips a UTF-8 BOM. */
export function decodeSieBytes(bytes: Uint8Array): DecodedSie {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = hasBom ? 3 : 0;
  const utf8 = scanUtf8(bytes, start);
  if (utf8 === 'valid-multibyte' || (hasBom && utf8 === 'ascii')) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(start)), encoding: 'utf-8' };
  }
  return { text: decodeCp437(bytes, start), encoding: 'cp437' };
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
