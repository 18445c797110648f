/** Each check of the checks sheet turns to Varning/Fel when (and only when) it should. */
import { buildReport } from '../../src/core/report';
import type { RawCell } from '../../src/core/input/types';
import { formatProblem } from '../../src/core/messages';
import { range, settings } from '../helpers/ranges';
import { roundingLine } from '../../src/core/checks/buildChecks';
import { Checks } from '../../src/core/checks/checks';
import { Dec } from '../../src/core/money';

const base: RawCell[][] = [
  ['Datum', 'Ver', 'Konto', 'KST', 'Belopp'],
  ['2023-05-01', 'A1', 5539, 10, 100],
  ['2023-05-01', 'A1', 1920, '', -100],
  ['2024-01-10', 'B1', 3810, 10, -1000],
  ['2024-01-10', 'B1', 1920, '', 1000],
];
const ib = range('IngaendeBalans', [
  ['Konto', 'Belopp'],
  [1920, 400],
  [2010, -400],
]);

function checks(ledger: RawCell[][], extra: ReturnType<typeof range>[] = [], set: Record<string, RawCell> = {}) {
  const r = buildReport({ ranges: [range('Huvudbok', ledger), ...extra, settings({ Räkenskapsår: 2024, Period: 1, ...set })] });
  if (!r.model) throw new Error(r.problems.map((p) => formatProblem(p, 'sv')).join('\n'));
  return { byKey: Object.fromEntries(r.model.checks.map((c) => [c.key, c])), problems: r.problems };
}

