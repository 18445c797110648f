import { parseWorkbook } from '../../../src/core/input';
import type { RangeData, RawCell, WorkbookInput } from '../../../src/core/input';

const range = (name: string, values: RawCell[][], sheet = 'Data', row = 0, col = 0): RangeData => ({ name, sheet, row, col, values });
const ledger = range('Huvudbok', [
  ['Datum', 'Konto', 'Belopp'],
  ['2024-01-01', 4010, 1],
]);
const parse = (...ranges: RangeData[]) => parseWorkbook({ ranges: [ledger, ...ranges] });
const withSettings = (settings: RawCell[][], ...ranges: RangeData[]) =>
  parseWorkbook({ ranges: [ledger, range('Installningar', settings, 'Inställningar'), ...ranges] } satisfies WorkbookInput);

describe('range names', () => {
  it('finds every optional range by its contract name, its aliases and the å/ä/ö spellings', () => {
    const ib = [
      ['Konto', 'Belopp'],
      [1930, 100],
    ];
    const cc = [
      ['Kostnadsställe', 'Namn'],
      ['3001', 'Aktiv hälsa'],
    ];
    for (const name of ['IngaendeBalans', 'IngåendeBalans', 'IB', 'OpeningBalances', 'ingåendebalans']) {
      expect(parse(range(name, ib)).openingBalance?.rows).toHaveLength(1);
    }
    for (const name of ['Kostnadsstallen', 'Kostnadsställen', 'CostCentres', 'KOSTNADSSTÄLLEN']) {
      expect(parse(range(name, cc)).costCentres?.rows).toHaveLength(1);
    }
    for (const name of ['Installningar', 'Inställningar', 'Settings']) {
      expect(parseWorkbook({ ranges: [ledger, range(name, [['Språk', 'en']])] }).settings.lang).toBe('en');
    }
    expect(
      parse(
        range('ChartOfAccounts', [
          ['Konto', 'Avsnitt'],
          [3001, 'Intäkter'],
        ]),
      ).chart?.rows,
    ).toHaveLength(1);
    expect(
      parse(
        range('Forecast', [
          ['KST', 'Helår'],
          [3001, 5],
        ]),
      ).forecast?.rows,
    ).toHaveLength(1);
  });

  it('leaves absent optional ranges undefined', () => {
    const p = parseWorkbook({ ranges: [ledger] });
    expect(p.openingBalance).toBeUndefined();
    expect(p.chart).toBeUndefined();
    expect(p.budget).toBeUndefined();
    expect(p.forecast).toBeUndefined();
    expect(p.costCentres).toBeUndefined();
    expect(p.problems).toEqual([]);
  });

  it('ignores a blank optional range with a warning', () => {
    const p = parse(
      range('Budget', [
        [null, null],
        ['', ' '],
      ]),
    );
    expect(p.budget).toBeUndefined();
    expect(p.problems.map((x) => [x.severity, x.code])).toEqual([['warning', 'rangeEmpty']]);
  });
});

describe('IngaendeBalans', () => {
  it('reads account and amount, debit positive', () => {
    const p = parse(
      range(
        'IB',
        [
          ['Konto', 'Benämning', 'Belopp'],
          [1930, 'Bank', '2 500 000,00'],
          [2010, 'Eget kapital', -2_500_000],
        ],
        'IB',
        3,
        0,
      ),
    );
    expect(p.problems).toEqual([]);
    expect(p.openingBalance).toEqual({
      rows: [
        { account: 1930, amount: 250_000_000, sourceRow: 1 },
        { account: 2010, amount: -250_000_000, sourceRow: 2 },
      ],
      ref: { range: 'IngaendeBalans', sheet: 'IB', row: 3, col: 0, headerIndex: 0 },
    });
  });

  it('also takes Debet and Kredit', () => {
    const p = parse(
      range('IB', [
        ['Account', 'Debit', 'Credit'],
        [1930, 100, null],
        [2010, null, 100],
      ]),
    );
    expect(p.openingBalance?.rows.map((r) => r.amount)).toEqual([10_000, -10_000]);
  });

  it('needs Konto and Belopp', () => {
    const p = parse(
      range('IB', [
        ['Konto', 'Summa'],
        [1930, 1],
      ]),
    );
    expect(p.openingBalance).toBeUndefined();
    expect(p.problems.map((x) => [x.code, x.cell])).toEqual([['amountColumnMissing', 'A1']]);
  });
});

