/**
 * Golden tests of "Finansieringsplan" through buildReport: seed 002's total 17 668 000 kr
 * split by hand (see test/core/plans/financingPlan.test.ts), read back by cell address, with
 * the booked contributions tied to members in each of the three ways.
 */
import { buildReport } from '../../../src/core/report';
import type { RangeData, RawCell } from '../../../src/core/input/types';
import type { ReportModel } from '../../../src/core/model/types';
import { ModelEvaluator } from '../../helpers/evalModel';
import { range, settings } from '../../helpers/ranges';
import { cellAt, fx, num, rowTexts, sheetOf, textAt } from './helpers';

/** Q1 invoiced for everyone in January; FK's Q2 in April (the others not yet). */
const ledger = range('Huvudbok', [
  ['Period', 'Konto', 'Belopp'],
  ['2024-01', 3810, -1_104_250],
  ['2024-01', 3811, -1_104_250],
  ['2024-01', 3820, -1_104_250],
  ['2024-01', 3830, -368_084],
  ['2024-01', 3831, -736_167],
  ['2024-01', 1511, 4_417_001],
  ['2024-04', 3810, -1_104_250],
  ['2024-04', 1511, 1_104_250],
]);

const membersHeader = ['Medlem', 'Huvudman', 'Befolkning'];
const memberRows: RawCell[][] = [
  ['Alby kommun', 'Kommun', 1000],
  ['Försäkringskassan', 'Stat', null],
  ['Västra Götalandsregionen', 'Region', null],
  ['Arbetsförmedlingen', 'Stat', null],
  ['Bstads kommun', 'kommun', '2 000'],
];

function build(extra: RangeData[], lang = 'sv'): ReportModel {
  const r = buildReport({
    ranges: [ledger, settings({ Organisation: 'Sjuhärad', Period: 4, 'Medlemsbidrag totalt': 17_668_000, Språk: lang }), ...extra],
    generatedAt: new Date(2024, 4, 2, 8, 0),
  });
  if (!r.model) throw new Error(JSON.stringify(r.problems));
  return r.model;
}

