import { readFileSync } from 'fs';
import { join } from 'path';
import { CP437_TO_UNICODE, decodeCp437, encodeCp437, isCp437 } from '../../../src/core/sie/cp437';
import { decodeSieBytes, scanUtf8 } from '../../../src/core/sie/decode';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/sie', name)));

describe('code page 437', () => {
  it('maps the Swedish letters to their PC8 bytes and back', () => {
    // IBM code page 437: å 0x86, ä 0x84, ö 0x94, Å 0x8F, Ä 0x8E, Ö 0x99, é 0x82, Ü 0x9A
    expect([...encodeCp437('åäöÅÄÖéÜ')]).toEqual([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82, 0x9a]);
    expect(decodeCp437(Uint8Array.from([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99]))).toBe('åäöÅÄÖ');
  });

  it('has 256 entries: ASCII (control characters included) below 0x80, and a one-to-one upper half', () => {
    expect(CP437_TO_UNICODE.length).toBe(256);
    for (let b = 0; b < 128; b++) expect(CP437_TO_UNICODE[b]).toBe(b);
    const upper = new Set(Array.from(CP437_TO_UNICODE.subarray(128)));
    expect(upper.size).toBe(128);
    for (const u of upper) expect(u).toBeGreaterThanOrEqual(0xa0);
    // a few fixed points of the table from the IBM chart
    expect(String.fromCharCode(CP437_TO_UNICODE[0x80])).toBe('Ç');
    expect(String.fromCharCode(CP437_TO_UNICODE[0x9e])).toBe('₧');
    expect(String.fromCharCode(CP437_TO_UNICODE[0xb0])).toBe('░');
    expect(String.fromCharCode(CP437_TO_UNICODE[0xe1])).toBe('ß');
    expect(CP437_TO_UNICODE[0xff]).toBe(0x00a0);
  });

  it('decodes every byte and encodes the result back to the same bytes', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeCp437(all);
    expect(text.length).toBe(256);
    expect(isCp437(text)).toBe(true);
    expect([...encodeCp437(text)]).toEqual([...all]);
  });

  it('turns characters outside the code page into ?', () => {
    expect(isCp437('€')).toBe(false);
    expect([...encodeCp437('a€b')]).toEqual([0x61, 0x3f, 0x62]);
  });
});

describe('decodeSieBytes', () => {
  it('reads a PC8 file as code page 437', () => {
    const bytes = fixture('full-pc8.se');
    expect(bytes.includes(0x86)).toBe(true); // å as the single PC8 byte
    const { text, encoding } = decodeSieBytes(bytes);
    expect(encoding).toBe('cp437');
    expect(text).toContain('#FNAMN "Samordningsförbundet Älvdalen \\"Finsam\\""');
    expect(text).toContain('"Åsa Öberg"');
  });

  it('reads UTF-8 that still declares #FORMAT PC8 as UTF-8 (the bytes decide, not the header)', () => {
    const bytes = fixture('utf8-declares-pc8.se');
    const { text, encoding } = decodeSieBytes(bytes);
    expect(encoding).toBe('utf-8');
    expect(text).toContain('#FORMAT PC8');
    expect(text).toContain('Samordningsförbundet Östra Åby');
    expect(text).not.toContain('Ã');
  });

  it('strips a UTF-8 byte order mark', () => {
    const body = new TextEncoder().encode('#FLAGGA 0\n#FNAMN "Ödeshög"\n');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    expect(decodeSieBytes(withBom)).toEqual({ text: '#FLAGGA 0\n#FNAMN "Ödeshög"\n', encoding: 'utf-8' });
    const asciiWithBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('#FLAGGA 0')]);
    expect(decodeSieBytes(asciiWithBom)).toEqual({ text: '#FLAGGA 0', encoding: 'utf-8' });
  });

  it('takes pure ASCII as code page 437 (the same characters either way)', () => {
    expect(decodeSieBytes(new TextEncoder().encode('#FLAGGA 0\r\n'))).toEqual({ text: '#FLAGGA 0\r\n', encoding: 'cp437' });
  });

  it('takes bytes that are not valid UTF-8 as code page 437', () => {
    // "Lön" in PC8: 0x94 alone is not UTF-8
    expect(decodeSieBytes(Uint8Array.from([0x4c, 0x94, 0x6e]))).toEqual({ text: 'Lön', encoding: 'cp437' });
    // a PC8 pair that happens to look like a UTF-8 lead byte + continuation somewhere else does not
    // fool the detector when another byte is invalid
    expect(decodeSieBytes(Uint8Array.from([0xc3, 0xa4, 0x20, 0x86])).encoding).toBe('cp437');
  });
});

describe('scanUtf8', () => {
  it('accepts well-formed UTF-8 of every length', () => {
    expect(scanUtf8(new TextEncoder().encode('abc'))).toBe('ascii');
    expect(scanUtf8(new TextEncoder().encode('å€😀'))).toBe('valid-multibyte');
  });

  it.each([
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a lone continuation byte', [0x80]],
    ['a truncated sequence at the end', [0x61, 0xe2, 0x82]],
    ['a lead byte followed by ASCII', [0xc3, 0x41]],
  ])('rejects %s', (_, bytes) => {
    expect(scanUtf8(Uint8Array.from(bytes))).toBe('invalid');
  });
});

describe('decodeSieBytes: the reading that makes the most letters (issue 9, point 10)', () => {
  const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
  it('reads a Latin-1 file as Latin-1, not as CP437 box drawing, and says so from the first such byte', () => {
    const bytes = latin1('#FLAGGA 0\r\n#FNAMN "Testförbundet"\r\n');
    const d = decodeSieBytes(bytes);
    expect(d.text).toContain('Testförbundet');
    expect(d.encoding).toBe('latin');
    expect(d.note).toMatchObject({ kind: 'guessed', offset: bytes.indexOf(0xf6) });
  });

  it('tells Windows-1252 (0x80–0x9F used) and ISO 8859-15 (€ at 0xA4) apart', () => {
    expect(decodeSieBytes(Uint8Array.from([...latin1('"F\u00f6r '), 0x96, ...latin1(' s\u00e4ljning"')])).encoding).toBe('windows-1252');
    const d = decodeSieBytes(Uint8Array.from([...latin1('"\u00c5r '), 0xa4, ...latin1(' \u00e4"')]));
    expect(d.encoding).toBe('iso-8859-15');
    expect(d.text).toBe('"År € ä"');
  });

  it('reads UTF-8 with one stray Latin-1 byte as UTF-8, even with a single other non-ASCII letter', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('#FNAMN "Testförbundet"\n#KONTO 1930 "F'), 0xf6, ...latin1('retag"\n')]);
    const d = decodeSieBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('#FNAMN "Testförbundet"\n#KONTO 1930 "Företag"\n');
    expect(d.note).toMatchObject({ kind: 'utf8Stray', count: 1 });
  });
});
