/**
 * Round trips: a contract workbook → SIE 4 (the test helper, as an accounting system would
 * export it) → importSie → contract ranges. Both workbooks are read by the contract parser and
 * compared: the same ledger rows of the report year (account, cost centre, project, voucher,
 * month, öre), the same monthly amounts per account and cost centre for the year before (SIE
 * carries it as #PSALDO -1), the same opening balance, budget, cost centres and settings.
 */
import fc from 'fast-check';
import { parseWorkbook } from '../../../src/core/input';
import type { ParsedWorkbook } from '../../../src/core/input/parsed';
import type { RangeData, RawCell } from '../../../src/core/input/types';
import { importSie } from '../../../src/core/sie';
import { exampleWorkbook, toRangeData } from '../../../src/example/exampleWorkbook';
import { pc8Text, periodisedMonths, rangesToSie, type SieExportOptions } from '../../helpers/sieExport';
import { range, settings } from '../../helpers/ranges';

interface Normalised {
  /** Report-year rows as sorted keys. */
  current: string[];
  /** Year-before result-account sums per month, account and cost centre (zero sums left out). */
  previous: Map<string, number>;
  opening: Map<number, number>;
  budget: string[];
  costCentres: Map<string, string>;
  settings: { organisation: string; year?: number; firstMonth: number };
}

function normalise(parsed: ParsedWorkbook, year: number, firstMonth: number): Normalised {
  const l = parsed.ledger;
  const current: string[] = [];
  const previous = new Map<string, number>();
  for (let i = 0; i < l.count; i++) {
    const fiscal = l.month[i] >= firstMonth ? l.year[i] : l.year[i] - 1;
    const cc = l.costCentre[i] >= 0 ? pc8Text(l.costCentreCodes[l.costCentre[i]]) : '';
    const ym = `${l.year[i]}-${String(l.month[i]).padStart(2, '0')}`;
    if (fiscal === year) {
      const project = l.project[i] >= 0 ? pc8Text(l.projectCodes[l.project[i]]) : '';
      const voucher = l.voucher[i] >= 0 ? pc8Text(l.voucherIds[l.voucher[i]]) : '';
      current.push(`${ym}|${l.account[i]}|${cc}|${project}|${voucher}|${l.amount[i]}`);
    } else if (fiscal === year - 1 && l.account[i] >= 3000) {
      const key = `${ym}|${l.account[i]}|${cc}`;
      previous.set(key, (previous.get(key) ?? 0) + l.amount[i]);
    }
  }
  for (const [k, v] of previous) if (v === 0) previous.delete(k);
  const opening = new Map<number, number>();
  for (const r of parsed.openingBalance?.rows ?? []) opening.set(r.account, (opening.get(r.account) ?? 0) + r.amount);
  // budget: the periodised months per cost centre and account (rows of the same key added up)
  const budget = new Map<string, number[]>();
  for (const [{ costCentre, account }, months] of periodisedMonths(parsed)) budget.set(`${costCentre}|${account}`, months);
  const budgetKeys = [...budget]
    .filter(([, m]) => m.some((x) => x !== 0))
    .map(([k, m]) => `${pc8Text(k)}|${m.join(',')}`)
    .sort();
  const costCentres = new Map((parsed.costCentres?.rows ?? []).map((r) => [pc8Text(r.code), pc8Text(r.name ?? '')]));
  const s = parsed.settings;
  return {
    current: current.sort(),
    previous,
    opening,
    budget: budgetKeys,
    costCentres,
    settings: { organisation: pc8Text(s.organisation), year: s.year, firstMonth: s.firstMonth },
  };
}

