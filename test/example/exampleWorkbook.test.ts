import type { RangeData, RawCell } from '../../src/core/input/types';
import { parseWorkbook } from '../../src/core/input/parseWorkbook';
import { buildReport } from '../../src/core/report';
import { exampleLedger, exampleWorkbook, parseRef, toRangeData } from '../../src/example/exampleWorkbook';

const wb = exampleWorkbook();
const ranges = toRangeData(wb);

function range(name: string, from: RangeData[] = ranges): RangeData {
  const r = from.find((x) => x.name === name);
  if (!r) throw new Error(`no range ${name}`);
  return r;
}

/** Data rows of a range with a column lookup by header text. */
function table(r: RangeData): { rows: RawCell[][]; col: (header: string) => number } {
  const [header, ...rows] = r.values;
  return {
    rows,
    col: (h) => {
      const i = header.indexOf(h);
      if (i < 0) throw new Error(`${r.name}: no column ${h}`);
      return i;
    },
  };
}

/** Kronor as written in a cell → integer öre; the cell must hold at most two decimals. */
function ore(v: RawCell): number {
  if (typeof v !== 'number') throw new Error(`not a number: ${String(v)}`);
  const o = Math.round(v * 100);
  expect(o / 100).toBe(v);
  return o;
}

function setting(key: string): RawCell {
  const row = range('Installningar').values.find((r) => r[0] === key);
  if (!row) throw new Error(`no setting ${key}`);
  return row[1];
}

const ledger = table(range('Huvudbok'));
const L = {
  date: ledger.col('Datum'),
  ver: ledger.col('Verifikation'),
  account: ledger.col('Konto'),
  cc: ledger.col('Kostnadsställe'),
  text: ledger.col('Text'),
  amount: ledger.col('Belopp'),
};