describe('Kontoplan', () => {
  const chart = (values: RawCell[][]) => parse(range('Kontoplan', values));

  it('reads accounts and ranges (hyphen, en dash, spaces) with Swedish and English section keys', () => {
    const p = chart([
      ['Konto', 'Benämning', 'Avsnitt', 'Rad', 'Not'],
      [3001, 'Medlemsbidrag', 'Bidrag', null, null],
      ['5500-5599', 'Verksamhetsanknutna', 'Kostnader', 'Verksamhetsanknutna kostnader', 'Ja'],
      ['6000 – 7699', null, ' expenses ', 'Övriga kostnader', 'x'],
      ['1910–1939', null, 'LIKVIDA MEDEL', null, 'Nej'],
      [2099, null, 'Result for the period', null, 0],
      ['1810', null, 'Short-term investments', null, 'no'],
      ['2400-2499', null, 'kortfristiga skulder', null, 'false'],
    ]);
    expect(p.problems).toEqual([]);
    expect(p.chart?.rows).toEqual([
      { from: 3001, to: 3001, name: 'Medlemsbidrag', section: 'contributions', note: false, sourceRow: 1 },
      { from: 5500, to: 5599, name: 'Verksamhetsanknutna', section: 'expenses', line: 'Verksamhetsanknutna kostnader', note: true, sourceRow: 2 },
      { from: 6000, to: 7699, section: 'expenses', line: 'Övriga kostnader', note: true, sourceRow: 3 },
      { from: 1910, to: 1939, section: 'cash', note: false, sourceRow: 4 },
      { from: 2099, to: 2099, section: 'result', note: false, sourceRow: 5 },
      { from: 1810, to: 1810, section: 'investments', note: false, sourceRow: 6 },
      { from: 2400, to: 2499, section: 'currentLiabilities', note: false, sourceRow: 7 },
    ]);
  });

  it('knows all sixteen section keys in both languages', () => {
    const sv = [
      'Intäkter',
      'Kostnader',
      'Bidrag',
      'Finansiella intäkter',
      'Finansiella kostnader',
      'Extraordinära intäkter',
      'Extraordinära kostnader',
      'Anläggningstillgångar',
      'Kortfristiga fordringar',
      'Kortfristiga placeringar',
      'Likvida medel',
      'Eget kapital',
      'Periodens resultat',
      'Avsättningar',
      'Långfristiga skulder',
      'Kortfristiga skulder',
    ];
    const en = [
      'Revenue',
      'Expenses',
      'Contributions',
      'Financial income',
      'Financial expenses',
      'Extraordinary income',
      'Extraordinary expenses',
      'Fixed assets',
      'Current receivables',
      'Short-term investments',
      'Cash',
      'Equity',
      'Result for the period',
      'Provisions',
      'Long-term liabilities',
      'Current liabilities',
    ];
    const keys = [
      'revenue',
      'expenses',
      'contributions',
      'financialIncome',
      'financialExpenses',
      'extraordinaryIncome',
      'extraordinaryExpenses',
      'fixedAssets',
      'receivables',
      'investments',
      'cash',
      'equity',
      'result',
      'provisions',
      'longTermLiabilities',
      'currentLiabilities',
    ];
    for (const names of [sv, en]) {
      const p = chart([['Account', 'Section'], ...names.map((n, i) => [1000 + i, n])]);
      expect(p.problems).toEqual([]);
      expect(p.chart?.rows.map((r) => r.section)).toEqual(keys);
    }
  });

  it('rejects an unknown section, a reversed or malformed range', () => {
    const p = chart([
      ['Konto', 'Avsnitt'],
      [3001, 'Intäkt'],
      ['5599-5500', 'Kostnader'],
      ['55xx', 'Kostnader'],
    ]);
    expect(p.problems.map((x) => [x.code, x.cell, x.value])).toEqual([
      ['unknownSection', 'B2', 'Intäkt'],
      ['notAccountOrRange', 'A3', '5599-5500'],
      ['notAccountOrRange', 'A4', '55xx'],
    ]);
    expect(p.chart?.rows).toEqual([]);
  });
});

