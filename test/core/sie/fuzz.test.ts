/**
 * The import must never throw or hang, whatever the bytes: random bytes, SIE-like random
 * lines, and valid files damaged in the ways files get damaged (cut off, bytes changed, lines
 * duplicated, lost or swapped). Every run must give either ranges or problems, and what it
 * gives must hold together:
 *  - every problem has a known code, a line of the file and a message without holes;
 *  - the ledger is exactly the counted voucher rows — each row the file's #TRANS on its line,
 *    same account and amount, none twice, none missing but a closing voucher's — so its
 *    total is the vouchers' total; a closed voucher that does not balance is reported;
 *  - every reconciliation difference is reported as a problem;
 *  - the same bytes give the same result.
 * The work is bounded: hundreds of runs per property inside the test's time limit, and
 * pathological single inputs within seconds.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { parseWorkbook } from '../../../src/core/input';
import { formatSieProblem, importSie, lineText, SIE_MESSAGES, type SieImport, type SieTrans } from '../../../src/core/sie';
import { rangesToSie } from '../../helpers/sieExport';
import { range, settings } from '../../helpers/ranges';

const dir = join(__dirname, '../../fixtures/sie');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.se'))
  .map((f) => new Uint8Array(readFileSync(join(dir, f))));
const generated = rangesToSie(
  [
    settings({ Organisation: 'Fuzzförbundet', Räkenskapsår: 2024 }),
    range('Huvudbok', [
      ['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Text', 'Belopp'],
      ['2024-01-15', 'A 1', 5010, '3001', 'P1', 'Lön', 100.5],
      ['2024-01-15', 'A 1', 1930, '', '', 'Lön', -100.5],
      ['2023-05-15', 'A 9', 5010, '3001', '', 'Lön', 7],
      ['2023-05-15', 'A 9', 1930, '', '', 'Lön', -7],
    ]),
    range('IngaendeBalans', [
      ['Konto', 'Belopp'],
      [1930, 10],
      [2010, -10],
    ]),
    range('Budget', [
      ['Kostnadsställe', 'Konto', 'Helår'],
      ['3001', 5010, 1200],
    ]),
  ],
  { checksum: true },
);
const validFiles = [...fixtures, generated];

const AMOUNT_TEXT = /^-?\d+,\d\d$/;
const DATE_TEXT = /^(\d{4}-\d{2}-\d{2})?$/;

/** Runs the import and checks that the result is well formed and the same each time; returns it. */
function importChecked(bytes: Uint8Array): SieImport {
  const result = importSie(bytes);
  expect(importSie(bytes)).toEqual(result);
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
  const diffs = result.problems.filter((p) => p.code === 'sieBalanceDiff' || p.code === 'sieResultDiff');
  expect(diffs.map((p) => p.params?.account)).toEqual(result.reconciliation.map((r) => r.account));
  for (const [name, lines] of Object.entries(result.sourceLines)) {
    expect(lines).toHaveLength(result.ranges.find((r) => r.name === name)?.values.length ?? -1);
    expect(lines.every((line) => Number.isInteger(line) && line >= 0 && line <= result.file.lineCount)).toBe(true);
  }
  if (result.basis === 'vouchers') expectLedgerIsTheVouchers(result);
  return result;
}

/** Text kronor of the ledger (`-12,50`) as öre. */
const ore = (text: unknown): number => Number(String(text).replace(',', ''));

/**
 * The ledger from vouchers holds each counted #TRANS row once, as the file has it, and
 * every row of the vouchers but a closing voucher's closing rows: the totals agree.
 */
function expectLedgerIsTheVouchers(result: SieImport): void {
  const byLine = new Map<number, SieTrans>();
  for (const v of result.file.vouchers) for (const t of v.rows) byLine.set(t.line, t);
  const ledger = result.ranges.find((r) => r.name === 'Huvudbok');
  const lines = result.sourceLines.Huvudbok ?? [];
  const inLedger = new Set<number>();
  const mismatches: string[] = [];
  let ledgerTotal = 0;
  (ledger?.values ?? []).forEach((row, i) => {
    if (i === 0) return;
    const t = byLine.get(lines[i]);
    // A row of the year before from #PSALDO -1 (when no voucher is of that year).
    if (t === undefined) {
      if (!/^\s*#PSALDO\b/.test(lineText(result.file, lines[i]))) mismatches.push(`row ${i}: line ${lines[i]} is no #TRANS or #PSALDO`);
      return;
    }
    if (inLedger.has(t.line)) mismatches.push(`row ${i}: line ${t.line} twice`);
    inLedger.add(t.line);
    if (row[2] !== t.account || ore(row[6]) !== t.amount)
      mismatches.push(`row ${i}: ${String(row[2])} ${String(row[6])} ≠ line ${t.line}: ${t.account} ${t.amount} öre`);
    ledgerTotal += ore(row[6]);
  });
  const closing = new Set(result.closingVouchers.map((c) => c.line));
  let vouchersTotal = 0;
  for (const v of result.file.vouchers) {
    for (const t of v.rows) {
      if (inLedger.has(t.line)) vouchersTotal += t.amount;
      else if (!closing.has(v.line)) mismatches.push(`line ${t.line} (voucher of line ${v.line}) is not in the ledger`);
    }
    const sum = v.rows.reduce((s, t) => s + t.amount, 0);
    const reported = result.problems.some((p) => p.code === 'sieVoucherUnbalanced' && p.params?.line === v.line);
    if (v.closed && sum !== 0 && !reported) mismatches.push(`voucher of line ${v.line} is off by ${sum} öre and no problem says so`);
  }
  expect(mismatches).toEqual([]);
  expect(ledgerTotal).toBe(vouchersTotal);
}

/** A valid file damaged in one of the usual ways. */
const damaged: fc.Arbitrary<Uint8Array> = fc.oneof(
  // cut off anywhere
  fc.tuple(fc.constantFrom(...validFiles), fc.double({ min: 0, max: 1, noNaN: true })).map(([bytes, at]) => bytes.slice(0, Math.floor(bytes.length * at))),
  // some bytes changed to anything
  fc
    .tuple(
      fc.constantFrom(...validFiles),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }),
    )
    .map(([bytes, flips]) => {
      const copy = bytes.slice();
      for (const [at, value] of flips) copy[Math.floor(copy.length * at)] = value;
      return copy;
    }),
  // lines duplicated, removed or swapped
  fc
    .tuple(fc.constantFrom(...validFiles), fc.array(fc.tuple(fc.constantFrom('dup', 'drop', 'swap'), fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }))
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
  fc.tuple(fc.constantFrom(...validFiles), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 40 })).map(([bytes, at, extra]) => {
    const i = at % (bytes.length + 1);
    return Uint8Array.from([...bytes.subarray(0, i), ...extra, ...bytes.subarray(i)]);
  }),
);

