/**
 * Project figures over the project's own period, by hand: a project crossing two fiscal
 * years (calendar years, and a fiscal year from July), rows before the start, after the end
 * and after the report period left out, project code before cost centre, actual vs
 * flat-rate by cost centre and by account, income without the owners' contributions.
 */
import { parseWorkbook } from '../../../src/core/input';
import type { ProjectRow } from '../../../src/core/input/projects';
import { projectFigures, toDate, type ProjectAccountKind } from '../../../src/core/plans/projects';
import type { RawCell } from '../../../src/core/input/types';
import { range } from '../../helpers/ranges';

const ledgerOf = (rows: RawCell[][]) => parseWorkbook({ ranges: [range('Huvudbok', [['Period', 'Konto', 'KST', 'Projekt', 'Belopp'], ...rows])] }).ledger;

/** Costs 4000–7999 and 8400–8999, income 3000–3999 and 8000–8399 except the contributions 3800–3899. */
const kindOf = (a: number): ProjectAccountKind =>
  a >= 3800 && a <= 3899
    ? 'none'
    : (a >= 3000 && a <= 3999) || (a >= 8000 && a <= 8399)
      ? 'income'
      : (a >= 4000 && a <= 7999) || (a >= 8400 && a <= 8999)
        ? 'cost'
        : 'none';

const project = (code: string, start: number, end: number, more: Partial<ProjectRow> = {}): ProjectRow => ({
  code,
  start,
  end,
  actualCostCentres: [],
  flatRateCostCentres: [],
  flatRateAccounts: [],
  sourceRow: 1,
  ...more,
});

const ore = (kr: number) => kr * 100;

describe('projectFigures', () => {
  const ledger = ledgerOf([
    ['2023-10', 5010, 3041, null, 1000], // before P1's start
    ['2023-11', 5010, 3041, null, 2000],
    ['2023-12', 5539, 3042, null, 500],
    ['2023-12', 3510, 3041, null, -1500],
    ['2023-12', 3810, 3041, null, -999], // contributions: not external income
    ['2023-12', 1920, null, 'P1', 1999], // a balance account: neither cost nor income
    ['2024-01', 5010, 3041, null, 3000],
    ['2024-02', 6110, 9999, 'P1', 400], // by project code, on another cost centre
    ['2024-02', 5539, 3042, 'P2', 700], // P1's cost centre, but P2's code: P2's
    ['2024-03', 5539, 3042, null, 800],
    ['2024-03', 7551, 3041, null, 250], // a flat-rate account
    ['2024-03', 3510, 3041, null, -2500],
    ['2024-04', 5010, 3041, null, 5000], // after the report period (jan–mar 2024)
  ]);
  const p1 = project('P1', 2023_11_01, 2024_10_31, {
    actualCostCentres: ['3041'],
    flatRateCostCentres: ['3042'],
    flatRateAccounts: [{ from: 7551, to: 7551 }],
    budget: ore(20_000),
  });
  const p2 = project('P2', 2024_02_01, 2025_01_31);
  const p0 = project('P0', 2023_01_01, 2024_12_31, { actualCostCentres: ['7777'] });
  const [f1, f2, f0] = projectFigures(ledger, [p1, p2, p0], kindOf, { year: 2024, period: 3, firstMonth: 1 });

  it('splits a project crossing two fiscal years into its part of each (nov–dec 2023, jan–mar 2024)', () => {
    expect(
      f1.spans.map((s) => ({
        fy: s.fiscalYear,
        from: s.from,
        to: s.to,
        now: s.isReportPeriod,
        actual: s.actualCosts,
        flat: s.flatRateCosts,
        income: s.income,
      })),
    ).toEqual([
      { fy: 2023, from: { year: 2023, month: 11 }, to: { year: 2023, month: 12 }, now: false, actual: ore(2000), flat: ore(500), income: ore(1500) },
      // 3 000 + 400 actual; 800 (cost centre 3042) + 250 (account 7551) flat-rate
      { fy: 2024, from: { year: 2024, month: 1 }, to: { year: 2024, month: 3 }, now: true, actual: ore(3400), flat: ore(1050), income: ore(2500) },
    ]);
    expect(toDate(f1)).toEqual({ actualCosts: ore(5400), flatRateCosts: ore(1550), income: ore(4000) });
    expect(f1.monthsElapsed).toBe(5);
    expect(f1.monthsTotal).toBe(12);
    expect(f1.ledgerCoversStart).toBe(true);
  });

  it("takes a row with another listed project's code for that project, not by cost centre", () => {
    expect(f2.spans).toHaveLength(1);
    expect(f2.spans[0]).toMatchObject({ fiscalYear: 2024, actualCosts: ore(700), flatRateCosts: 0, income: 0 });
  });

  it('knows when the ledger starts after the project (costs before then are missing)', () => {
    expect(f0.ledgerCoversStart).toBe(false);
    expect(f0.ledgerFirst).toEqual({ year: 2023, month: 10 });
    expect(f0.spans.map((s) => s.fiscalYear)).toEqual([2023, 2024]);
    expect(toDate(f0)).toEqual({ actualCosts: 0, flatRateCosts: 0, income: 0 });
  });

  it('has no spans for a project that starts after the report period', () => {
    const [late] = projectFigures(ledger, [project('L', 2024_06_01, 2025_05_31)], kindOf, { year: 2024, period: 3, firstMonth: 1 });
    expect(late.spans).toEqual([]);
    expect(late.monthsElapsed).toBe(0);
  });

  it('follows a fiscal year from July: mar–jun 2023 is 2022/23, jul 2023–feb 2024 is 2023/24', () => {
    const l = ledgerOf([
      ['2023-05', 5010, 3041, null, 100],
      ['2023-08', 5010, 3041, null, 200],
      ['2024-02', 5010, 3041, null, 300],
      ['2024-03', 5010, 3041, null, 400], // after the project's end
    ]);
    const [f] = projectFigures(l, [project('B', 2023_03_01, 2024_02_29, { actualCostCentres: ['3041'] })], kindOf, { year: 2023, period: 9, firstMonth: 7 });
    expect(f.spans.map((s) => [s.fiscalYear, `${s.from.year}-${s.from.month}`, `${s.to.year}-${s.to.month}`, s.actualCosts, s.isReportPeriod])).toEqual([
      [2022, '2023-3', '2023-6', ore(100), false],
      [2023, '2023-7', '2024-2', ore(500), true],
    ]);
  });
});
