/**
 * The example workbook (src/example) through the whole report: every new sheet is there,
 * every formula of every sheet states the value it computes, and the new figures agree with
 * figures computed independently — the example's budget (made by the generator's own
 * statutory split), the income statement, the cost-centre follow-up and the raw ranges.
 */
import Decimal from 'decimal.js';
import { buildReport } from '../../../src/core/report';
import { exampleWorkbook, toRangeData } from '../../../src/example/exampleWorkbook';
import { ModelEvaluator } from '../../helpers/evalModel';
import { sheetOf } from './helpers';

const ranges = toRangeData(exampleWorkbook());
const result = buildReport({ ranges, generatedAt: new Date(2024, 8, 10, 9, 0) });
const m = result.model!;
const statement = (key: string) => m.statements.find((s) => s.key === key)!;
const rangeRows = (name: string) => ranges.find((r) => r.name === name)!.values.slice(1);

describe("the example workbook's report", () => {
  it('builds without errors and has the financing plan, participants and project sheets before the checks', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const keys = m.sheets.map((s) => s.key);
    expect(keys.slice(-4)).toEqual(['financing', 'participants', 'project:ESF-VV', 'checks']);
    expect(m.sheets.slice(-4).map((s) => s.name)).toEqual(['Finansieringsplan', 'Deltagare', 'Projekt ESF-VV', 'Kontroller']);
  });

  it('states for every formula cell of every sheet the value its formula computes', () => {
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });

  it('passes the new checks', () => {
    const mine = m.checks.filter((c) => /^(financing|participants|project:)/.test(c.key));
    expect(mine.map((c) => [c.key, c.status])).toEqual([
      ['financingPlanTotal', 'ok'],
      ['financingBooked', 'ok'],
      ['participantsRows', 'ok'],
      ['project:ESF-VV:coverage', 'ok'],
      ['project:ESF-VV:budget', 'ok'],
    ]);
  });

  it("financing plan = the budget's contributions (the generator's own split); booked = the income statement's contributions", () => {
    const plan = statement('financingPlan');
    const budget = rangeRows('Budget')
      .filter((r) => Number(r[1]) >= 3800 && Number(r[1]) <= 3899)
      .map((r) => new Decimal(-Number(r[2])).toFixed(2));
    expect(plan.lines.filter((l) => l.key !== 'total').map((l) => l.values.amount)).toEqual(budget);
    const total = plan.lines.find((l) => l.key === 'total')!;
    expect(total.values.amount).toBe('14800000.00');
    const contributions = statement('income').lines.find((l) => l.label === 'Erhållna bidrag från huvudmännen')!;
    expect(total.values.booked).toBe(contributions.values.actual);
  });

  it("participants: the sheet's totals are the sums of the Deltagare range", () => {
    const rows = rangeRows('Deltagare');
    const inYear = (y: string) => rows.filter((r) => String(r[0]).startsWith(`${y}-`) && Number(String(r[0]).slice(5)) <= 8);
    const sum = (rs: typeof rows, col: number) => rs.reduce((s, r) => s + Number(r[col] ?? 0), 0);
    const byMonth = statement('participantsByMonth');
    expect(byMonth.lines.reduce((s, l) => s + Number(l.values.registered), 0)).toBe(sum(inYear('2024'), 3));
    expect(byMonth.lines.reduce((s, l) => s + Number(l.values.ended), 0)).toBe(sum(inYear('2024'), 4));
    // last year's jan–aug beside it, per municipality, adding up to the range's own sum
    const byMunicipality = statement('participantsByMunicipality');
    expect(byMunicipality.lines.reduce((s, l) => s + Number(l.values.registeredPrevious), 0)).toBe(sum(inYear('2023'), 3));
    // per insats: every registration this year names one
    expect(statement('participantsByInsats').lines.map((l) => l.key)).toEqual(['3001', '3003', '3004', '3002']);
    expect(statement('participantsByInsats').lines.reduce((s, l) => s + Number(l.values.registered), 0)).toBe(sum(inYear('2024'), 3));
    expect(statement('participantsByMunicipality').lines.map((l) => l.key)).toEqual(['Åsby', 'Norrvik', 'Lindbacka']);
    expect(sheetOf(m, 'participants').charts).toHaveLength(1);
  });

  it("project: this period's co-financing is the net cost of its two cost centres; the project to date adds the year before", () => {
    const cc = statement('costCentres');
    const net = (code: string) => new Decimal(cc.lines.find((l) => l.key === code)!.values.actual!);
    const project = statement('project:ESF-VV');
    const cofinancing = project.lines.find((l) => l.key === 'cofinancing')!.values;
    expect(new Decimal(cofinancing.fy2024!).plus(net('3041')).plus(net('3042')).isZero()).toBe(true);
    expect(new Decimal(cofinancing.toDate!).minus(cofinancing.fy2023!).minus(cofinancing.fy2024!).isZero()).toBe(true);
    const flat = project.lines.find((l) => l.key === 'flatRateCosts')!.values;
    expect(new Decimal(flat.fy2024!).isPositive()).toBe(true);
  });

  it('the cost-centre follow-up carries both charts', () => {
    expect(sheetOf(m, 'costCentres').charts!.map((c) => c.kind)).toEqual(['bar', 'line']);
  });
});
