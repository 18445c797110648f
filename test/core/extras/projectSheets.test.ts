/**
 * Golden tests of the project sheets through buildReport: an ESF project from 2023-11-01 to
 * 2024-10-31 (crossing two fiscal years) reported through March 2024, with actual costs on
 * cost centre 3041, flat-rate costs on 3042 and the ESF's payments as income; figures by hand.
 */
import { buildReport } from '../../../src/core/report';
import type { RangeData, RawCell } from '../../../src/core/input/types';
import type { ReportModel } from '../../../src/core/model/types';
import { ModelEvaluator } from '../../helpers/evalModel';
import { range, settings } from '../../helpers/ranges';
import { cellAt, fx, num, rowTexts, sheetOf, textAt } from './helpers';

/** A ledger row and its counter-entry on the bank account. */
const pair = (period: string, account: number, cc: number | null, amount: number): RawCell[][] => [
  [period, account, cc, amount],
  [period, 1920, null, -amount],
];

const ledger = range('Huvudbok', [
  ['Period', 'Konto', 'Kostnadsställe', 'Belopp'],
  ...pair('2022-05', 5010, 3041, 999), // years before: outside the report, and before the project
  ...pair('2023-11', 5010, 3041, 2000),
  ...pair('2023-12', 5539, 3042, 500),
  ...pair('2023-12', 3510, 3041, -1500),
  ...pair('2024-01', 5010, 3041, 3000),
  ...pair('2024-02', 5539, 3042, 800),
  ...pair('2024-03', 3510, 3041, -2500),
]);

const projectHeader = ['Kod', 'Namn', 'Startdatum', 'Slutdatum', 'Finansiär', 'Budget', 'Faktiska KST', 'Schablon KST'];

function build(projects: RawCell[][], extra: RangeData[] = []): ReportModel {
  const r = buildReport({
    ranges: [ledger, settings({ Organisation: 'Sjuhärad', Räkenskapsår: 2024, Period: 3 }), range('Projekt', [projectHeader, ...projects]), ...extra],
    generatedAt: new Date(2024, 3, 2, 8, 0),
  });
  if (!r.model) throw new Error(JSON.stringify(r.problems));
  return r.model;
}

describe('a project crossing two fiscal years', () => {
  const m = build([['ESF1', 'Space', '2023-11-01', '2024-10-31', 'Europeiska socialfonden', 20_000, 3041, '3042']]);
  const key = 'project:ESF1';

  it('one sheet named for the project, with its facts', () => {
    expect(sheetOf(m, key).name).toBe('Projekt ESF1');
    expect(textAt(m, key, 'A2')).toBe('Projektuppföljning ESF1 Space');
    expect(textAt(m, key, 'A3')).toBe('Skapad 2024-04-02 08:00 av finsam-rapport · Belopp i kr · Kostnader och intäkter visas som positiva belopp.');
    expect(rowTexts(m, key, 5)).toEqual(['Finansiär', 'Europeiska socialfonden']);
    expect(rowTexts(m, key, 6)).toEqual(['Projektperiod', '2023-11-01 – 2024-10-31']);
    expect(rowTexts(m, key, 7)).toEqual(['Redovisat till och med', '2024-03-31']);
    expect(rowTexts(m, key, 8)).toEqual(['Kostnadsställen, faktiska kostnader', '3041']);
    expect(rowTexts(m, key, 9)).toEqual(['Kostnadsställen, schablonbaserade kostnader', '3042']);
  });

  it("a column per fiscal year of the project, this period's part last, and the project to date", () => {
    expect(rowTexts(m, key, 11)).toEqual(['', 'nov–dec 2023', 'jan–mar 2024 (denna period)', 'Projektet hittills']);
    expect(rowTexts(m, key, 12)).toEqual(['Faktiska kostnader', '2000', '3000', '=SUM(B12:C12)→5000']);
    expect(rowTexts(m, key, 13)).toEqual(['Schablonbaserade kostnader', '500', '800', '=SUM(B13:C13)→1300']);
    expect(rowTexts(m, key, 14)).toEqual(['Summa kostnader', '=SUM(B12:B13)→2500', '=SUM(C12:C13)→3800', '=SUM(D12:D13)→6300']);
    expect(rowTexts(m, key, 15)).toEqual(['Externa intäkter', '1500', '2500', '=SUM(B15:C15)→4000']);
    expect(rowTexts(m, key, 16)).toEqual(['Förbundets medfinansiering (kostnader − externa intäkter)', '=B14-B15→1000', '=C14-C15→1300', '=D14-D15→2300']);
    expect(cellAt(m, key, 'B12')).toEqual(num('2000', 'kr'));
    expect(sheetOf(m, key).rows[13].role).toBe('total');
    expect(sheetOf(m, key).rows[15].role).toBe('grandTotal');
  });

  it('the project to date against the budget for the whole project period', () => {
    expect(rowTexts(m, key, 18)).toEqual(['Budget hela projektperioden', '20000']);
    expect(rowTexts(m, key, 19)).toEqual(['Kostnader hittills', '=D14→6300']);
    expect(rowTexts(m, key, 20)).toEqual(['Kvar av projektbudgeten', '=B18-B19→13700']);
    // no Budget range: the percentage threshold is its floor, 1 000 kr (layout/percentRule.ts)
    expect(cellAt(m, key, 'B21')).toEqual(fx('IF(ABS(B18)<1000,"",B19/B18)', '0.315', 'percent'));
    // nov 2023 – mar 2024 is 5 of the project's 12 months
    expect(rowTexts(m, key, 22)[0]).toBe('Förbrukad projekttid');
    expect((cellAt(m, key, 'B22') as { value: string }).value.slice(0, 8)).toBe('0.416666');
  });

  it("this period's part agrees with the cost-centre follow-up: co-financing = −(3041 + 3042 net)", () => {
    const cc = m.statements.find((s) => s.key === 'costCentres')!;
    const net = (code: string) => Number(cc.lines.find((l) => l.key === code)!.values.actual);
    expect(net('3041') + net('3042')).toBe(-1300);
    const data = m.statements.find((s) => s.key === key)!;
    expect(data.columns.map((c) => c.key)).toEqual(['fy2023', 'fy2024', 'toDate', 'budget']);
    expect(data.lines.find((l) => l.key === 'cofinancing')!.values).toEqual({ fy2023: '1000.00', fy2024: '1300.00', toDate: '2300.00' });
    expect(data.lines.find((l) => l.key === 'costs')!.values.budget).toBe('20000.00');
  });

  it('checks: the ledger reaches back to the start, costs within the budget; every formula states its value', () => {
    expect(m.checks.find((c) => c.key === 'project:ESF1:coverage')).toMatchObject({ status: 'ok', detail: 'Huvudboken börjar maj 2022, projektet 2023-11-01' });
    expect(m.checks.find((c) => c.key === 'project:ESF1:budget')).toMatchObject({ status: 'ok', detail: '6\u00a0300,00 kr av 20\u00a0000,00 kr' });
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });
});

