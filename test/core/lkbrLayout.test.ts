/**
 * Uppställning LKBR: the income statement and the Kassaflödesanalys in LKBR/RKR R11–R13
 * terms, against figures computed by hand, and the traditional layout on the same ledger.
 */
import { buildReport } from '../../src/core/report';
import type { ReportModel, SheetModel, StatementData } from '../../src/core/model/types';
import type { RawCell } from '../../src/core/input/types';
import { range, settings } from '../helpers/ranges';

// Jan–mar 2023 (last year): a cost paid from the bank (−8 000) and a contribution still
// receivable (+20 000); the receivable is paid in June, after the period.
const PREV_YEAR: RawCell[][] = [
  ['2023-02-01', 'A1', 5539, 'Köpt tjänst', 8000],
  ['2023-02-01', 'A1', 1920, 'Betalning', -8000],
  ['2023-03-10', 'A2', 3810, 'Bidrag FK', -20000],
  ['2023-03-10', 'A2', 1511, 'Fordran FK', 20000],
  ['2023-06-01', 'A3', 1920, 'Inbetalning', 20000],
  ['2023-06-01', 'A3', 1511, 'Inbetalning', -20000],
];
// Jan–mar 2024: contribution 50 000 paid in, a supplier invoice 12 000,50, a payment of
// 30 000 to suppliers, depreciation 1 000 and a bank charge (financial cost) 500.
const THIS_YEAR: RawCell[][] = [
  ['2024-01-15', 'B1', 3810, 'Bidrag FK', -50000],
  ['2024-01-15', 'B1', 1920, 'Inbetalning', 50000],
  ['2024-02-10', 'B2', 5539, 'Faktura coach', '12 000,50'],
  ['2024-02-10', 'B2', 2411, 'Leverantörsskuld', '-12 000,50'],
  ['2024-03-05', 'B3', 2411, 'Betalning', 30000],
  ['2024-03-05', 'B3', 1920, 'Betalning', -30000],
  ['2024-03-20', 'B4', 8410, 'Bankavgift', 500],
  ['2024-03-20', 'B4', 1920, 'Bankavgift', -500],
  ['2024-03-31', 'B5', 7830, 'Avskrivning inventarier', 1000],
  ['2024-03-31', 'B5', 1229, 'Avskrivning inventarier', -1000],
];
// Opening balance 2024 = closing balance 2023 (bank 100 000, so 88 000 at the start of 2023).
const IB: RawCell[][] = [
  ['Konto', 'Belopp'],
  [1220, 5000],
  [1920, 100000],
  [1511, 20000],
  [2010, -95000],
  [2411, -30000],
];

function build(
  opts: { layout?: string; period?: number; extraRows?: RawCell[][]; withIb?: boolean; withPrev?: boolean; chart?: RawCell[][] } = {},
): ReportModel {
  const rows = [...(opts.withPrev === false ? [] : PREV_YEAR), ...THIS_YEAR, ...(opts.extraRows ?? [])];
  const ranges = [
    range('Huvudbok', [['Datum', 'Ver', 'Konto', 'Text', 'Belopp'], ...rows]),
    ...(opts.withIb === false ? [] : [range('IngaendeBalans', IB)]),
    ...(opts.chart ? [range('Kontoplan', [['Konto', 'Benämning', 'Avsnitt', 'Rad'], ...opts.chart])] : []),
    settings({ Organisation: 'Testförbundet', Räkenskapsår: 2024, Period: opts.period ?? 3, ...(opts.layout ? { Uppställning: opts.layout } : {}) }),
  ];
  const result = buildReport({ ranges, generatedAt: new Date(2024, 3, 10, 9, 30) });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result.model!;
}

const statement = (m: ReportModel, key: string) => m.statements.find((s) => s.key === key) as StatementData;
const labels = (m: ReportModel, key: string) => statement(m, key).lines.map((l) => l.label);
function line(m: ReportModel, key: string, label: string): Record<string, string | null> {
  const l = statement(m, key).lines.find((x) => x.label === label);
  if (!l) throw new Error(`${key} has no line ${label}: ${labels(m, key).join(' | ')}`);
  return l.values;
}
const sheet = (m: ReportModel, key: string) => m.sheets.find((s) => s.key === key) as SheetModel;
const texts = (s: SheetModel) => s.rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'text' ? [c.text] : [])));
const check = (m: ReportModel, key: string) => m.checks.find((c) => c.key === key);

