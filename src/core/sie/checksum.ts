/**
 * `#KSUMMA`: the SIE checksum. A file that uses it has a bare `#KSUMMA` line that starts the
 * sum and, at the end, `#KSUMMA <value>` with the value as a decimal integer.
 *
 * The value is the standard CRC-32 (the reflected polynomial 0xEDB88320, start value
 * 0xFFFFFFFF, final XOR 0xFFFFFFFF — the algorithm printed in the SIE specification) over the
 * records between the two `#KSUMMA` lines. Per record it takes the *contents* only: the label
 * (e.g. `#TRANS`) and then each field's content, concatenated, without field separators
 * (spaces, tabs), without the quotes around a field (escapes removed: `\"` counts as `"`),
 * without the braces of an object list and the separators inside it (its elements'
 * contents are concatenated), and without line ends. Lines holding only `{` or `}` therefore
 * add nothing. The bytes are those of the file, i.e. code page 437.
 *
 * The specification text was not at hand when this was written; this reading follows the
 * specification's published C routine and the reference implementations that use it (which
 * strip quotes, braces and separators in the same way). A value written as a signed 32-bit
 * number (negative) is accepted as the same 32 bits.
 */
import type { SieField } from './lexer';

const TABLE: Uint32Array = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** A running CRC-32. */
export class Crc32 {
  private crc = 0xffffffff;

  add(bytes: Uint8Array): void {
    let c = this.crc;
    for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    this.crc = c >>> 0;
  }

  value(): number {
    return (this.crc ^ 0xffffffff) >>> 0;
  }
}

/** The text of one record as the checksum sees it: label + field contents, nothing else. */
export function checksumText(label: string, fields: readonly SieField[]): string {
  let s = label;
  for (const f of fields) s += f.kind === 'text' ? f.value : f.items.join('');
  return s;
}

/** Reads the value of a closing `#KSUMMA` as unsigned 32-bit; undefined when it is no number. */
export function parseChecksumValue(text: string): number | undefined {
  if (!/^-?\d{1,10}$/.test(text)) return undefined;
  const v = Number(text);
  if (v < -0x80000000 || v > 0xffffffff) return undefined;
  return v < 0 ? v + 0x100000000 : v;
}