/** Lines built from SIE's own pieces, in random order: reaches deep into the parser. */
const sieLike: fc.Arbitrary<Uint8Array> = fc
  .array(
    fc.oneof(
      fc.constantFrom('{', '}', '', '#KSUMMA', '#KSUMMA 0', '#VER A 1 20240101 "x"', '#RAR 0 20240101 20241231', '#RAR -1 20230101 20231231'),
      fc
        .tuple(
          fc.constantFrom(
            '#FLAGGA',
            '#PROGRAM',
            '#FORMAT',
            '#GEN',
            '#SIETYP',
            '#FNAMN',
            '#ORGNR',
            '#RAR',
            '#KONTO',
            '#KTYP',
            '#DIM',
            '#OBJEKT',
            '#IB',
            '#UB',
            '#RES',
            '#OIB',
            '#OUB',
            '#PSALDO',
            '#PBUDGET',
            '#VER',
            '#TRANS',
            '#RTRANS',
            '#BTRANS',
            '#KSUMMA',
            '#OKÄND',
          ),
          fc.array(
            fc.oneof(
              fc.constantFrom(
                '0',
                '-1',
                '1930',
                '3010',
                '5010',
                '20240115',
                '202401',
                '{}',
                '{1 "3001"}',
                '{1 "3001" 6 "P"}',
                '{1}',
                '{',
                '"',
                '""',
                'T',
                'K',
                '-1234.50',
                '12,5',
                '"å ä \\" ö"',
              ),
              fc.integer({ min: -1e6, max: 1e6 }).map(String),
              fc.string({ maxLength: 6 }),
            ),
            { maxLength: 7 },
          ),
          fc.constantFrom(' ', '\t', '  '),
        )
        .map(([label, fields, separator]) => [label, ...fields].join(separator)),
    ),
    { maxLength: 60 },
  )
  .map((lines) => new TextEncoder().encode(lines.join('\r\n')));

describe('fuzz: importSie never throws and always answers', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => void importChecked(bytes)),
      { numRuns: 400 },
    );
  }, 60_000);

  it('random text made of SIE pieces', () => {
    fc.assert(
      fc.property(sieLike, (bytes) => void importChecked(bytes)),
      { numRuns: 600 },
    );
  }, 60_000);

  it('valid files cut off, with bytes changed, lines duplicated, dropped, swapped or bytes inserted', () => {
    fc.assert(
      fc.property(damaged, (bytes) => void importChecked(bytes)),
      { numRuns: 600 },
    );
  }, 60_000);

  it('gives ranges that the contract parser reads without throwing, even from damaged files', () => {
    fc.assert(
      fc.property(damaged, (bytes) => {
        const result = importChecked(bytes);
        expect(() => parseWorkbook({ ranges: result.ranges })).not.toThrow();
      }),
      { numRuns: 200 },
    );
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
    [
      'an object list of 200 000 items',
      () => new TextEncoder().encode('#FLAGGA 0\n#VER A 1 20240101 x\n{\n#TRANS 1930 {' + '1 "2" '.repeat(100_000) + '} 1\n}\n'),
    ],
    ['100 000 unclosed vouchers', () => new TextEncoder().encode('#VER A 1 20240101 x\n{\n'.repeat(100_000))],
    ['300 000 stray braces', () => new TextEncoder().encode('}\n{\n'.repeat(150_000))],
  ])(
    '%s',
    (_, make) => {
      const bytes = make();
      within(10_000, () => void importSie(bytes));
      // And what came back holds together, as for every other input.
      importChecked(bytes);
    },
    60_000,
  );
});
