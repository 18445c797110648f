/**
 * The import must never throw or hang, whatever the bytes: random bytes, SIE-like random
 * lines, and valid files damaged in the ways files get damaged (cut off, bytes changed, lines
 * duplicated, lost or swapped). Every run must give either ranges or problems, and what it
 * gives must be well formed. The work is bounded: hundreds of runs per property inside the
 * test's time limit, and pathological single inputs within seconds.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { parseWorkbook } from '../../../src/core/input';
import { formatSieProblem, importSie, SIE_MESSAGES, type SieImport } from '../../../src/core/sie';
import { rangesToSie } from '../../helpers/sieExport';
import { range, settings } from '../../helpers/ranges';

const dir = join(__dirname, '../../fixtures/sie');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.se')).map((f) => new Uint8Array(readFileSync(join(dir, f))));
const generated = rangesToSie([
  settings({ Organisation: 'Fuzzförbundet', Räkenskapsår: 2024 }),
  range('Huvudbok', [
    ['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Text', 'Belopp'],
    ['2024-01-15', 'A 1', 5010, '3001', 'P1', 'Lön', 100.5],
    ['2024-01-15', 'A 1', 1930, '', '', 'Lön', -100.5],
    ['2023-05-15', 'A 9', 5010, '3001', '', 'Lön', 7],
    ['2023-05-15', 'A 9', 1930, '', '', 'Lön', -7],
  ]),
  range('IngaendeBalans', [['Konto', 'Belopp'], [1930, 10], [2010, -10]]),
  range('Budget', [['Kostnadsställe', 'Konto', 'Helår'], ['3001', 5010, 1200]]),
], { checksum: true });
const validFiles = [...fixtures, generated];

const AMOUNT_TEXT = /^-?\d+,\d\d$/;
const DATE_TEXT = /^(\d{4}-\d{2}-\d{2})?$/;

/** Runs the import and checks that the result is well formed; returns it. */
function importChecked(bytes: Uint8Array): SieImport {
  const result = importSie(bytes);
  expect(result.ranges.length + result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(['error', 'warning']).toContain(p.severity);
    expect(Object.keys(SIE_MESSAGES)).toContain(p.code);
    const line = p.params?.line;
    expect(typeof line).toBe('number');
    expect(line as number).toBeGreaterThanOrEqual(0);
    expect(line as number).toBeLessThanOrEqual(result.file.lineCount);
    expect(typeof p.params?.text).toBe('string');
    expect(formatSieProblem(p, 'sv').length).toBeGreaterThan(0);
    // no unfilled {placeholder}: with the file's own texts (which may hold braces) replaced by X
    const neutral = {
      ...p,
      ...(p.value !== undefined ? { value: 'X' } : {}),
      params: Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? 'X' : v])),
    };
    expect(formatSieProblem(neutral, 'en')).not.toMatch(/\{[a-zA-Z]+\}/);
  }
  for (const r of result.ranges) {
    const width = r.values[0].length;
    for (const row of r.values) expect(row).toHaveLength(width);
  }
  const ledger = result.ranges.find((r) => r.name === 'Huvudbok');
  for (const row of ledger?.values.slice(1) ?? []) {
    expect(row[0]).toMatch(DATE_TEXT);
    expect(row[6]).toMatch(AMOUNT_TEXT);
    expect(Number.isSafeInteger(row[2])).toBe(true);
  }
  for (const rec of result.reconciliation) {
    expect(rec.expected).not.toBe(rec.actual);
  }
  return result;
}

/** A valid file damaged in one of the usual ways. */
const damaged: fc.Arbitrary<Uint8Array> = fc.oneof(
  // cut off anywhere
  fc.tuple(fc.constantFrom(...validFiles), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([bytes, at]) => bytes.slice(0, Math.floor(bytes.length * at))),
  // some bytes changed to anything
  fc.tuple(fc.constantFrom(...validFiles), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }))
    .map(([bytes, flips]) => {
      const copy = bytes.slice();
      for (const [at, value] of flips) copy[Math.floor(copy.length * at)] = value;
      return copy;
    }),
  // lines duplicated, removed or swapped
  fc.tuple(fc.constantFrom(...validFiles), fc.array(fc.tuple(fc.constantFrom('dup', 'drop', 'swap'), fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }))
    .map(([bytes, edits]) => {
      const lines: number[][] = [];
      let start = 0;
      for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 0x0a) {
          lines.push(Array.from(bytes.subarray(start, i + 1)));
          start = i + 1;
        }
      }
      if (start < bytes.length) lines.push(Array.from(bytes.subarray(start)));
      for (const [op, a, b] of edits) {
        if (lines.length === 0) break;
        const i = a % lines.length;
        const j = b % lines.length;
        if (op === 'dup') lines.splice(i, 0, lines[i]);
        else if (op === 'drop') lines.splice(i, 1);
        else [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      return Uint8Array.from(lines.flat());
    }),
  // random bytes inserted
  fc.tuple(fc.constantFrom(...validFiles), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 40 }))
    .map(([bytes, at, extra]) => {
      const i = at % (bytes.length + 1);
      return Uint8Array.from([...bytes.subarray(0, i), ...extra, ...bytes.subarray(i)]);
    }),
);