describe('a project that started before the ledger, over its budget', () => {
  const m = build([['P0', 'Gammalt', '2021-01-01', '2024-12-31', null, 1000, '3041, 3042', null]]);

  it('warns that earlier costs are missing and that the budget is exceeded', () => {
    expect(rowTexts(m, 'project:P0', 9)).toEqual(['', 'jan–dec 2021', 'jan–dec 2022', 'jan–dec 2023', 'jan–mar 2024 (denna period)', 'Projektet hittills']);
    expect(rowTexts(m, 'project:P0', 10)).toEqual(['Faktiska kostnader', '0', '999', '2500', '3800', '=SUM(B10:E10)→7299']);
    expect(m.checks.find((c) => c.key === 'project:P0:coverage')).toMatchObject({ status: 'warning' });
    expect(m.checks.find((c) => c.key === 'project:P0:coverage')!.detail).toBe(
      'Huvudboken börjar maj 2022: projektets bokningar före dess saknas i "Projektet hittills".',
    );
    expect(m.checks.find((c) => c.key === 'project:P0:budget')).toMatchObject({ status: 'warning' });
    const texts = sheetOf(m, 'project:P0').rows.map((r) => (r.cells[0]?.kind === 'text' ? r.cells[0].text : ''));
    expect(texts).toContain('Huvudboken börjar maj 2022: projektets bokningar före dess saknas i "Projektet hittills".');
  });
});

describe('a project with a token budget (issue 15)', () => {
  it('shows no share used against a budget under the percentage threshold, and says why', () => {
    const m = build([['P9', 'Litet', '2024-01-01', '2024-12-31', null, 999.99, '3041', null]]);
    const texts = sheetOf(m, 'project:P9').rows.map((r) => (r.cells[0]?.kind === 'text' ? r.cells[0].text : ''));
    const used = texts.indexOf('Förbrukat av projektbudgeten') + 1;
    expect(used).toBeGreaterThan(0);
    // 5 500 kr of costs against 999,99 kr would be 550 %
    expect(rowTexts(m, 'project:P9', used)).toEqual(['Förbrukat av projektbudgeten', `=IF(ABS(B${used - 3})<1000,"",B${used - 2}/B${used - 3})→`]);
    expect(texts[used]).toBe(
      'Förbrukat av projektbudgeten visas bara mot en budget på minst 1\u00a0000 kr (1 % av periodens budget för verksamhetens kostnader, minst 1 000 kr).',
    );
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });
});

describe('a project that has not started', () => {
  it('says so and has no table', () => {
    const m = build([['NY', 'Nytt', '2024-06-01', '2025-05-31', null, null, 3041, null]]);
    expect(textAt(m, 'project:NY', 'A9')).toBe('Projektet har inte startat före periodens slut.');
    expect(m.checks.some((c) => c.key.startsWith('project:NY'))).toBe(false);
  });
});

describe('more than five projects', () => {
  const rows = Array.from({ length: 6 }, (_, i) => [`P${i + 1}`, `Projekt ${i + 1}`, '2024-01-01', '2024-12-31', null, null, i === 0 ? 3041 : null, null]);
  const m = build(rows);

  it('go on one sheet, a block per project under its heading', () => {
    expect(m.sheets.filter((s) => s.key.startsWith('project'))).toHaveLength(1);
    const s = sheetOf(m, 'projects');
    expect(s.name).toBe('Projekt');
    expect(textAt(m, 'projects', 'A2')).toBe('Projektuppföljning jan–mar 2024');
    const headings = s.rows.filter((r) => r.role === 'section').map((r) => (r.cells[0] as { text: string }).text);
    expect(headings).toEqual(['P1 Projekt 1', 'P2 Projekt 2', 'P3 Projekt 3', 'P4 Projekt 4', 'P5 Projekt 5', 'P6 Projekt 6']);
    expect(m.statements.filter((x) => x.key.startsWith('project:'))).toHaveLength(6);
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });
});
