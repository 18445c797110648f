/**
 * Code page 437 ("PC8"), the character set SIE 4 prescribes. Browsers' TextDecoder has no
 * code page 437, so the mapping is ours: a full 256-entry table. Bytes 0x00–0x7F are ASCII
 * (control characters stay control characters, so a tab is still a tab); 0x80–0xFF are the
 * IBM PC characters, among them å 0x86, ä 0x84, ö 0x94, Å 0x8F, Ä 0x8E, Ö 0x99.
 */

const UPPER_HALF =
  'ÇüéâäàåçêëèïîìÄÅ' + // 0x80
  'ÉæÆôöòûùÿÖÜ¢£¥₧ƒ' + // 0x90
  'áíóúñÑªº¿⌐¬½¼¡«»' + // 0xA0
  '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' + // 0xB0
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧' + // 0xC0
  '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' + // 0xD0
  'αßΓπΣσµτΦΘΩδ∞φε∩' + // 0xE0
  '≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00A0'; // 0xF0

/** Byte → UTF-16 code unit, for all 256 bytes. */
export const CP437_TO_UNICODE: Uint16Array = (() => {
  const table = new Uint16Array(256);
  for (let b = 0; b < 128; b++) table[b] = b;
  for (let b = 128; b < 256; b++) table[b] = UPPER_HALF.charCodeAt(b - 128);
  return table;
})();

/** UTF-16 code unit → byte + 1 (0 = not representable). Every table entry is in the BMP. */
const UNICODE_TO_CP437: Uint16Array = (() => {
  const reverse = new Uint16Array(0x10000);
  for (let b = 0; b < 256; b++) reverse[CP437_TO_UNICODE[b]] = b + 1;
  return reverse;
})();

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Decodes code page 437 bytes to a string (every byte sequence is valid). */
export function decodeCp437(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const n = Math.max(0, end - start);
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = CP437_TO_UNICODE[bytes[start + i]];
  if (LITTLE_ENDIAN && typeof TextDecoder !== 'undefined') return new TextDecoder('utf-16le').decode(units);
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let pos = 0; pos < n; pos += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(pos, Math.min(n, pos + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** True when every character of `text` exists in code page 437. */
export function isCp437(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (UNICODE_TO_CP437[text.charCodeAt(i)] === 0) return false;
  return true;
}

/**
 * Encodes a string as code page 437. Characters outside the code page become `?` (0x3F);
 * check with `isCp437` first when that matters.
 */
export function encodeCp437(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = UNICODE_TO_CP437[text.charCodeAt(i)];
    out[i] = b === 0 ? 0x3f : b - 1;
  }
  return out;
}