describe('Uppställning LKBR on a hand-calculated ledger (jan–mar 2024)', () => {
  const lkbr = build({ layout: 'LKBR' });
  const traditional = build();

  it('sets out the income statement in LKBR terms, one line per item', () => {
    expect(labels(lkbr, 'income')).toEqual([
      'Verksamhetens intäkter',
      'Verksamhetens kostnader',
      'Avskrivningar',
      'Verksamhetens nettokostnad',
      'Bidrag från medlemmarna',
      'Verksamhetens resultat',
      'Finansiella intäkter',
      'Finansiella kostnader',
      'Resultat efter finansiella poster',
      'Periodens resultat',
    ]);
    expect(line(lkbr, 'income', 'Verksamhetens intäkter')).toMatchObject({ actual: '0.00', prev: '0.00' });
    // 5539 −12 000,50 this year; −8 000 last year. Depreciation 7830 is not among them.
    expect(line(lkbr, 'income', 'Verksamhetens kostnader')).toMatchObject({ actual: '-12000.50', prev: '-8000.00' });
    expect(line(lkbr, 'income', 'Avskrivningar')).toMatchObject({ actual: '-1000.00', prev: '0.00' });
    // −12 000,50 − 1 000 = −13 000,50
    expect(line(lkbr, 'income', 'Verksamhetens nettokostnad')).toMatchObject({ actual: '-13000.50', prev: '-8000.00' });
    expect(line(lkbr, 'income', 'Bidrag från medlemmarna')).toMatchObject({ actual: '50000.00', prev: '20000.00' });
    // −13 000,50 + 50 000 = 36 999,50; last year −8 000 + 20 000 = 12 000
    expect(line(lkbr, 'income', 'Verksamhetens resultat')).toMatchObject({ actual: '36999.50', prev: '12000.00' });
    expect(line(lkbr, 'income', 'Finansiella kostnader')).toMatchObject({ actual: '-500.00' });
    expect(line(lkbr, 'income', 'Resultat efter finansiella poster')).toMatchObject({ actual: '36499.50' });
    expect(line(lkbr, 'income', 'Periodens resultat')).toMatchObject({ actual: '36499.50', prev: '12000.00' });
  });

  it('gives the same result as the traditional layout', () => {
    expect(line(traditional, 'income', 'Periodens resultat').actual).toBe('36499.50');
    expect(lkbr.summary.result).toBe(traditional.summary.result);
    expect(labels(traditional, 'income')).toContain('Resultat före extraordinära poster');
    expect(labels(traditional, 'cashflow')).not.toContain('Kassaflöde från den löpande verksamheten');
  });

  it('shows Extraordinära poster only when it is not zero', () => {
    expect(labels(lkbr, 'income')).not.toContain('Extraordinära poster');
    const withExtra = build({
      layout: 'LKBR',
      extraRows: [
        ['2024-03-25', 'B6', 8990, 'Extraordinär kostnad', 300],
        ['2024-03-25', 'B6', 1920, 'Extraordinär kostnad', -300],
      ],
    });
    expect(line(withExtra, 'income', 'Extraordinära poster')).toMatchObject({ actual: '-300.00' });
    // 36 499,50 − 300
    expect(line(withExtra, 'income', 'Periodens resultat')).toMatchObject({ actual: '36199.50' });
  });

  it('specifies each line in a note by account, and every note adds up to its line', () => {
    const notes = texts(sheet(lkbr, 'notes'));
    expect(notes).toEqual(
      expect.arrayContaining(['Not 1 Verksamhetens kostnader', 'Not 2 Avskrivningar', 'Not 3 Bidrag från medlemmarna', 'Not 4 Finansiella kostnader']),
    );
    const expenses = statement(lkbr, 'income').lines.find((l) => l.label === 'Verksamhetens kostnader')!;
    expect(expenses.accounts?.map((a) => a.account)).toEqual([5539]);
    const noteChecks = lkbr.checks.filter((c) => c.key.startsWith('note:'));
    expect(noteChecks.length).toBeGreaterThanOrEqual(4);
    expect(noteChecks.every((c) => c.status === 'ok')).toBe(true);
  });

  it('sets out the Kassaflödesanalys with the same months last year beside it', () => {
    const cf = sheet(lkbr, 'cashflow');
    expect(cf.name).toBe('Kassaflödesanalys');
    expect(texts(cf)).toEqual(expect.arrayContaining(['Kassaflödesanalys jan–mar 2024', 'jan–mar 2024', 'jan–mar 2023']));
    const v = (label: string) => line(lkbr, 'cashflow', label);
    expect(v('Periodens resultat')).toEqual({ amount: '36499.50', prev: '12000.00' });
    expect(v('Justering för av- och nedskrivningar')).toEqual({ amount: '1000.00', prev: '0.00' });
    // 36 499,50 + 1 000
    expect(v('Medel från verksamheten före förändring av rörelsekapital')).toEqual({ amount: '37499.50', prev: '12000.00' });
    // Last year the receivable grew by 20 000 in the period (paid in June).
    expect(v('Ökning (−)/minskning (+) kortfristiga fordringar')).toEqual({ amount: '0.00', prev: '-20000.00' });
    // 2411: −12 000,50 + 30 000 = a decrease of 17 999,50
    expect(v('Ökning (+)/minskning (−) kortfristiga skulder')).toEqual({ amount: '-17999.50', prev: '0.00' });
    // 37 499,50 − 17 999,50 = 19 500; last year 12 000 − 20 000 = −8 000
    expect(v('Kassaflöde från den löpande verksamheten')).toEqual({ amount: '19500.00', prev: '-8000.00' });
    // The fixed asset fell by exactly its depreciation: no investment.
    expect(v('Kassaflöde från investeringsverksamheten')).toEqual({ amount: '0.00', prev: '0.00' });
    expect(v('Kassaflöde från finansieringsverksamheten')).toEqual({ amount: '0.00', prev: '0.00' });
    // Bank: +50 000 − 30 000 − 500 = 19 500; last year −8 000
    expect(v('Periodens kassaflöde')).toEqual({ amount: '19500.00', prev: '-8000.00' });
    // 2023 started with 100 000 − (−8 000 + 20 000) = 88 000
    expect(v('Likvida medel vid periodens början')).toEqual({ amount: '100000.00', prev: '88000.00' });
    expect(v('Likvida medel vid periodens slut')).toEqual({ amount: '119500.00', prev: '80000.00' });
  });

  it('gives the same cash change in both layouts, and the checks tie both to the balance sheet', () => {
    const change = (m: ReportModel) => statement(m, 'cashflow').lines.find((l) => l.key === 'cashChange')!.values.amount;
    expect(change(traditional)).toBe('19500.00');
    expect(change(lkbr)).toBe(change(traditional));
    for (const m of [lkbr, traditional]) {
      expect(check(m, 'cashFlow')?.status).toBe('ok');
      expect(check(m, 'res3Equity')?.status).toBe('ok');
      expect(check(m, 'costCentresTotal')?.status).toBe('ok');
    }
    expect(check(lkbr, 'cashFlow')?.label).toBe('Kassaflödesanalysen = förändring av likvida medel i balansräkningen');
    expect(check(traditional, 'cashFlow')?.label).toBe('Finansieringsanalysen = förändring av likvida medel i balansräkningen');
  });

  it('labels the result before working-capital changes as R13 does in the traditional layout too', () => {
    expect(line(traditional, 'cashflow', 'Medel från verksamheten före förändring av rörelsekapital')).toEqual({ amount: '37499.50' });
    expect(labels(traditional, 'cashflow')).not.toContain('Kassaflöde från löpande verksamhet');
    expect(texts(sheet(traditional, 'cashflow'))).not.toContain('Kassaflöde från löpande verksamhet');
    expect(sheet(traditional, 'cashflow').name).toBe('Finansieringsanalys');
  });

  it('checks the comparison column against the cash at the same date last year: quiet when it ties', () => {
    expect(check(lkbr, 'cashFlowPrev')).toMatchObject({ status: 'ok', label: 'Kassaflödesanalysens jämförelsekolumn slutar i likvida medel 2023-03-31' });
    expect(check(traditional, 'cashFlowPrev')).toBeUndefined();
  });

  it('warns when last year’s postings do not explain the cash at the same date last year', () => {
    // A voucher of last year with a bank row only: the cash moves 100 that no other row explains.
    const m = build({ layout: 'LKBR', extraRows: [['2023-03-15', 'A9', 1920, 'Ensam rad', 100]] });
    expect(check(m, 'cashFlowPrev')?.status).toBe('warning');
    // 100 000 − (−8 000 + 20 000 + 100) = 87 900 at the start; −8 000 in the period → 79 900,
    // while the balance at 2023-03-31 is 100 000 − 20 000 (June) = 80 000.
    expect(check(m, 'cashFlowPrev')?.detail).toBe(
      'Jämförelsekolumnen slutar i 79\u00a0900,00 kr men likvida medel 2023-03-31 är 80\u00a0000,00 kr: föregående års bokföring balanserar inte för perioden eller är ofullständig',
    );
  });

  it('shows short-term investments that moved last year although none are left', () => {
    // 2023 opened with 5 000 in 1810, sold in February: the balance sheet of 2024 has no 1810.
    const m = build({
      layout: 'LKBR',
      extraRows: [
        ['2023-02-15', 'A8', 1810, 'Försäljning placering', -5000],
        ['2023-02-15', 'A8', 1920, 'Försäljning placering', 5000],
      ],
    });
    expect(line(m, 'cashflow', 'Ökning (−)/minskning (+) kortfristiga placeringar')).toEqual({ amount: '0.00', prev: '5000.00' });
    // −8 000 + 5 000 = −3 000; 2023 opened with 100 000 − (−8 000 + 20 000 + 5 000) = 83 000
    expect(line(m, 'cashflow', 'Periodens kassaflöde')).toEqual({ amount: '19500.00', prev: '-3000.00' });
    expect(line(m, 'cashflow', 'Likvida medel vid periodens början')).toEqual({ amount: '100000.00', prev: '83000.00' });
    expect(check(m, 'cashFlowPrev')?.status).toBe('ok');
    expect(labels(lkbr, 'cashflow')).not.toContain('Ökning (−)/minskning (+) kortfristiga placeringar');
  });

  it.each([
    ['without an opening balance', { withIb: false }],
    ['without last year’s postings', { withPrev: false }],
  ])('leaves the comparison column empty with a note %s', (_, opts) => {
    const m = build({ layout: 'LKBR', ...opts });
    expect(statement(m, 'cashflow').lines.every((l) => l.values.prev === null)).toBe(true);
    expect(texts(sheet(m, 'cashflow')).some((t) => t.startsWith('Jämförelsekolumnen jan–mar 2023 är tom'))).toBe(true);
    expect(check(m, 'cashFlowPrev')?.status).toBe('warning');
    expect(check(m, 'cashFlow')?.status).toBe('ok');
  });
});