/** Exports, imports, parses both and compares; returns the import for further checks. */
function roundTrip(ranges: RangeData[], options: SieExportOptions = {}) {
  const original = parseWorkbook({ ranges });
  expect(original.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const year = original.settings.year!;
  const firstMonth = original.settings.firstMonth;
  const imported = importSie(rangesToSie(ranges, options));
  const back = parseWorkbook({ ranges: imported.ranges });
  expect(back.problems).toEqual([]);
  const a = normalise(original, year, firstMonth);
  const b = normalise(back, year, firstMonth);
  expect(b.settings).toEqual(a.settings);
  expect(b.current).toEqual(a.current);
  expect(b.previous).toEqual(a.previous);
  expect(b.opening).toEqual(a.opening);
  expect(b.budget).toEqual(a.budget);
  for (const [code, name] of a.costCentres) expect(b.costCentres.get(code)).toBe(name);
  return imported;
}

const LEDGER_HEADER = ['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Text', 'Belopp'];

/** A small hand-made association: two years, cost centres with Swedish names, a project. */
function handMade(): RangeData[] {
  return [
    settings({ Organisation: 'Samordningsförbundet Åsunden', Räkenskapsår: 2024, 'Första månad': 1 }),
    range('Huvudbok', [
      LEDGER_HEADER,
      ['2023-02-10', 'A 1', 3810, '1100', '', 'Bidrag FK', -250000],
      ['2023-02-10', 'A 1', 1930, '', '', 'Bidrag FK', 250000],
      ['2023-03-31', 'L 3', 5010, '3001', 'ESF-1', 'Lön mars', '41 250,50'],
      ['2023-03-31', 'L 3', 5010, '1100', '', 'Lön mars', 12000],
      ['2023-03-31', 'L 3', 1930, '', '', 'Lön mars', '-53250,50'],
      ['2024-01-15', 'A 1', 3810, '1100', '', 'Bidrag "FK" \\ kv 1', '-300 000,00'],
      ['2024-01-15', 'A 1', 1930, '', '', 'Bidrag "FK" \\ kv 1', 300000],
      ['2024-02-29', 'L 2', 5010, '3001', 'ESF-1', 'Lön februari', 41250.5],
      ['2024-02-29', 'L 2', 5010, '3002', '', 'Lön februari', '8749,50'],
      ['2024-02-29', 'L 2', 7010, '3002', '', 'Arvode', 0.01],
      ['2024-02-29', 'L 2', 1930, '', '', 'Lön februari', -50000.01],
      ['2024-03-05', 'B 7', 5540, '3001', 'ESF-1', 'Kurs på Ön', 1999.99],
      ['2024-03-06', 'B 7', 2440, '', '', 'Leverantörsskuld', -1999.99],
    ]),
    range('IngaendeBalans', [
      ['Konto', 'Belopp'],
      [1930, 800000],
      [2010, -700000],
      [2099, -100000],
    ]),
    range('Kontoplan', [
      ['Konto', 'Benämning', 'Avsnitt'],
      [1930, 'Företagskonto', 'Likvida medel'],
      ['5000-5099', 'Löner', 'Kostnader'],
      [5540, 'Kurser för deltagare', 'Kostnader'],
    ]),
    range('Kostnadsstallen', [
      ['Kostnadsställe', 'Namn'],
      ['1100', 'Kansli'],
      ['3001', 'Steg för steg – Åsby'],
      ['3002', 'Ut i arbete'],
    ]),
    range('Budget', [
      ['Kostnadsställe', 'Konto', 'Helår', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'],
      ['1100', 3810, -1200000, null, null, null, null, null, null, null, null, null, null, null, null],
      ['3001', 5010, 500000, 41666.67, 41666.67, 41666.67, 41666.67, 41666.67, 41666.67, 41666.66, 41666.66, 41666.66, 41666.66, 41666.66, 41666.66],
      ['', 6110, 1000, null, null, null, null, null, null, null, null, null, null, null, null],
    ]),
  ];
}

describe('round trip ranges → SIE 4 → ranges', () => {
  it('keeps a hand-made workbook (PC8, CRLF, with #KSUMMA)', () => {
    const imported = roundTrip(handMade(), { checksum: true });
    expect(imported.problems).toEqual([]);
    expect(imported.file.encoding).toBe('cp437');
    expect(imported.file.checksum?.verified).toBe(true);
    expect(imported.fromFile).toEqual(['Huvudbok', 'IngaendeBalans', 'Kontoplan', 'Kostnadsstallen', 'Installningar', 'Budget']);
    // texts with quotes and backslashes and names with å ä ö come back as written
    const ledger = imported.ranges.find((r) => r.name === 'Huvudbok')!.values as RawCell[][];
    expect(ledger).toContainEqual(['2024-01-15', 'A 1', 3810, '1100', '', 'Bidrag "FK" \\ kv 1', '-300000,00']);
    expect(ledger).toContainEqual(['2024-03-06', 'B 7', 2440, '', '', 'Leverantörsskuld', '-1999,99']);
    const cc = imported.ranges.find((r) => r.name === 'Kostnadsstallen')!.values;
    expect(cc).toContainEqual(['3001', 'Steg för steg - Åsby']);
  });

  it('keeps it as UTF-8 with LF and the year before as vouchers too', () => {
    const imported = roundTrip(handMade(), { encoding: 'utf-8', lineEnd: '\n', comparative: 'vouchers' });
    expect(imported.file.encoding).toBe('utf-8');
    expect(imported.problems).toEqual([]);
  });

  it('keeps a broken fiscal year (July–June)', () => {
    const ranges = handMade().map((r) => (r.name === 'Installningar' ? settings({ Organisation: 'Brutet', Räkenskapsår: 2023, 'Första månad': 7 }) : r));
    const imported = roundTrip(ranges);
    expect(imported.file.fiscalYears.map((y) => [y.year, y.start, y.end])).toEqual([
      [0, '20230701', '20240630'],
      [-1, '20220701', '20230630'],
    ]);
  });

  it('keeps the example workbook', () => {
    const ranges = toRangeData(exampleWorkbook());
    const imported = roundTrip(ranges, { checksum: true });
    expect(imported.problems).toEqual([]);
    expect(imported.reconciliation).toEqual([]);
  });

  it('keeps random ledgers, whatever the encoding, line ends and checksum (property)', () => {
    const code = fc
      .stringMatching(/^[0-9A-Za-zÅÄÖåäö "\\{}-]{1,8}$/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const row = fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      account: fc.constantFrom(3010, 3810, 4010, 5010, 5540, 6110, 7010, 8310, 8410),
      costCentre: fc.option(code, { nil: '' }),
      project: fc.option(code, { nil: '' }),
      ore: fc.integer({ min: -1e9, max: 1e9 }),
      previousYear: fc.boolean(),
    });
    const options = fc.record({
      checksum: fc.boolean(),
      lineEnd: fc.constantFrom('\r\n' as const, '\n' as const),
      encoding: fc.constantFrom('cp437' as const, 'utf-8' as const),
      comparative: fc.constantFrom('psaldo' as const, 'vouchers' as const),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 12 }), options, (rows, firstMonth, opts) => {
        fc.pre(rows.some((r) => !r.previousYear)); // a file without vouchers is warned about (tested elsewhere)
        const year = 2024;
        const values: RawCell[][] = [LEDGER_HEADER];
        rows.forEach((r, i) => {
          // each row is its own voucher, balanced against the bank account
          const fiscalYear = r.previousYear ? year - 1 : year;
          const calYear = r.month >= firstMonth ? fiscalYear : fiscalYear + 1;
          const date = `${calYear}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
          const amount = (r.ore / 100).toFixed(2).replace('.', ',');
          const bank = (-r.ore / 100).toFixed(2).replace('.', ',');
          values.push([date, `V ${i + 1}`, r.account, r.costCentre, r.project, `Rad ${i + 1}`, amount]);
          values.push([date, `V ${i + 1}`, 1930, '', '', `Rad ${i + 1}`, bank]);
        });
        const ranges = [
          settings({ Organisation: 'Slumpförbundet', Räkenskapsår: year, 'Första månad': firstMonth }),
          range('Huvudbok', values),
          range('IngaendeBalans', [
            ['Konto', 'Belopp'],
            [1930, 100],
            [2010, -100],
          ]),
        ];
        const imported = roundTrip(ranges, opts);
        expect(imported.problems).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
