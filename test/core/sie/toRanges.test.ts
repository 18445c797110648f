import { readFileSync } from 'fs';
import { join } from 'path';
import { parseWorkbook } from '../../../src/core/input';
import type { Problem, RangeData } from '../../../src/core/input/types';
import { accountKind, chartPlacement } from '../../../src/core/sie/chart';
import { importSie } from '../../../src/core/sie';
import { parseSieText } from '../../../src/core/sie/parser';
import { periodAmountsByCostCentre } from '../../../src/core/sie/periodRows';
import { sieToRanges } from '../../../src/core/sie/toRanges';
import type { SiePeriodBalance } from '../../../src/core/sie/types';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/sie', name)));
const values = (ranges: RangeData[], name: string) => ranges.find((r) => r.name === name)?.values;
const brief = (problems: Problem[]) => problems.map((p) => [p.params?.line, p.code]);
const mapText = (...lines: string[]) => sieToRanges(parseSieText(lines.join('\n') + '\n'));

describe('sieToRanges: the full fixture', () => {
  const result = importSie(fixture('full-pc8.se'));

  it('gives every range from the file, without problems, and everything reconciles', () => {
    expect(result.fromFile).toEqual(['Huvudbok', 'IngaendeBalans', 'Kontoplan', 'Kostnadsstallen', 'Installningar', 'Budget']);
    expect(result.problems).toEqual([]);
    expect(result.reconciliation).toEqual([]);
    expect(result.ranges.map((r) => [r.name, r.sheet, r.row, r.col])).toEqual([
      ['Huvudbok', 'Huvudbok', 0, 0],
      ['IngaendeBalans', 'Ingående balans', 0, 0],
      ['Kontoplan', 'Kontoplan', 0, 0],
      ['Kostnadsstallen', 'Kostnadsställen', 0, 0],
      ['Installningar', 'Inställningar', 0, 0],
      ['Budget', 'Budget', 0, 0],
    ]);
  });

  it('writes the ledger: one row per counted voucher row, then the year before from #PSALDO -1', () => {
    const P = 'Periodsaldo föregående år (#PSALDO -1)';
    expect(values(result.ranges, 'Huvudbok')).toEqual([
      ['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Text', 'Belopp'],
      ['2024-01-15', 'A 1', 1930, '', '', 'Bidrag Försäkringskassan', '100000,00'],
      ['2024-01-15', 'A 1', 3810, '3002', '', 'Bidrag Försäkringskassan', '-100000,00'],
      ['2024-01-25', 'A 2', 5010, '3001', 'P1', 'Löner januari', '30000,00'],
      ['2024-01-25', 'A 2', 5010, '3002', '', 'Löner januari', '10000,00'],
      ['2024-01-25', 'A 2', 1930, '', '', 'Löner januari', '-40000,00'],
      ['2024-02-10', 'A 3', 6110, '3002', '', 'Material', '1200,50'],
      // the #RTRANS row once (its #TRANS copy not again); the #BTRANS row not at all
      ['2024-02-11', 'A 3', 2440, '', '', 'Leverantörsskuld', '-1200,50'],
      ['2024-03-01', 'A 4', 2440, '', '', 'Betalning leverantör', '1200,50'],
      ['2024-03-01', 'A 4', 1930, '', '', 'Betalning leverantör', '-1200,50'],
      ['2024-04-02', 'B 1', 1930, '', '', 'Ränta Q1 "bank"', '12,34'],
      ['2024-03-31', 'B 1', 8310, '', '', 'Ränta', '-12,34'],
      ['2024-04-15', 'B 2', 5540, '3001', '', 'Kurs för deltagare', '2500,00'],
      ['2024-04-15', 'B 2', 1930, '', '', 'Kurs för deltagare', '-2500,00'],
      // 3810: the per-cost-centre amounts equal the totals → no row without cost centre
      ['2023-01-31', '', 3810, '3002', '', P, '-40000,00'],
      ['2023-07-31', '', 3810, '3002', '', P, '-40000,00'],
      // 5010 in Feb: total 30 000, cost centre 3001 20 000 → 10 000 without cost centre
      ['2023-02-28', '', 5010, '', '', P, '10000,00'],
      ['2023-02-28', '', 5010, '3001', '', P, '20000,00'],
      ['2023-08-31', '', 5010, '3001', '', P, '30000,00'],
      ['2023-05-31', '', 6110, '', '', P, '5000,00'],
      // #PSALDO -1 of the balance account 1930 is not a ledger movement: not here
    ]);
  });

  it('writes the opening balance, chart, cost centres and settings', () => {
    expect(values(result.ranges, 'IngaendeBalans')).toEqual([
      ['Konto', 'Belopp'],
      [1930, '500000,00'],
      [2010, '-450000,00'],
      [2099, '-50000,00'],
    ]);
    expect(values(result.ranges, 'Kontoplan')).toEqual([
      ['Konto', 'Benämning', 'Avsnitt', 'Rad', 'Not'],
      [1930, 'Företagskonto', 'Likvida medel', 'Likvida medel', 'Ja'],
      [2010, 'Eget kapital', 'Eget kapital', 'Eget kapital', ''],
      [2099, 'Årets resultat', 'Periodens resultat', 'Periodens resultat', ''],
      [2440, 'Leverantörsskulder', 'Kortfristiga skulder', 'Kortfristiga skulder', 'Ja'],
      [3810, 'Bidrag från huvudmännen', 'Bidrag', 'Erhållna bidrag från huvudmännen', ''],
      [5010, 'Löner', 'Kostnader', 'Löner', ''],
      [5540, 'Övriga verksamhetsanknutna kostnader', 'Kostnader', 'Verksamhetsanknutna kostnader', 'Ja'],
      [6110, 'Kontorsmaterial \\ förbrukning', 'Kostnader', 'Lokalkostnader', ''],
      [8310, 'Ränteintäkter', 'Finansiella intäkter', 'Övriga finansiella intäkter', ''],
    ]);
    expect(values(result.ranges, 'Kostnadsstallen')).toEqual([
      ['Kostnadsställe', 'Namn'],
      ['3001', 'Aktivitet Ås'],
      ['3002', 'Kansli & administration'],
    ]);
    expect(values(result.ranges, 'Installningar')).toEqual([
      ['Inställning', 'Värde'],
      ['Organisation', 'Samordningsförbundet Älvdalen "Finsam"'],
      ['Räkenskapsår', 2024],
      ['Första månad', 1],
    ]);
  });

  it('writes the budget per cost centre and calendar month, without counting totals twice', () => {
    const z = '0,00';
    expect(values(result.ranges, 'Budget')).toEqual([
      ['Kostnadsställe', 'Konto', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec', 'Helår'],
      ['3002', 3810, '-200000,00', z, z, z, z, z, z, z, z, z, z, z, '-200000,00'],
      // Jan: total 35 000 of which 25 000 on 3001 → 10 000 without cost centre; Feb: only 3001
      ['', 5010, '10000,00', z, z, z, z, z, z, z, z, z, z, z, '10000,00'],
      ['3001', 5010, '25000,00', '25000,00', z, z, z, z, z, z, z, z, z, z, '50000,00'],
      ['', 6110, z, z, z, z, z, z, z, z, z, z, z, '600,00', '600,00'],
    ]);
  });

  it('is a workbook the contract parser reads without a single problem', () => {
    const parsed = parseWorkbook({ ranges: result.ranges });
    expect(parsed.problems).toEqual([]);
    expect(parsed.ledger.count).toBe(19);
    expect(parsed.settings).toMatchObject({ organisation: 'Samordningsförbundet Älvdalen "Finsam"', year: 2024, firstMonth: 1 });
    // every amount survives exactly: the ledger of 2024 balances to the öre
    let sum2024 = 0;
    for (let i = 0; i < parsed.ledger.count; i++) if (parsed.ledger.year[i] === 2024) sum2024 += parsed.ledger.amount[i];
    expect(sum2024).toBe(0);
    expect(parsed.budget?.rows.map((r) => [r.costCentre ?? '', r.account, r.annual])).toEqual([
      ['3002', 3810, -20_000_000],
      ['', 5010, 1_000_000],
      ['3001', 5010, 5_000_000],
      ['', 6110, 60_000],
    ]);
  });
});

describe('sieToRanges: reconciliation and warnings', () => {
  it('reports every difference of the unbalanced fixture, never fixing it', () => {
    const result = importSie(fixture('unbalanced.se'));
    expect(brief(result.problems)).toEqual([
      [25, 'sieVoucherUnbalanced'],
      [16, 'sieBalanceDiff'],
      [18, 'sieResultDiff'],
      [11, 'sieUbIbDiff'],
      [13, 'sieResultAccountWithIb'],
    ]);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
    const [unbalanced, balance, res, ubIb, ib] = result.problems;
    expect(unbalanced.params).toEqual({ line: 25, text: '#VER "A" "2" 20240120 "Lön utan motkonto"', voucher: 'A 2', difference: '100.00' });
    // 1930: IB 1 000 + 500 = 1 500, but #UB 0 says 1 600
    expect(balance.params).toEqual({ line: 16, text: '#UB 0 1930 1600.00', account: 1930, expected: '1600.00', actual: '1500.00', difference: '-100.00' });
    // 3010: the transactions are -500, #RES 0 says -600
    expect(res.params).toEqual({ line: 18, text: '#RES 0 3010 -600.00', account: 3010, expected: '-600.00', actual: '-500.00', difference: '100.00' });
    expect(ubIb.params).toEqual({ line: 11, text: '#IB 0 1930 1000.00', account: 1930, closingPrev: '900.00', opening: '1000.00', difference: '100.00' });
    expect(ib.params).toEqual({ line: 13, text: '#IB 0 5010 50.00', account: 5010, amount: '50.00' });
    expect(result.reconciliation).toEqual([
      { account: 1930, kind: 'balance', expected: '1600.00', actual: '1500.00' },
      { account: 3010, kind: 'result', expected: '-600.00', actual: '-500.00' },
    ]);
    // nothing was fixed: the ledger holds the file's rows, the opening balance the file's #IB 0
    expect(
      values(result.ranges, 'Huvudbok')
        ?.slice(1)
        .map((r) => [r[2], r[6]]),
    ).toEqual([
      [1930, '500,00'],
      [3010, '-500,00'],
      [5010, '100,00'],
    ]);
    expect(values(result.ranges, 'IngaendeBalans')).toEqual([
      ['Konto', 'Belopp'],
      [1930, '1000,00'],
      [2010, '-1000,00'],
      [5010, '50,00'],
    ]);
  });

  it('expects 0 for an account with transactions but no #UB/#RES when the file has closing figures', () => {
    const r = mapText(
      '#FLAGGA 0',
      '#RAR 0 20240101 20241231',
      '#UB 0 1930 0.00',
      '#RES 0 5010 0.00',
      '#VER A 1 20240110 x',
      '{',
      '#TRANS 1930 {} -5.00',
      '#TRANS 5010 {} 5.00',
      '}',
    );
    expect(r.reconciliation).toEqual([
      { account: 1930, kind: 'balance', expected: '0.00', actual: '-5.00' },
      { account: 5010, kind: 'result', expected: '0.00', actual: '5.00' },
    ]);
    expect(r.problems.map((p) => [p.code, p.params?.line])).toEqual([
      ['sieBalanceDiff', 3],
      ['sieResultDiff', 4],
    ]);
  });

  it('does not reconcile when the file has no closing balances or results (a 4I file)', () => {
    const r = mapText('#FLAGGA 0', '#RAR 0 20240101 20241231', '#VER A 1 20240110 x', '{', '#TRANS 1930 {} -5.00', '#TRANS 5010 {} 5.00', '}');
    expect(r.reconciliation).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('reconciles only the rows of year 0 and warns about vouchers outside the two years', () => {
    const r = mapText(
      '#FLAGGA 0',
      '#RAR 0 20240101 20241231',
      '#RAR -1 20230101 20231231',
      '#RES 0 5010 5.00',
      '#VER A 1 20240110 x',
      '{',
      '#TRANS 5010 {} 5.00',
      '#TRANS 1930 {} -5.00',
      '}',
      '#VER A 2 20230110 x',
      '{',
      '#TRANS 5010 {} 7.00',
      '#TRANS 1930 {} -7.00',
      '}',
      '#VER A 3 20210110 x',
      '{',
      '#TRANS 5010 {} 9.00',
      '#TRANS 1930 {} -9.00',
      '}',
    );
    expect(r.reconciliation).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.params?.line, p.params?.voucher])).toEqual([['sieVoucherOutsideYear', 17, 'A 3']]); // the row's line
    // vouchers of year -1 are the comparative ledger rows themselves (no #PSALDO rows added)
    expect(values(r.ranges, 'Huvudbok')?.map((row) => row[0])).toEqual([
      'Datum',
      '2024-01-10',
      '2024-01-10',
      '2023-01-10',
      '2023-01-10',
      '2021-01-10',
      '2021-01-10',
    ]);
  });

  it('uses #KTYP over the account class to tell balance from result accounts', () => {
    expect(accountKind(1930)).toBe('balance');
    expect(accountKind(3010)).toBe('result');
    expect(accountKind(1930, 'K')).toBe('result');
    expect(accountKind(8999, 'S')).toBe('balance');
    const r = mapText(
      '#FLAGGA 0',
      '#KTYP 2990 K',
      '#RES 0 2990 3.00',
      '#UB 0 1930 0.00',
      '#VER A 1 20240110 x',
      '{',
      '#TRANS 2990 {} 3.00',
      '#TRANS 1930 {} -3.00',
      '}',
    );
    // 2990 is a result account by #KTYP: compared with #RES (equal), not with #UB
    expect(r.reconciliation).toEqual([{ account: 1930, kind: 'balance', expected: '0.00', actual: '-3.00' }]);
  });

  it('says when the comparative year is only given as annual results', () => {
    const r = mapText(
      '#FLAGGA 0',
      '#RAR 0 20240101 20241231',
      '#RES -1 5010 100.00',
      '#VER A 1 20240110 x',
      '{',
      '#TRANS 5010 {} 5.00',
      '#TRANS 1930 {} -5.00',
      '}',
    );
    expect(r.problems.map((p) => [p.code, p.params?.line])).toEqual([['sieComparativeAnnualOnly', 3]]);
    expect(r.fromFile).toEqual(['Huvudbok', 'Installningar']);
  });

  it('compares the months of #PSALDO -1 with #RES -1', () => {
    const r = mapText(
      '#FLAGGA 0',
      '#RAR 0 20240101 20241231',
      '#RES -1 5010 100.00',
      '#PSALDO -1 202301 5010 {} 60.00',
      '#PSALDO -1 202302 5010 {} 30.00',
      '#VER A 1 20240110 x',
      '{',
      '#TRANS 5010 {} 5.00',
      '#TRANS 1930 {} -5.00',
      '}',
    );
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      code: 'sieComparativeDiff',
      params: { line: 3, account: 5010, expected: '100.00', actual: '90.00', difference: '-10.00' },
    });
  });

  it('warns once per dimension it does not import and without #RAR 0; refuses an account of five digits', () => {
    const r = mapText(
      '#FLAGGA 0',
      '#DIM 7 "Anställd"',
      '#KONTO 12345 "Långt konto"',
      '#VER A 1 20240110 x',
      '{',
      '#TRANS 5010 {1 "10" 7 "E1"} 5.00',
      '#TRANS 5010 {7 "E2"} 5.00',
      '#TRANS 12345 {} -10.00',
      '}',
    );
    expect(r.problems.map((p) => [p.code, p.params?.line])).toEqual([
      ['sieNoFiscalYear', 0],
      ['sieDimensionIgnored', 6],
      ['sieAccountTooLong', 3],
    ]);
    expect(r.problems[2].severity).toBe('error'); // the report could not hold it either
    expect(r.problems[1].params).toMatchObject({ dim: 7, name: 'Anställd' });
    expect(values(r.ranges, 'Huvudbok')?.[1]).toEqual(['2024-01-10', 'A 1', 5010, '10', '', 'x', '5,00']);
    // an account outside 1000–9999 gets no chart row (the contract cannot hold it); 5010 does
    expect(values(r.ranges, 'Kontoplan')).toEqual([
      ['Konto', 'Benämning', 'Avsnitt', 'Rad', 'Not'],
      [5010, '', 'Kostnader', 'Löner', ''],
    ]);
  });

  it('does not warn about a result account whose opening balance is zero', () => {
    expect(mapText('#FLAGGA 0', '#RAR 0 20240101 20241231', '#IB 0 3010 0.00', '#VER A 1 20240110 x', '{', '}').problems.map((p) => p.code)).toEqual([]);
  });

  it('reads a broken fiscal year: settings, budget months and the year limits', () => {
    const result = importSie(fixture('fiscal-july.se'));
    expect(values(result.ranges, 'Installningar')).toEqual([
      ['Inställning', 'Värde'],
      ['Organisation', 'Förbundet med brutet år'],
      ['Räkenskapsår', 2023],
      ['Första månad', 7],
    ]);
    const budget = values(result.ranges, 'Budget')!;
    expect(budget[1]).toEqual(['20', 5010, '2000,00', '0,00', '0,00', '0,00', '0,00', '3000,00', '1000,00', '0,00', '0,00', '0,00', '0,00', '0,00', '6000,00']);
    expect(brief(result.problems)).toEqual([
      [22, 'sieVoucherOutsideYear'],
      [14, 'sieBudgetOutsideYear'],
    ]);
    const parsed = parseWorkbook({ ranges: result.ranges });
    expect(parsed.settings).toMatchObject({ year: 2023, firstMonth: 7 });
    // fiscal month 0 is July: 1 000; fiscal month 6 is January: 2 000; fiscal month 11 is June: 3 000
    expect(parsed.budget?.rows[0].months).toEqual([100_000, 0, 0, 0, 0, 0, 200_000, 0, 0, 0, 0, 300_000]);
  });
});