describe('Budget', () => {
  it('reads annual amounts with optional cost centres', () => {
    const p = parse(
      range('Budget', [
        ['Kostnadsställe', 'Konto', 'Helår'],
        [3001, 5510, '120 000'],
        [null, 3001, -17_668_000],
      ]),
    );
    expect(p.problems).toEqual([]);
    expect(p.budget?.rows).toEqual([
      { costCentre: '3001', account: 5510, annual: 12_000_000, sourceRow: 1 },
      { account: 3001, annual: -1_766_800_000, sourceRow: 2 },
    ]);
  });

  it('reads Swedish month headers; the months win over Helår', () => {
    const p = parse(
      range('Budget', [
        ['KST', 'Konto', 'År', 'Jan', 'Februari', 'mar', 'Apr', 'maj', 'jun', 'Juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
        ['A', 5510, null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], // Σ 1..12 = 78 kr
      ]),
    );
    expect(p.problems).toEqual([]);
    expect(p.budget?.rows[0]).toEqual({
      costCentre: 'A',
      account: 5510,
      annual: 7800,
      months: [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200],
      sourceRow: 1,
    });
  });

  it('reads English month names and numbers 1–12 as month headers, without a Helår column', () => {
    const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    for (const months of [en, nums, en.map((m) => m.slice(0, 3).toUpperCase())]) {
      const p = parse(
        range('Budget', [
          ['Account', ...months],
          [4010, ...nums.map((m) => (m === 5 ? '1 000,50' : 0))],
        ]),
      );
      expect(p.problems).toEqual([]);
      // Only May has money: 1 000,50 kr at fiscal index 4 (calendar year).
      expect(p.budget?.rows[0].months?.[4]).toBe(100_050);
      expect(p.budget?.rows[0].annual).toBe(100_050);
    }
  });

  it('stores months by fiscal index when the fiscal year starts in July', () => {
    const p = withSettings(
      [['Första månad', 7]],
      range('Budget', [
        ['Konto', 'Helår', 'Jul', 'Aug', 'Jan', 'Jun'],
        [5510, 100, 10, 20, 30, 40],
      ]),
    );
    expect(p.settings.firstMonth).toBe(7);
    // July is fiscal month 1 (index 0), August index 1, January index 6, June index 11.
    expect(p.budget?.rows[0].months).toEqual([1000, 2000, 0, 0, 0, 0, 3000, 0, 0, 0, 0, 4000]);
    expect(p.budget?.rows[0].annual).toBe(10_000);
    expect(p.problems).toEqual([]); // Helår 100 = 10 + 20 + 30 + 40
  });

  it('warns when Helår differs from the sum of the months, and uses the months', () => {
    const p = parse(
      range('Budget', [
        ['Konto', 'Helår', 'Jan', 'Feb'],
        [5510, '120 000', '50 000', '60 000'],
      ]),
    );
    expect(p.budget?.rows[0].annual).toBe(11_000_000);
    expect(p.problems.map((x) => [x.severity, x.code, x.cell, x.params])).toEqual([
      ['warning', 'budgetMonthsDiffer', 'B2', { annual: '120000.00', months: '110000.00' }],
    ]);
  });

  it('uses Helår when the row has no month amounts', () => {
    const p = parse(
      range('Budget', [
        ['Konto', 'Helår', 'Jan', 'Feb'],
        [5510, 1200, null, ''],
      ]),
    );
    expect(p.budget?.rows[0]).toEqual({ account: 5510, annual: 120_000, sourceRow: 1 });
  });

  it('needs Helår unless all twelve months are given', () => {
    const p = parse(
      range('Budget', [
        ['Konto', 'Jan', 'Feb'],
        [5510, 1, 2],
      ]),
    );
    expect(p.budget).toBeUndefined();
    expect(p.problems.map((x) => x.code)).toEqual(['budgetAnnualMissing']);
  });
});

describe('Prognos', () => {
  it('reads cost centre and full-year forecast; a repeated cost centre keeps the first', () => {
    const p = parse(
      range('Prognos', [
        ['Kostnadsställe', 'Prognos'],
        [3001, '1 500 000'],
        ['3002', -200],
        ['3001', 7],
      ]),
    );
    expect(p.forecast?.rows).toEqual([
      { costCentre: '3001', annual: 150_000_000, sourceRow: 1 },
      { costCentre: '3002', annual: -20_000, sourceRow: 2 },
    ]);
    expect(p.problems.map((x) => [x.code, x.cell, x.params?.first])).toEqual([['duplicateForecast', 'A4', 'A2']]);
  });
});

describe('Kostnadsstallen', () => {
  it('reads code, name and group; text and number codes are the same; a duplicate is a warning', () => {
    const p = parse(
      range('Kostnadsstallen', [
        ['Kod', 'Benämning', 'Grupp'],
        [3001, 'Aktiv hälsa', 'Insatser'],
        ['3002', 'Ny Kraft', 'Insatser'],
        [9000, 'Kansli', null],
        ['3001', 'Dubblett', null],
      ]),
    );
    expect(p.costCentres?.rows).toEqual([
      { code: '3001', name: 'Aktiv hälsa', group: 'Insatser', sourceRow: 1 },
      { code: '3002', name: 'Ny Kraft', group: 'Insatser', sourceRow: 2 },
      { code: '9000', name: 'Kansli', sourceRow: 3 },
    ]);
    expect(p.problems.map((x) => [x.severity, x.code, x.cell])).toEqual([['warning', 'duplicateCostCentre', 'A5']]);
  });
});
