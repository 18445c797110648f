/**
 * Issue 9, point 3: totals beyond exact JS integers. Ten ledger rows of 9 999 999 999 999,99 kr
 * used to crash the report with "fromOre: not a whole number of öre"; now every range whose
 * amounts add up (without sign) to 10^13 kr or more is refused with an input error at the cell
 * where the total crosses the limit — the same for a workbook and for a SIE file.
 */
import { parseWorkbook } from '../../../src/core/input';
import type { Problem, RawCell } from '../../../src/core/input';
import { formatProblem } from '../../../src/core/messages';
import { buildReport } from '../../../src/core/report';
import { importSie } from '../../../src/core/sie';
import { range, settings } from '../../helpers/ranges';

/** The limit as the user may type it, and as a message shows it. */
const MAX = '9 999 999 999 999,99';
const MAX_SHOWN = MAX.replace(/ /g, '\u00a0');
const totalErrors = (problems: Problem[]) => problems.filter((p) => p.code === 'rangeTotalTooLarge');

/** `pairs` vouchers, each a debit and a credit of `amount` (text or number). */
function hugeLedger(pairs: number, amount: RawCell = MAX, negative: RawCell = '-' + MAX): RawCell[][] {
  const rows: RawCell[][] = [['Datum', 'Ver', 'Konto', 'Belopp']];
  for (let i = 0; i < pairs; i++) rows.push(['2024-01-15', `A${i}`, 5010, amount], ['2024-01-15', `A${i}`, 1930, negative]);
  return rows;
}

describe('the limit on a range total', () => {
  it('refuses ten rows of 9 999 999 999 999,99 kr with an input error instead of crashing', () => {
    const input = { ranges: [range('Huvudbok', hugeLedger(5)), settings({ Organisation: 'X', Räkenskapsår: 2024, Period: 3 })] };
    let result: ReturnType<typeof buildReport> | undefined;
    expect(() => (result = buildReport(input))).not.toThrow();
    expect(result!.model).toBeUndefined();
    const errors = totalErrors(result!.problems);
    expect(errors).toHaveLength(1);
    // The first row alone is below the limit; with the second the total is 19 999 999 999 999,98 kr.
    expect(errors[0]).toMatchObject({ severity: 'error', range: 'Huvudbok', sheet: 'Huvudbok', cell: 'D3', value: '-' + MAX });
    expect(formatProblem(errors[0], 'sv')).toBe(
      `Huvudbok (Huvudbok!D3): Områdets belopp når vid värdet "-${MAX}" sammanlagt 19\u00a0999\u00a0999\u00a0999\u00a0999,98 kr räknat utan tecken, över gränsen ${MAX_SHOWN} kr för ett område. Så stora summor kan rapporten inte räkna exakt; kontrollera beloppen.`,
    );
  });

  it('accepts a ledger whose total stays just below the limit, and sums it exactly', () => {
    // 4 999 999 999 999,99 + 4 999 999 999 999,99 = 9 999 999 999 999,98 kr < the limit.
    const parsed = parseWorkbook({ ranges: [range('Huvudbok', hugeLedger(1, 4999999999999.99, -4999999999999.99))] });
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(Array.from(parsed.ledger.amount)).toEqual([499999999999999, -499999999999999]);
  });

  it('applies to Debet and Kredit, naming the side that holds the amount', () => {
    const rows: RawCell[][] = [
      ['Datum', 'Konto', 'Debet', 'Kredit'],
      ['2024-01-15', 5010, 9e12, null],
      ['2024-01-15', 1930, null, 9e12],
    ];
    const errors = totalErrors(parseWorkbook({ ranges: [range('Huvudbok', rows)] }).problems);
    expect(errors.map((p) => [p.cell, p.value])).toEqual([['D3', '9000000000000']]);
  });

  it('applies to the opening balance, the budget (month by month) and the forecast', () => {
    const ib = range('IngaendeBalans', [
      ['Konto', 'Belopp'],
      [1930, 6e12],
      [2010, -6e12],
    ]);
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'];
    // One row of twelve months of 1 000 000 000 000 kr: within the row the total reaches 10^13 kr at Okt.
    const budget = range('Budget', [
      ['Konto', ...months],
      [5010, ...months.map(() => 1e12)],
    ]);
    const forecast = range('Prognos', [
      ['Kostnadsställe', 'Prognos helår'],
      ['10', 5e12],
      ['20', 5e12],
    ]);
    const problems = parseWorkbook({ ranges: [range('Huvudbok', hugeLedger(1, 1, -1)), ib, budget, forecast] }).problems;
    expect(totalErrors(problems).map((p) => `${p.range}!${p.cell}`)).toEqual(['IngaendeBalans!B3', 'Budget!K2', 'Prognos!B3']);
  });
});

describe('the same limit for a SIE file (import-sie and the report agree)', () => {
  it('refuses the SIE file in the import, before any workbook is written', () => {
    const lines = ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#FNAMN "Test"', '#RAR 0 20240101 20241231', '#KONTO 1930 "Bank"', '#KONTO 5010 "Lon"'];
    for (let i = 1; i <= 5; i++) lines.push(`#VER "A" "${i}" 20240115 "x"`, '{', '#TRANS 5010 {} 9999999999999.99', '#TRANS 1930 {} -9999999999999.99', '}');
    const imported = importSie(new TextEncoder().encode(lines.join('\r\n') + '\r\n'));
    const errors = totalErrors(imported.problems);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'error', range: 'Huvudbok', params: { max: '9999999999999.99' } });
  });
});