describe('periodAmountsByCostCentre', () => {
  let line = 0;
  const row = (account: number, period: string, amount: number, ...objects: [number, string][]): SiePeriodBalance => ({
    line: ++line,
    year: 0,
    account,
    period,
    amount,
    objects: objects.map(([dim, code]) => ({ dim, code })),
  });
  const brief2 = (rows: SiePeriodBalance[]) => periodAmountsByCostCentre(rows).map((a) => [a.account, a.costCentre ?? '', a.period, a.amount]);

  it('takes the totals when there is no breakdown by cost centre', () => {
    expect(brief2([row(5010, '202401', 100), row(5010, '202402', 200)])).toEqual([
      [5010, '', '202401', 100],
      [5010, '', '202402', 200],
    ]);
  });

  it('takes the breakdown and adds what the total holds beyond it as a row without cost centre', () => {
    expect(
      brief2([
        row(5010, '202401', 100),
        row(5010, '202401', 70, [1, 'A']),
        row(5010, '202401', 30, [1, 'B']),
        row(5010, '202402', 50),
        row(5010, '202402', 20, [1, 'A']),
      ]),
    ).toEqual([
      [5010, '', '202402', 30],
      [5010, 'A', '202401', 70],
      [5010, 'A', '202402', 20],
      [5010, 'B', '202401', 30],
    ]);
  });

  it('sums a cost centre × project breakdown over the projects, and prefers the pure cost-centre level', () => {
    const mixed = [row(5010, '202401', 10, [1, 'A'], [6, 'P']), row(5010, '202401', 5, [1, 'A'], [6, 'Q']), row(5010, '202401', 15, [6, 'P'])];
    expect(brief2(mixed)).toEqual([[5010, 'A', '202401', 15]]);
    expect(brief2([...mixed, row(5010, '202401', 99, [1, 'A'])])).toEqual([[5010, 'A', '202401', 99]]);
  });

  it('falls back to the level with the fewest dimensions when none has a cost centre', () => {
    expect(brief2([row(5010, '202401', 10, [6, 'P']), row(5010, '202401', 5, [6, 'Q']), row(5010, '202401', 15, [6, 'P'], [7, 'X'])])).toEqual([
      [5010, '', '202401', 15],
    ]);
  });

  it('keeps the sum of every account equal to the total, whatever the levels (property)', () => {
    // exhaustive small cases: totals T, and breakdown parts that may or may not add up to T
    for (const total of [0, 100, -40]) {
      for (const parts of [[], [100], [60, 40], [-10, 5]]) {
        const rows = [row(1, '202401', total), ...parts.map((p, i) => row(1, '202401', p, [1, String(i)]))];
        const sum = periodAmountsByCostCentre(rows).reduce((s, a) => s + a.amount, 0);
        expect(sum).toBe(total);
      }
    }
  });
});