describe("Finansieringsplan with the members' accounts in Medlemsbidrag (Konto)", () => {
  const accounts = [3830, 3810, 3820, 3811, 3831];
  const m = build([range('Medlemsbidrag', [[...membersHeader, 'Konto'], ...memberRows.map((r, i) => [...r, accounts[i]])])]);

  it('titles and headings', () => {
    expect(textAt(m, 'financing', 'A1')).toBe('Sjuhärad');
    expect(textAt(m, 'financing', 'A2')).toBe('Finansieringsplan 2024');
    expect(rowTexts(m, 'financing', 5)).toEqual([
      'Medlem',
      'Huvudman',
      'Befolkning',
      'Andel',
      'Belopp helår 2024',
      'Kv 1',
      'Kv 2',
      'Kv 3',
      'Kv 4',
      'Plan jan–apr 2024',
      'Bokfört jan–apr 2024',
      'Bokfört − plan',
    ]);
    expect(sheetOf(m, 'financing').name).toBe('Finansieringsplan');
    expect(sheetOf(m, 'financing').freeze).toEqual({ rows: 5, cols: 1 });
  });

  it('members by party: the state, the region, the municipalities (by population)', () => {
    expect([6, 7, 8, 9, 10].map((r) => textAt(m, 'financing', `A${r}`))).toEqual([
      'Försäkringskassan',
      'Arbetsförmedlingen',
      'Västra Götalandsregionen',
      'Alby kommun',
      'Bstads kommun',
    ]);
    expect([6, 7, 8, 9, 10].map((r) => textAt(m, 'financing', `B${r}`))).toEqual(['Stat', 'Stat', 'Region', 'Kommun', 'Kommun']);
    expect(cellAt(m, 'financing', 'A6')).toEqual({ kind: 'text', text: 'Försäkringskassan', fromData: true });
    expect(cellAt(m, 'financing', 'C6')).toEqual({ kind: 'empty' });
    expect(cellAt(m, 'financing', 'C9')).toEqual(num('1000', 'integer'));
    expect(cellAt(m, 'financing', 'D6')).toEqual(num('0.25', 'percent'));
    // a twelfth and a sixth: the municipal quarter by population, as a live formula
    expect(cellAt(m, 'financing', 'D9')).toEqual(fx('0.25*C9/SUM(C9:C10)', '0.08333333333333333333333333333333333333333', 'percent'));
    expect(cellAt(m, 'financing', 'D10')).toMatchObject({ kind: 'formula', formula: '0.25*C10/SUM(C9:C10)' });
  });

  it('amounts in whole kronor that add up to the total, by quarter (each column a quarter of the total)', () => {
    expect(cellAt(m, 'financing', 'E6')).toEqual(num('4417000', 'kr'));
    expect(cellAt(m, 'financing', 'E9')).toEqual(num('1472333', 'kr'));
    expect(cellAt(m, 'financing', 'E10')).toEqual(num('2944667', 'kr'));
    expect(rowTexts(m, 'financing', 9).slice(5, 9)).toEqual(['368084', '368083', '368083', '368083']);
    // Bstad's three spare kronor go to Q2–Q4, after Alby's to Q1: every quarter's column is 4 417 000
    expect(rowTexts(m, 'financing', 10).slice(5, 9)).toEqual(['736166', '736167', '736167', '736167']);
    expect(rowTexts(m, 'financing', 11)).toEqual([
      'Totalt',
      '',
      '=SUM(C9:C10)→3000',
      '=SUM(D6:D10)→1',
      '=SUM(E6:E10)→17668000',
      '=SUM(F6:F10)→4417000',
      '=SUM(G6:G10)→4417000',
      '=SUM(H6:H10)→4417000',
      '=SUM(I6:I10)→4417000',
      '=SUM(J6:J10)→5889333',
      '=SUM(K6:K10)→5521251',
      '=SUM(L6:L10)→-368082',
    ]);
    expect(sheetOf(m, 'financing').rows[10].role).toBe('grandTotal');
  });

  it('plan for jan–apr against the booked contributions', () => {
    // FK: Q1 + Q2 booked 2 208 500 against 4 417 000 × 4/12 = 1 472 333
    expect(rowTexts(m, 'financing', 6).slice(9)).toEqual(['1472333', '2208500', '=K6-J6→736167']);
    expect(rowTexts(m, 'financing', 7).slice(9)).toEqual(['1472333', '1104250', '=K7-J7→-368083']);
    expect(rowTexts(m, 'financing', 9).slice(9)).toEqual(['490778', '368084', '=K9-J9→-122694']);
    expect(textAt(m, 'financing', 'A14')).toBe('Plan för perioden = helårsbelopp × 4/12, i hela kronor. Kvartalen är räkenskapsårets kvartal.');
    expect(textAt(m, 'financing', 'A15')).toBe('Bokförda bidrag per medlem enligt kolumnen Konto i Medlemsbidrag.');
  });

  it('checks: the plan adds up to the setting (a live difference) and every booked contribution has a member', () => {
    const total = m.checks.find((c) => c.key === 'financingPlanTotal')!;
    expect(total).toMatchObject({ status: 'ok', label: 'Finansieringsplanen summerar till Medlemsbidrag totalt' });
    const checks = sheetOf(m, 'checks');
    const row = checks.rows.find((r) => r.cells[0]?.kind === 'text' && r.cells[0].text === total.label)!;
    expect(row.cells[2]).toEqual({ kind: 'formula', formula: '{{financing}}!E11-17668000', value: '0', style: 'kr' });
    expect(m.checks.find((c) => c.key === 'financingBooked')).toMatchObject({
      status: 'ok',
      detail: 'Alla bokförda bidrag (5\u00a0521\u00a0251,00 kr) hör till en medlem',
    });
  });

  it('states for every formula the value it computes, and gives the plan in the JSON', () => {
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
    const data = m.statements.find((s) => s.key === 'financingPlan')!;
    expect(data.lines.map((l) => [l.key, l.values.amount, l.values.booked])).toEqual([
      ['Försäkringskassan', '4417000.00', '2208500.00'],
      ['Arbetsförmedlingen', '4417000.00', '1104250.00'],
      ['Västra Götalandsregionen', '4417000.00', '1104250.00'],
      ['Alby kommun', '1472333.00', '368084.00'],
      ['Bstads kommun', '2944667.00', '736167.00'],
      ['total', '17668000.00', '5521251.00'],
    ]);
  });

  it('speaks English', () => {
    const en = build([range('Medlemsbidrag', [[...membersHeader, 'Konto'], ...memberRows.map((r, i) => [...r, accounts[i]])])], 'en');
    expect(sheetOf(en, 'financing').name).toBe('Financing plan');
    expect(rowTexts(en, 'financing', 5).slice(0, 6)).toEqual(['Member', 'Owner', 'Population', 'Share', 'Amount full year 2024', 'Q1']);
    expect(textAt(en, 'financing', 'B6')).toBe('State');
  });
});