/** Lines built from SIE's own pieces, in random order: reaches deep into the parser. */
const sieLike: fc.Arbitrary<Uint8Array> = fc.array(
  fc.oneof(
    fc.constantFrom('{', '}', '', '#KSUMMA', '#KSUMMA 0', '#VER A 1 20240101 "x"', '#RAR 0 20240101 20241231', '#RAR -1 20230101 20231231'),
    fc.tuple(
      fc.constantFrom('#FLAGGA', '#PROGRAM', '#FORMAT', '#GEN', '#SIETYP', '#FNAMN', '#ORGNR', '#RAR', '#KONTO', '#KTYP', '#DIM', '#OBJEKT',
        '#IB', '#UB', '#RES', '#OIB', '#OUB', '#PSALDO', '#PBUDGET', '#VER', '#TRANS', '#RTRANS', '#BTRANS', '#KSUMMA', '#OKÄND'),
      fc.array(fc.oneof(
        fc.constantFrom('0', '-1', '1930', '3010', '5010', '20240115', '202401', '{}', '{1 "3001"}', '{1 "3001" 6 "P"}', '{1}', '{', '"', '""', 'T', 'K', '-1234.50', '12,5', '"å ä \\" ö"'),
        fc.integer({ min: -1e6, max: 1e6 }).map(String),
        fc.string({ maxLength: 6 }),
      ), { maxLength: 7 }),
      fc.constantFrom(' ', '\t', '  '),
    ).map(([label, fields, separator]) => [label, ...fields].join(separator)),
  ),
  { maxLength: 60 },
).map((lines) => new TextEncoder().encode(lines.join('\r\n')));

describe('fuzz: importSie never throws and always answers', () => {
  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => void importChecked(bytes)), { numRuns: 400 });
  }, 60_000);

  it('random text made of SIE pieces', () => {
    fc.assert(fc.property(sieLike, (bytes) => void importChecked(bytes)), { numRuns: 600 });
  }, 60_000);

  it('valid files cut off, with bytes changed, lines duplicated, dropped, swapped or bytes inserted', () => {
    fc.assert(fc.property(damaged, (bytes) => void importChecked(bytes)), { numRuns: 600 });
  }, 60_000);

  it('gives ranges that the contract parser reads without throwing, even from damaged files', () => {
    fc.assert(fc.property(damaged, (bytes) => {
      const result = importChecked(bytes);
      expect(() => parseWorkbook({ ranges: result.ranges })).not.toThrow();
    }), { numRuns: 200 });
  }, 60_000);

  it('every valid fixture cut at every single byte', () => {
    const bytes = fixtures[0];
    for (let at = 0; at <= bytes.length; at++) importChecked(bytes.slice(0, at));
  }, 60_000);
});

describe('fuzz: pathological inputs finish quickly (no quadratic work)', () => {
  const within = (ms: number, f: () => void) => {
    const t0 = Date.now();
    f();
    expect(Date.now() - t0).toBeLessThan(ms);
  };

  it.each([
    ['one 4 MB line without a line end', () => new Uint8Array(4_000_000).fill(0x41)],
    ['200 000 LF-only lines (no CR anywhere)', () => new TextEncoder().encode('#KONTO 1930 "A"\n'.repeat(200_000))],
    ['200 000 lone CR line ends', () => new TextEncoder().encode('#X\r'.repeat(200_000))],
    ['a quoted field of 250 000 escapes', () => new TextEncoder().encode('#FLAGGA 0\n#FNAMN "' + '\\"\\\\'.repeat(125_000) + '"\n')],
    ['a line of 500 000 quotes', () => new TextEncoder().encode('#FNAMN ' + '"'.repeat(500_000))],
    ['an object list of 200 000 items', () => new TextEncoder().encode('#FLAGGA 0\n#VER A 1 20240101 x\n{\n#TRANS 1930 {' + '1 "2" '.repeat(100_000) + '} 1\n}\n')],
    ['100 000 unclosed vouchers', () => new TextEncoder().encode('#VER A 1 20240101 x\n{\n'.repeat(100_000))],
    ['300 000 stray braces', () => new TextEncoder().encode('}\n{\n'.repeat(150_000))],
  ])('%s', (_, make) => {
    const bytes = make();
    within(10_000, () => {
      const result = importSie(bytes);
      expect(result.ranges.length + result.problems.length).toBeGreaterThan(0);
    });
  }, 60_000);
});