describe('chartPlacement', () => {
  it.each([
    [1010, 'Anläggningstillgångar'],
    [1510, 'Kortfristiga fordringar'],
    [1810, 'Kortfristiga placeringar'],
    [1930, 'Likvida medel'],
    [2010, 'Eget kapital'],
    [2099, 'Periodens resultat'],
    [2210, 'Avsättningar'],
    [2350, 'Långfristiga skulder'],
    [2440, 'Kortfristiga skulder'],
    [3010, 'Intäkter'],
    [3810, 'Bidrag'],
    [3899, 'Bidrag'],
    [3900, 'Intäkter'],
    [4010, 'Kostnader'],
    [7830, 'Kostnader'],
    [8310, 'Finansiella intäkter'],
    [8410, 'Finansiella kostnader'],
    [8900, 'Extraordinära intäkter'],
    [8910, 'Extraordinära kostnader'],
    [8990, 'Extraordinära kostnader'],
  ])('puts %d in %s', (account, section) => {
    expect(chartPlacement(account)?.sectionKey).toBe(section);
  });

  it('lets #KTYP decide between extraordinary income and expenses in class 89', () => {
    expect(chartPlacement(8940, 'K')?.sectionKey).toBe('Extraordinära kostnader');
    expect(chartPlacement(8990, 'I')?.sectionKey).toBe('Extraordinära intäkter');
  });

  it('puts tax on the result (8910–8929) on a line that says so, whatever #KTYP says', () => {
    for (const type of [undefined, 'I', 'K'] as const) {
      expect(chartPlacement(8910, type)).toMatchObject({ sectionKey: 'Extraordinära kostnader', line: 'Skatt på årets resultat' });
      expect(chartPlacement(8929, type)?.line).toBe('Skatt på årets resultat');
    }
    expect(chartPlacement(8930)?.line).toBe('Extraordinära intäkter');
  });

  it('gives no placement to class 9 and to numbers outside 1000–8999', () => {
    expect(chartPlacement(9100)).toBeUndefined();
    expect(chartPlacement(999)).toBeUndefined();
    expect(chartPlacement(12345)).toBeUndefined();
  });
});