describe('exampleWorkbook', () => {
  test('is deterministic: the same seed gives the same workbook, another seed another ledger', () => {
    expect(exampleWorkbook()).toEqual(wb);
    const other = table(range('Huvudbok', toRangeData(exampleWorkbook({ seed: 7 }))));
    expect(other.rows.map((r) => r[L.amount])).not.toEqual(ledger.rows.map((r) => r[L.amount]));
  });

  test('has a ledger of 3 000–5 000 rows below a title row, for all of 2023 and January–August 2024', () => {
    const sheet = wb.sheets.find((s) => s.name === 'Huvudbok')!;
    expect(String(sheet.rows[0][0])).toMatch(/^Huvudbok 2023–2024/);
    expect(sheet.rows[1]).toEqual([]);
    expect(range('Huvudbok').row).toBe(2);
    expect(ledger.rows.length).toBeGreaterThanOrEqual(3000);
    expect(ledger.rows.length).toBeLessThanOrEqual(5000);
    const months = new Set<string>();
    for (const row of ledger.rows) {
      const date = row[L.date];
      expect(date).toBeInstanceOf(Date);
      const d = date as Date;
      expect(d.getUTCHours() + d.getUTCMinutes()).toBe(0);
      months.add(d.toISOString().slice(0, 7));
    }
    const expected = [
      ...Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 8 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    ];
    expect([...months].sort()).toEqual(expected);
  });

  test('every voucher balances to the öre, and so does each year', () => {
    const byVoucher = new Map<string, number>();
    const byYear = new Map<number, number>();
    for (const row of ledger.rows) {
      const o = ore(row[L.amount]);
      const id = String(row[L.ver]);
      byVoucher.set(id, (byVoucher.get(id) ?? 0) + o);
      const y = (row[L.date] as Date).getUTCFullYear();
      byYear.set(y, (byYear.get(y) ?? 0) + o);
    }
    expect(byVoucher.size).toBeGreaterThan(500);
    expect([...byVoucher].filter(([, sum]) => sum !== 0)).toEqual([]);
    expect(byYear).toEqual(
      new Map([
        [2023, 0],
        [2024, 0],
      ]),
    );
  });

  test('the 2024 opening balance is the 2023 opening balance plus 2023, with the 2023 result moved into 2010', () => {
    const prior = exampleLedger().openingPriorYear;
    expect([...prior.values()].reduce((a, b) => a + b, 0)).toBe(0);
    const expected = new Map(prior);
    let result2023 = 0;
    for (const row of ledger.rows) {
      if ((row[L.date] as Date).getUTCFullYear() !== 2023) continue;
      const account = row[L.account] as number;
      const o = ore(row[L.amount]);
      if (account < 3000) expected.set(account, (expected.get(account) ?? 0) + o);
      else result2023 += o;
    }
    expected.set(2010, expected.get(2010)! + result2023);
    for (const [account, amount] of expected) if (amount === 0) expected.delete(account);

    const ib = table(range('IngaendeBalans'));
    const actual = new Map(ib.rows.map((r) => [r[ib.col('Konto')] as number, ore(r[ib.col('Belopp')])]));
    expect(actual).toEqual(expected);
    expect([...actual.values()].reduce((a, b) => a + b, 0)).toBe(0);
    expect(actual.has(2099)).toBe(false);
    expect([...actual.keys()].every((a) => a >= 1000 && a < 3000)).toBe(true);
  });

  test('budget contributions add up to the settings total, split by the statutory financing plan', () => {
    const total = setting('Medlemsbidrag totalt');
    expect(total).toBe(14_800_000);
    const budget = table(range('Budget'));
    const members = table(range('Medlemsbidrag'));
    const contributions = budget.rows.filter((r) => (r[budget.col('Konto')] as number) >= 3800 && (r[budget.col('Konto')] as number) <= 3899);
    const annual = contributions.map((r) => ore(r[budget.col('Helår')]));
    expect(annual.reduce((a, b) => a + b, 0)).toBe(-14_800_000_00);
    // One account per member, in the order of Medlemsbidrag; whole kronor.
    expect(contributions).toHaveLength(members.rows.length);
    expect(annual.every((a) => a % 100 === 0)).toBe(true);
    const party = members.rows.map((r) => r[members.col('Huvudman')]);
    const sumOf = (p: string) => annual.filter((_, i) => party[i] === p).reduce((a, b) => a + b, 0);
    expect(sumOf('Stat')).toBe(-7_400_000_00); // half
    expect(sumOf('Region')).toBe(-3_700_000_00); // a quarter
    expect(sumOf('Kommun')).toBe(-3_700_000_00); // a quarter, by population:
    const population = members.rows.map((r) => (r[members.col('Befolkning')] as number | null) ?? 0);
    const inhabitants = population.reduce((a, b) => a + b, 0);
    party.forEach((p, i) => {
      if (p === 'Kommun') expect(Math.abs(-annual[i] - (3_700_000_00 * population[i]) / inhabitants)).toBeLessThanOrEqual(100);
    });
  });

  test('budget rows with months add up to their Helår; the rest give Helår only', () => {
    const budget = table(range('Budget'));
    const first = budget.col('Januari');
    let seasonal = 0;
    for (const r of budget.rows) {
      const months = r.slice(first, first + 12);
      if (months.every((m) => m === null)) continue;
      seasonal++;
      expect(months.reduce((a: number, m) => a + ore(m), 0)).toBe(ore(r[budget.col('Helår')]));
    }
    expect(seasonal).toBeGreaterThanOrEqual(5);
    expect(seasonal).toBeLessThan(budget.rows.length);
    // Costs debit-positive, contributions credit (negative).
    const costs = budget.rows.filter((r) => (r[budget.col('Konto')] as number) >= 4000 && (r[budget.col('Konto')] as number) <= 7999);
    expect(costs.length).toBeGreaterThan(30);
    expect(costs.every((r) => (r[budget.col('Helår')] as number) > 0)).toBe(true);
  });

  test('the chart maps every account the ledger, the opening balance and the budget use, with contract section keys', () => {
    const chart = table(range('Kontoplan'));
    const spans = chart.rows.map((r) => {
      const k = r[chart.col('Konto')];
      const [from, to] = typeof k === 'number' ? [k, k] : String(k).split('-').map(Number);
      return { from, to };
    });
    const used = new Set<number>();
    for (const r of ledger.rows) used.add(r[L.account] as number);
    for (const r of table(range('IngaendeBalans')).rows) used.add(r[0] as number);
    const budget = table(range('Budget'));
    for (const r of budget.rows) used.add(r[budget.col('Konto')] as number);
    const unmapped = [...used].filter((a) => !spans.some((s) => a >= s.from && a <= s.to));
    expect(unmapped).toEqual([]);
    const sections = new Set(chart.rows.map((r) => r[chart.col('Avsnitt')]));
    const keys = [
      'Intäkter',
      'Kostnader',
      'Bidrag',
      'Finansiella intäkter',
      'Finansiella kostnader',
      'Kortfristiga fordringar',
      'Likvida medel',
      'Eget kapital',
      'Periodens resultat',
      'Kortfristiga skulder',
    ];
    expect([...sections].sort()).toEqual([...keys].sort());
  });

  test('one cost centre used in the ledger is missing from Kostnadsstallen; codes are numbers and a few texts', () => {
    const listed = table(range('Kostnadsstallen'));
    expect(listed.rows.length).toBe(15);
    expect(listed.rows.every((r) => typeof r[listed.col('Grupp')] === 'string')).toBe(true);
    const names = new Set(listed.rows.map((r) => String(r[listed.col('Kostnadsställe')])));
    const used = new Set(
      ledger.rows
        .map((r) => r[L.cc])
        .filter((c) => c !== null)
        .map(String),
    );
    expect([...used].filter((c) => !names.has(c))).toEqual(['3008']);
    const texts = ledger.rows.filter((r) => typeof r[L.cc] === 'string').length;
    const numbers = ledger.rows.filter((r) => typeof r[L.cc] === 'number').length;
    expect(texts).toBeGreaterThan(10);
    expect(texts).toBeLessThan(numbers / 10);
  });

  test('texts stay text, including texts that begin with =, +, - and @', () => {
    const texts = ledger.rows.map((r) => r[L.text]);
    expect(texts.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
    for (const start of ['=', '+', '-', '@']) expect(texts.some((t) => (t as string).startsWith(start))).toBe(true);
    expect(texts).toContain('=SUMMA? nej, fakturatext');
  });

  test('the settings describe a tertial report through August 2024', () => {
    expect(setting('Organisation')).toBe('Samordningsförbundet Exempelförbundet');
    expect(setting('Räkenskapsår')).toBe(2024);
    expect(setting('Period')).toBe(8);
    expect(setting('Första månad')).toBe(1);
    expect(setting('Språk')).toBe('sv');
    expect(setting('Eget kapital mål')).toBe(2_000_000);
    expect(setting('Prognosmetod')).toBe('Budget');
    expect(setting('Avvikelsegräns')).toBe(0.1);
  });

  test('forecasts cover some cost centres, not all', () => {
    const forecast = table(range('Prognos'));
    const listed = table(range('Kostnadsstallen')).rows.length;
    expect(forecast.rows.length).toBeGreaterThan(0);
    expect(forecast.rows.length).toBeLessThan(listed);
  });

  test('participants, expected volumes and the ESF project follow the contract', () => {
    const participants = table(range('Deltagare'));
    // jan–aug of the report year, and the whole year before (for "samma period föregående år")
    const lastYear = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`);
    expect(new Set(participants.rows.map((r) => r[participants.col('Månad')]))).toEqual(
      new Set(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', ...lastYear]),
    );
    // every row names its insats, one of the example's insatser
    expect(new Set(participants.rows.map((r) => r[participants.col('Insats')]))).toEqual(new Set([3001, 3002, 3003, 3004]));
    expect(participants.rows.every((r) => ['K', 'M'].includes(r[participants.col('Kön')] as string))).toBe(true);
    const volume = range('Arsvolym');
    expect(volume.col).toBe(7);
    const municipalities = new Set(volume.values.slice(1).map((r) => r[0]));
    expect(new Set(participants.rows.map((r) => r[participants.col('Kommun')]))).toEqual(municipalities);
    const project = table(range('Projekt'));
    expect(project.rows).toHaveLength(1);
    expect((project.rows[0][project.col('Startdatum')] as Date).toISOString().slice(0, 10)).toBe('2023-03-01');
    expect((project.rows[0][project.col('Slutdatum')] as Date).toISOString().slice(0, 10)).toBe('2025-02-28');
    // Project rows in the ledger carry the project code.
    const code = project.rows[0][project.col('Kod')];
    expect(ledger.rows.some((r) => r[ledger.col('Projekt')] === code)).toBe(true);
  });

  test('ledgerRows scales the ledger to about that many rows, still balanced', () => {
    const big = table(range('Huvudbok', toRangeData(exampleWorkbook({ ledgerRows: 12_000 }))));
    expect(Math.abs(big.rows.length - 12_000)).toBeLessThan(12_000 * 0.03);
    const sums = new Map<string, number>();
    for (const r of big.rows) sums.set(String(r[L.ver]), (sums.get(String(r[L.ver])) ?? 0) + ore(r[L.amount]));
    expect([...sums.values()].every((s) => s === 0)).toBe(true);
  });

  test('toRangeData reads each name at its place: rows and columns from the A1 reference', () => {
    expect(parseRef('G1:H4')).toEqual({ top: 0, left: 6, bottom: 3, right: 7 });
    expect(parseRef('$AA$10')).toEqual({ top: 9, left: 26, bottom: 9, right: 26 });
    for (const n of wb.names) {
      const r = range(n.name);
      const { top, left, bottom, right } = parseRef(n.ref);
      expect([r.row, r.col, r.values.length, r.values[0].length]).toEqual([top, left, bottom - top + 1, right - left + 1]);
      const sheet = wb.sheets.find((s) => s.name === n.sheet)!;
      expect(r.values[0][0]).toBe(sheet.rows[top][left]);
    }
  });

  test('the core reads the example with no errors and one warning: the unlisted cost centre 3008', () => {
    const parsed = parseWorkbook({ ranges });
    expect(parsed.problems).toEqual([]);
    expect(parsed.settings.year).toBe(2024);
    expect(parsed.settings.period).toBe(8);
    expect(parsed.settings.varianceThreshold).toBe('0.1');
    expect(parsed.ledger.count).toBe(ledger.rows.length);
    const report = buildReport({ ranges, generatedAt: new Date(Date.UTC(2024, 8, 15)) });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0].severity).toBe('warning');
    expect(JSON.stringify(report.problems[0])).toContain('3008');
    expect(report.model?.summary.balanced).toBe(true);
  });
});