describe('Finansieringsplan with the Medlem column of Kontoplan', () => {
  const chart = range('Kontoplan', [
    ['Konto', 'Benämning', 'Avsnitt', 'Medlem'],
    ['1500-1599', 'Kundfordringar', 'Kortfristiga fordringar', null],
    ['3800-3899', 'Bidrag', 'Bidrag', null],
    [3810, 'Bidrag FK', 'Bidrag', 'försäkringskassan'],
    [3811, 'Bidrag AF', 'Bidrag', 'Arbetsförmedlingen'],
    ['3820-3829', 'Bidrag regionen', 'Bidrag', 'Västra Götalandsregionen'],
    [3830, 'Bidrag Alby', 'Bidrag', 'Alby kommun'],
    [3831, 'Bidrag B', 'Bidrag', 'Cstad'],
  ]);
  const r = buildReport({
    ranges: [ledger, chart, range('Medlemsbidrag', [membersHeader, ...memberRows]), settings({ Period: 4, 'Medlemsbidrag totalt': 17_668_000 })],
  });
  const m = r.model!;

  it('ties the accounts named; a Medlem the plan does not know is a warning at its cell', () => {
    expect(rowTexts(m, 'financing', 9).slice(9)).toEqual(['490778', '368084', '=K9-J9→-122694']);
    // Bstads kommun has no account: nothing booked is shown, not a zero
    expect(rowTexts(m, 'financing', 10).slice(9)).toEqual(['981556', '', '']);
    expect(textAt(m, 'financing', 'A15')).toBe('Bokförda bidrag per medlem enligt kolumnen Medlem i Kontoplan.');
    expect(r.problems.filter((p) => p.code === 'chartMemberUnknown')).toEqual([
      { severity: 'warning', code: 'chartMemberUnknown', range: 'Kontoplan', sheet: 'Kontoplan', cell: 'D8', value: 'Cstad' },
    ]);
    expect(m.checks.find((c) => c.key === 'financingBooked')).toMatchObject({
      status: 'warning',
      detail: 'Bidrag på 736\u00a0167,00 kr är bokförda på konton som inte hör till någon medlem: 3831',
    });
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });
});

describe("Finansieringsplan by the accounts' names, and without ties", () => {
  const chart = (names: string[]) =>
    range('Kontoplan', [
      ['Konto', 'Benämning', 'Avsnitt'],
      ['1500-1599', 'Kundfordringar', 'Kortfristiga fordringar'],
      ...[3810, 3811, 3820, 3830, 3831].map((a, i) => [a, names[i], 'Bidrag']),
    ]);
  const build2 = (names: string[]) =>
    buildReport({
      ranges: [ledger, chart(names), range('Medlemsbidrag', [membersHeader, ...memberRows]), settings({ Period: 4, 'Medlemsbidrag totalt': 17_668_000 })],
    }).model!;

  it("one account per member whose name contains the member's name", () => {
    const m = build2([
      'Bidrag Försäkringskassan',
      'Bidrag Arbetsförmedlingen',
      'Bidrag Västra Götalandsregionen',
      'Bidrag Alby kommun',
      'Bidrag Bstads kommun',
    ]);
    expect(rowTexts(m, 'financing', 10).slice(9)).toEqual(['981556', '736167', '=K10-J10→-245389']);
    expect(textAt(m, 'financing', 'A15')).toBe('Bokförda bidrag per medlem enligt kontonas namn (ett konto per medlem).');
  });

  it('no booked columns when a member has no account of its own, and the sheet says how to tie them', () => {
    const m = build2(['Bidrag Försäkringskassan', 'Bidrag staten', 'Bidrag Västra Götalandsregionen', 'Bidrag Alby kommun', 'Bidrag Bstads kommun']);
    expect(rowTexts(m, 'financing', 5)).toHaveLength(9);
    expect(textAt(m, 'financing', 'A15')).toMatch(/^Bokförda bidrag kan inte knytas till medlemmarna/);
    expect(m.checks.find((c) => c.key === 'financingBooked')).toMatchObject({ status: 'warning' });
  });
});

describe('no Medlemsbidrag range', () => {
  it('makes no financing sheet', () => {
    const m = buildReport({ ranges: [ledger, settings({ Period: 4, 'Medlemsbidrag totalt': 17_668_000 })] }).model!;
    expect(m.sheets.some((s) => s.key === 'financing')).toBe(false);
    expect(m.checks.some((c) => c.key.startsWith('financing'))).toBe(false);
  });
});