describe('Uppställning LKBR in English (Språk en)', () => {
  it('uses the English terms throughout the two statements', () => {
    const ranges = [
      range('Huvudbok', [['Datum', 'Ver', 'Konto', 'Text', 'Belopp'], ...PREV_YEAR, ...THIS_YEAR]),
      range('IngaendeBalans', IB),
      settings({ Räkenskapsår: 2024, Period: 3, Uppställning: 'lkbr', Språk: 'en' }),
    ];
    const m = buildReport({ ranges }).model!;
    expect(labels(m, 'income')).toEqual([
      'Operating revenue',
      'Operating expenses',
      'Depreciation',
      'Net cost of operations',
      'Contributions from the members',
      'Operating result',
      'Financial income',
      'Financial expenses',
      'Result after financial items',
      'Result for the period',
    ]);
    expect(labels(m, 'cashflow')).toEqual(
      expect.arrayContaining(['Funds from operations before changes in working capital', 'Cash flow from operating activities', 'Cash flow for the period']),
    );
    expect(sheet(m, 'cashflow').name).toBe('Cash-flow analysis');
  });
});

describe('a whole fiscal year is an Årsredovisning: Årets resultat', () => {
  it.each([['LKBR'], [undefined]])('names the result Årets resultat (Uppställning %s)', (layout) => {
    const m = build({ layout, period: 12 });
    const income = labels(m, 'income');
    expect(income[income.length - 1]).toBe('Årets resultat');
    expect(income).not.toContain('Periodens resultat');
    expect(labels(m, 'cashflow')).toEqual(expect.arrayContaining(['Årets resultat', 'Likvida medel vid årets början', 'Likvida medel vid årets slut']));
    expect(labels(m, 'balance')).toContain('Årets resultat');
    expect(check(m, 'res3Equity')?.label).toBe('Årets resultat = förändring av eget kapital');
    expect(check(m, 'costCentresTotal')?.label).toBe('Kostnadsställenas resultat = årets resultat');
  });

  it('calls the LKBR cash change Årets kassaflöde, on the checks sheet too', () => {
    const m = build({ layout: 'LKBR', period: 12 });
    expect(labels(m, 'cashflow')).toContain('Årets kassaflöde');
    expect(labels(m, 'cashflow')).not.toContain('Periodens kassaflöde');
    expect(check(m, 'cashFlow')?.detail).toBe('Årets kassaflöde − förändring av likvida medel i balansräkningen');
  });

  it('renames a Kontoplan line Periodens resultat to Årets resultat for the whole year, and back for part of it', () => {
    const periodChart = [[2099, 'Periodens resultat', 'Periodens resultat', 'Periodens resultat']];
    expect(labels(build({ period: 12, chart: periodChart }), 'balance')).toContain('Årets resultat');
    expect(labels(build({ period: 12, chart: periodChart }), 'balance')).not.toContain('Periodens resultat');
    // A chart written for the annual report ("Årets resultat" as section and line) in an interim report.
    const yearChart = [[2099, 'Årets resultat', 'Årets resultat', 'Årets resultat']];
    expect(labels(build({ period: 3, chart: yearChart }), 'balance')).toContain('Periodens resultat');
    // Any other name the user gives the line stays.
    const ownChart = [[2099, 'Resultat', 'Periodens resultat', 'Balanserat resultat i år']];
    expect(labels(build({ period: 12, chart: ownChart }), 'balance')).toContain('Balanserat resultat i år');
  });

  it('keeps Periodens resultat for part of the year', () => {
    expect(labels(build({ period: 11 }), 'income')).toContain('Periodens resultat');
  });
});