describe('checks', () => {
  it('are OK on a clean workbook', () => {
    const { byKey } = checks(
      base,
      [
        ib,
        range('Kostnadsstallen', [
          ['Kod', 'Namn'],
          [10, 'Kansli'],
        ]),
        range('Budget', [
          ['Konto', 'Helår'],
          [3810, -12000],
        ]),
      ],
      { 'Eget kapital mål': 1000 },
    );
    for (const key of [
      'ledgerBalances',
      'vouchers',
      'openingBalance',
      'balanceSheet:opening',
      'balanceSheet:closing',
      'res3Equity',
      'cashFlow',
      'costCentresTotal',
      'rounding:costCentres',
      'rounding:summaryResult',
      'rounding:summaryEquity',
      'unmapped',
      'costCentreNames',
      'budgetMonths',
      'equityTarget',
      'outsideRows',
      'prevYear',
    ]) {
      expect([key, byKey[key]?.status]).toEqual([key, 'ok']);
    }
  });

  it('warn about an unbalanced voucher, naming it and its cell', () => {
    const { byKey, problems } = checks([...base, ['2024-01-11', 'B2', 6451, 10, 50], ['2024-01-11', 'B2', 1920, '', -49]], [ib]);
    expect(byKey.vouchers.status).toBe('warning');
    expect(byKey.vouchers.detail).toContain('B2 (1,00)');
    expect(byKey.ledgerBalances.status).toBe('error');
    expect(byKey.ledgerBalances.detail).toBe('Periodens rader summerar till 1,00 kr i stället för 0');
    const p = problems.find((x) => x.code === 'voucherUnbalanced')!;
    expect(formatProblem(p, 'sv')).toBe('Huvudbok (Huvudbok!E6): Verifikation B2 balanserar inte: differensen är 1,00 kr.');
    expect(byKey['balanceSheet:closing'].status).toBe('error');
  });

  it('warn about an opening balance that does not balance, and a missing one', () => {
    expect(
      checks(base, [
        range('IngaendeBalans', [
          ['Konto', 'Belopp'],
          [1920, 400],
          [2010, -300],
        ]),
      ]).byKey.openingBalance,
    ).toMatchObject({
      status: 'warning',
      detail: 'Ingående balans summerar till 100,00 kr',
    });
    expect(checks(base).byKey.openingBalance.status).toBe('warning');
  });

  it('say counts as a reader says them: rows of the period and of the comparative year, names of ranges', () => {
    const ledger: RawCell[][] = [...base, ['2024-01-12', 'B2', 5539, 10, 50], ['2024-01-12', 'B2', 1920, '', -50]];
    const { byKey } = checks(ledger, [
      ib,
      range('Kostnadsstallen', [
        ['Kod', 'Namn'],
        [20, 'Annat'],
      ]),
    ]);
    // four rows in 2024-01, two in 2023 (the comparative year, read as a year)
    expect(byKey.ledgerBalances.detail).toBe('4 rader i perioden, summa 0,00 kr');
    expect(byKey.prevYear.detail).toBe('2 rader för år 2023');
    expect(byKey.costCentreNames.detail).toBe(
      'Kostnadsställen som inte finns i registret över kostnadsställen (området Kostnadsstallen) och därför visas med sin kod (1 st.): 10',
    );
    const one = checks(
      [...base.slice(0, 3), ['2024-01-10', 'B1', 3810, '', -1000], ['2024-01-10', 'B1', 1920, '', 1000], ['2021-03-01', 'X', 1920, '', 0]],
      [ib],
    );
    expect(one.byKey.outsideRows.detail).toBe('1 rad utanför 2023–2024 ingår inte');
  });

  it('compare closing equity with the target', () => {
    const { byKey } = checks(base, [ib], { 'Eget kapital mål': 2000 });
    expect(byKey.equityTarget).toMatchObject({ status: 'warning', detail: 'Utgående eget kapital 1\u00a0400,00 kr är under målet på 2\u00a0000,00 kr' });
  });

  it('count rows outside the two years and say when the comparative year is missing', () => {
    const { byKey } = checks([...base.slice(0, 1), ...base.slice(3), ['2021-03-01', 'X', 5539, '', 5], ['2021-03-01', 'X', 1920, '', -5]], [ib]);
    expect(byKey.outsideRows).toMatchObject({ status: 'warning', detail: '2 rader utanför 2023–2024 ingår inte' });
    expect(byKey.prevYear).toMatchObject({ status: 'warning', detail: 'Huvudboken har inga rader för 2023: jämförelsekolumnerna är tomma' });
  });

  it('report accounts missing from a Kontoplan and cost centres missing from the register', () => {
    const chart = range('Kontoplan', [
      ['Konto', 'Avsnitt', 'Rad'],
      ['1900-1999', 'Likvida medel', ''],
      [2010, 'Eget kapital', ''],
    ]);
    const ledger = [...base, ['2024-01-12', 'B2', 6451, 10, 30], ['2024-01-12', 'B2', 1920, '', -30]];
    const { byKey, problems } = checks(ledger, [
      ib,
      chart,
      range('Kostnadsstallen', [
        ['Kod', 'Namn'],
        [20, 'Annat'],
      ]),
    ]);
    expect(byKey.unmapped.status).toBe('warning');
    expect(byKey.unmapped.detail).toContain('3810');
    expect(byKey.costCentreNames).toMatchObject({ status: 'warning' });
    expect(byKey.costCentreNames.detail).toContain('10');
    const p = problems.find((x) => x.code === 'unmappedAccount' && x.value === '3810')!;
    expect(formatProblem(p, 'sv')).toMatch(/^Kontoplan \(Huvudbok!C4\): Konto 3810/);
    expect(problems.some((x) => x.code === 'costCentreWithoutName' && x.params?.costCentre === '10')).toBe(true);
  });

  it('warn when budget months and the annual amount disagree', () => {
    const budget = range('Budget', [
      ['Konto', 'Helår', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'],
      [3810, -1200, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -101],
    ]);
    expect(checks(base, [ib, budget]).byKey.budgetMonths.status).toBe('warning');
  });
});

describe('checks of an imported SIE file', () => {
  const ranges = [range('Huvudbok', base), ib, settings({ Räkenskapsår: 2024, Period: 1 })];
  const check = (imported: Parameters<typeof buildReport>[0]['imported']) => buildReport({ ranges, imported }).model!.checks.find((c) => c.key === 'sieFile');

  it('are absent without an import, OK when the file agrees with itself', () => {
    expect(check(undefined)).toBeUndefined();
    expect(check({ file: 'bok.se', checked: true, differences: [] })).toMatchObject({ status: 'ok', label: expect.stringContaining('bok.se') });
  });

  it('warn with each differing account and its difference', () => {
    const c = check({ file: 'bok.se', checked: true, differences: [{ account: 1930, kind: 'balance', expected: '100.00', actual: '90.50' }] });
    expect(c).toMatchObject({ status: 'warning', detail: 'Konton som skiljer (1 st.): 1930 (\u22129,50)' });
    expect(check({ file: 'bok.se', checked: false, differences: [] })!.status).toBe('warning');
  });

  it('show the rounding of a tkr total against its statement figure: OK within 1 000 kr per rounded part, else Fel', () => {
    const line = (shown: string, parts: number) => {
      const c = new Checks('sv');
      roundingLine(c, {
        key: 'k',
        label: 'Avrundning',
        line: 'periodens resultat',
        shown: new Dec(shown),
        exact: new Dec('2282425.69'),
        parts,
        formula: 'A1-B1',
      });
      return c.rows[0];
    };
    // 2 283 tkr against 2 282 425,69 kr: 574,31 kr, below 1 000 kr for one part
    expect(line('2283000', 1)).toMatchObject({
      key: 'rounding:k',
      status: 'ok',
      difference: { formula: 'A1-B1', value: new Dec('574.31') },
      detail: expect.stringContaining('= 574,31 kr; 1 avrundade belopp, så skillnaden ska vara under 1\u00a0000,00 kr') as unknown,
    });
    // 2 284 tkr: 1 574,31 kr is more than rounding one part can explain
    expect(line('2284000', 1).status).toBe('error');
    expect(line('2284000', 2).status).toBe('ok');
  });
});
