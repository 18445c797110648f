/**
 * The checks a controller makes (issue 13): contributions against the financing plan,
 * accruals emptied at the period end, cost centres spending without a plan, forecasts below
 * the actual, the comparative year. Each fires once and stays quiet once; on the checks
 * sheet each status is a live formula whose computed text is the check's status.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../src/core/report';
import { readRanges } from '../helpers/xlsx';
import { seed004Ranges } from '../fixtures/seed004';
import type { RangeData, RawCell } from '../../src/core/input/types';
import type { CheckResult, ReportModel } from '../../src/core/model/types';
import { formatProblem } from '../../src/core/messages';
import { ModelEvaluator } from '../helpers/evalModel';
import { range, settings } from '../helpers/ranges';

function build(ranges: RangeData[], set: Record<string, RawCell> = {}): ReportModel {
  const r = buildReport({ ranges: [...ranges, settings({ Räkenskapsår: 2024, Period: 6, ...set })], generatedAt: new Date(2024, 6, 2, 8, 0) });
  if (!r.model) throw new Error(r.problems.map((p) => formatProblem(p, 'sv')).join('\n'));
  return r.model;
}

function check(m: ReportModel, key: string): CheckResult {
  const c = m.checks.find((x) => x.key === key);
  if (!c) throw new Error(`no check ${key}: ${m.checks.map((x) => x.key).join(', ')}`);
  // Amounts are written with no-break spaces; the expectations below with plain ones.
  return { ...c, detail: c.detail.replace(/\u00a0/g, ' ') };
}

/** The checks sheet's row of a check: its status formula evaluated, its figure, and every formula's stated value holds. */
function onSheet(m: ReportModel, key: string): { status: string; figure: string | null; formula?: string } {
  const c = check(m, key);
  const sheet = m.sheets.find((s) => s.key === 'checks')!;
  const r = sheet.rows.findIndex((row) => row.cells[0]?.kind === 'text' && row.cells[0].text === c.label);
  const ev = new ModelEvaluator(m);
  expect(ev.mismatches()).toEqual([]);
  const b = sheet.rows[r].cells[1];
  const fig = ev.valueOf('checks', `C${r + 1}`);
  return {
    status: String(ev.valueOf('checks', `B${r + 1}`)),
    figure: fig === null ? null : String(fig),
    ...(b.kind === 'formula' ? { formula: b.formula } : {}),
  };
}

describe('contributions against the financing plan for the period', () => {
  // Total 1 200 000 kr: FK and AF a quarter each (the state's half), the region a quarter,
  // the one municipality a quarter → 300 000 kr each, 75 000 kr a quarter. Jan–jun (6 of 12
  // months): 150 000 kr each, 600 000 kr together.
  const members = range('Medlemsbidrag', [
    ['Medlem', 'Huvudman', 'Befolkning', 'Konto'],
    ['Försäkringskassan', 'Stat', null, 3810],
    ['Arbetsförmedlingen', 'Stat', null, 3811],
    ['Regionen', 'Region', null, 3820],
    ['Alby kommun', 'Kommun', 1000, 3830],
  ]);
  const invoice = (month: string): RawCell[][] => [
    [month, 3810, -75_000],
    [month, 3811, -75_000],
    [month, 3820, -75_000],
    [month, 3830, -75_000],
    [month, 1510, 300_000],
  ];
  const ledger = (...months: string[]) => range('Huvudbok', [['Period', 'Konto', 'Belopp'], ...months.flatMap(invoice)]);
  const set = { 'Medlemsbidrag totalt': 1_200_000 };

  it('is quiet when the booked quarters match the plan (Q1 + Q2 = 600 000 = plan)', () => {
    const m = build([ledger('2024-01', '2024-04'), members], set);
    expect(check(m, 'contributionTiming').status).toBe('ok');
    expect(check(m, 'contributionTiming').detail).toContain('Bokfört 600 000,00 kr, plan jan–jun 2024 600 000,00 kr');
    expect(onSheet(m, 'contributionTiming')).toMatchObject({ status: 'OK', figure: '0' });
  });

  it('warns when a third quarter is booked ahead: 900 000 − 600 000 = 300 000 > 10 % of 600 000; per member +75 000; förutbetald intäkt', () => {
    const m = build([ledger('2024-01', '2024-04', '2024-06'), members], set);
    const c = check(m, 'contributionTiming');
    expect(c.status).toBe('warning');
    expect(c.detail).toContain('Bokfört 900 000,00 kr, plan jan–jun 2024 600 000,00 kr: skillnaden 300 000,00 kr är större än avvikelsegränsen 10 % av planen');
    expect(c.detail).toContain('Försäkringskassan +75 000,00, Arbetsförmedlingen +75 000,00, Regionen +75 000,00, Alby kommun +75 000,00');
    expect(c.detail).toContain('periodisera 300 000,00 kr som förutbetald intäkt');
    const s = onSheet(m, 'contributionTiming');
    expect(s).toMatchObject({ status: 'Varning', figure: '300000' });
    expect(s.formula).toMatch(/^IF\(ABS\(C\d+\)>0\.1\*ABS\(\{\{financing\}\}!J\d+\),"Varning","OK"\)$/);
  });

  it('warns when behind the plan beyond the threshold: only Q1 booked, 300 000 − 600 000 = −300 000; upplupen intäkt', () => {
    const m = build([ledger('2024-01'), members], set);
    expect(check(m, 'contributionTiming').status).toBe('warning');
    expect(check(m, 'contributionTiming').detail).toContain('boka 300 000,00 kr som upplupen intäkt');
    expect(onSheet(m, 'contributionTiming')).toMatchObject({ status: 'Varning', figure: '-300000' });
  });

  it('follows Avvikelsegräns: 300 000 is not more than 50 % of 600 000 (= 300 000)', () => {
    const m = build([ledger('2024-01'), members], { ...set, Avvikelsegräns: '50 %' });
    expect(check(m, 'contributionTiming').status).toBe('ok');
    expect(onSheet(m, 'contributionTiming').status).toBe('OK');
  });
});

describe('accrual accounts emptied at the period end', () => {
  // IB: 2991 upplupna kostnader −20 000 (credit), 1790 förutbetalda kostnader 5 000, cash 15 000.
  const ib = range('IngaendeBalans', [
    ['Konto', 'Belopp'],
    [1790, 5_000],
    [1930, 15_000],
    [2991, -20_000],
  ]);
  it('warns when 2991 and 1790 are reversed in January and not booked again: figure |−20 000| + |5 000| = 25 000', () => {
    const m = build([
      ib,
      range('Huvudbok', [
        ['Period', 'Konto', 'Belopp'],
        ['2024-01', 2991, 20_000],
        ['2024-01', 1790, -5_000],
        ['2024-01', 5410, -15_000],
      ]),
    ]);
    const c = check(m, 'accruals');
    expect(c.status).toBe('warning');
    expect(c.detail).toContain('(2 st.): 1790');
    expect(c.detail).toContain('(IB 5 000,00 kr)');
    expect(c.detail).toContain('2991');
    expect(c.detail).toContain('(IB −20 000,00 kr)');
    expect(onSheet(m, 'accruals')).toMatchObject({ status: 'Varning', figure: '25000', formula: expect.stringMatching(/^IF\(C\d+>0,"Varning","OK"\)$/) });
  });

  it('is quiet when the accrual is booked again in June (2991: −20 000 + 20 000 − 18 000 = −18 000; 1790 untouched)', () => {
    const m = build([
      ib,
      range('Huvudbok', [
        ['Period', 'Konto', 'Belopp'],
        ['2024-01', 2991, 20_000],
        ['2024-01', 5410, -20_000],
        ['2024-06', 2991, -18_000],
        ['2024-06', 5410, 18_000],
      ]),
    ]);
    expect(check(m, 'accruals').status).toBe('ok');
    expect(onSheet(m, 'accruals')).toMatchObject({ status: 'OK', figure: '0' });
  });
});

describe('cost centres and their forecasts', () => {
  // Jan–jun. KST 10: budget 12 000 for the year (6 000 for the period), spent 9 000.
  // KST 20: spent 4 000, no budget, no forecast. KST 30: spent 7 000, entered forecast 5 000.
  const ledger = range('Huvudbok', [
    ['Period', 'Konto', 'KST', 'Belopp'],
    ['2024-02', 5410, 10, 9_000],
    ['2024-02', 5410, 20, 4_000],
    ['2024-02', 5410, 30, 7_000],
    ['2024-02', 1930, '', -20_000],
  ]);
  const register = range('Kostnadsstallen', [
    ['Kod', 'Namn'],
    [10, 'Kansli'],
    [20, 'Insats'],
    [30, 'Projekt'],
  ]);
  const budget = (rows: RawCell[][]) => range('Budget', [['KST', 'Konto', 'Helår'], ...rows]);
  const forecast = (rows: RawCell[][]) => range('Prognos', [['KST', 'Helår'], ...rows]);

  it('warns about KST 20, which spends 4 000 without a budget or a forecast (figure −4 000)', () => {
    const m = build([ledger, register, budget([[10, 5410, 12_000]]), forecast([[30, 5_000]])]);
    const c = check(m, 'costCentreWithoutPlan');
    expect(c.status).toBe('warning');
    expect(c.detail).toBe('Nettokostnad utan budget och utan angiven prognos (1 st.): 20 (4 000,00 kr)');
    expect(onSheet(m, 'costCentreWithoutPlan')).toMatchObject({ status: 'Varning', figure: '-4000' });
  });

  it('is quiet when every spending cost centre has a budget or an entered forecast', () => {
    const m = build([
      ledger,
      register,
      budget([[10, 5410, 12_000]]),
      forecast([
        [20, 8_000],
        [30, 14_000],
      ]),
    ]);
    expect(check(m, 'costCentreWithoutPlan').status).toBe('ok');
    expect(onSheet(m, 'costCentreWithoutPlan')).toMatchObject({ status: 'OK', figure: '0' });
  });

  it('warns about an entered forecast below the actual and keeps it: KST 30 forecast −5 000 vs actual −7 000 → 2 000 below', () => {
    const m = build([
      ledger,
      register,
      budget([[10, 5410, 12_000]]),
      forecast([
        [20, 8_000],
        [30, 5_000],
      ]),
    ]);
    const c = check(m, 'forecastBelowActual');
    expect(c.status).toBe('warning');
    expect(c.detail).toContain('30 (prognos −5 000,00 kr, utfall −7 000,00 kr)');
    expect(onSheet(m, 'forecastBelowActual')).toMatchObject({ status: 'Varning', figure: '2000' });
    const kst = m.statements.find((s) => s.key === 'costCentres')!;
    expect(kst.lines.find((l) => l.key === '30')?.values.forecast).toBe('-5000.00');
  });

  it('is quiet when every entered forecast is at least the actual cost', () => {
    const m = build([
      ledger,
      register,
      budget([[10, 5410, 12_000]]),
      forecast([
        [20, 8_000],
        [30, 14_000],
      ]),
    ]);
    expect(check(m, 'forecastBelowActual').status).toBe('ok');
    expect(onSheet(m, 'forecastBelowActual')).toMatchObject({ status: 'OK', figure: '0' });
  });

  it('raises a computed forecast below the actual to the actual, whichever method', () => {
    // KST 10: budget 8 000 for the year, spent 9 000 by June.
    //   Budget:         forecast −8 000 → raised to −9 000.
    //   Utfall+budget:  −9 000 + (−8 000 − (−4 000)) = −13 000 → kept.
    //   Takt:           −9 000 ÷ 6 × 12 = −18 000 → kept.
    // KST 20 (no budget): Budget 0 and Utfall+budget −4 000 + 0 → −4 000; Takt −8 000.
    const forecastOf = (method: string, code: string) => {
      const m = build([ledger, register, budget([[10, 5410, 8_000]]), forecast([[30, 14_000]])], { Prognosmetod: method });
      return m.statements.find((s) => s.key === 'costCentres')!.lines.find((l) => l.key === code)?.values.forecast;
    };
    expect(['Budget', 'Utfall+budget', 'Takt'].map((meth) => forecastOf(meth, '10'))).toEqual(['-9000.00', '-13000.00', '-18000.00']);
    expect(['Budget', 'Utfall+budget', 'Takt'].map((meth) => forecastOf(meth, '20'))).toEqual(['-4000.00', '-4000.00', '-8000.00']);
    const m = build([
      ledger,
      register,
      budget([[10, 5410, 8_000]]),
      forecast([
        [20, 8_000],
        [30, 14_000],
      ]),
    ]);
    expect(check(m, 'forecastBelowActual').detail).toContain('har höjts till utfallet (1 st.): 10');
  });
});

describe('comparative year', () => {
  it('warns with a live status when the ledger has no rows for the year before (figure 0 rows)', () => {
    const m = build([
      range('Huvudbok', [
        ['Period', 'Konto', 'Belopp'],
        ['2024-01', 5410, 100],
        ['2024-01', 1930, -100],
      ]),
    ]);
    expect(check(m, 'prevYear').status).toBe('warning');
    expect(onSheet(m, 'prevYear')).toMatchObject({ status: 'Varning', figure: '0', formula: expect.stringMatching(/^IF\(C\d+=0,"Varning","OK"\)$/) });
  });

  it('is quiet with two rows of 2023', () => {
    const m = build([
      range('Huvudbok', [
        ['Period', 'Konto', 'Belopp'],
        ['2023-01', 5410, 100],
        ['2023-01', 1930, -100],
      ]),
    ]);
    expect(check(m, 'prevYear').status).toBe('ok');
    expect(onSheet(m, 'prevYear')).toMatchObject({ status: 'OK', figure: '2' });
  });
});

describe('the example and seed 004 show the new checks with the right statuses', () => {
  const statuses = (m: ReportModel) =>
    Object.fromEntries(
      ['contributionTiming', 'accruals', 'costCentreWithoutPlan', 'forecastBelowActual', 'prevYear'].map((k) => [k, m.checks.find((c) => c.key === k)?.status]),
    );

  it('the example: contributions ahead of the plan (11 100 002 vs 9 866 668), KST 3008 without a plan, accruals emptied', async () => {
    const read = await readRanges(readFileSync(join(__dirname, '..', '..', 'examples', 'exempelforbundet.xlsx')));
    const r = buildReport({ ranges: read.ranges, generatedAt: new Date(2024, 8, 2, 8, 0) });
    const m = r.model!;
    // Three quarterly invoices of 14 800 000 / 4 = 3 700 000 (+2 kr of rounding) = 11 100 002 booked; the plan for
    // jan–aug is each member's amount × 8/12 in whole kronor: 3 × 2 466 667 + 1 767 807 + 410 007 + 288 853 = 9 866 668.
    // 11 100 002 − 9 866 668 = 1 233 334 > 10 % × 9 866 668 = 986 666,8 → Varning.
    expect(statuses(m)).toEqual({
      contributionTiming: 'warning',
      accruals: 'warning',
      costCentreWithoutPlan: 'warning',
      forecastBelowActual: 'ok',
      prevYear: 'ok',
    });
    expect(check(m, 'contributionTiming').detail).toContain('Bokfört 11 100 002,00 kr, plan jan–aug 2024 9 866 668,00 kr: skillnaden 1 233 334,00 kr');
    expect(check(m, 'contributionTiming').detail).toContain('periodisera 1 233 334,00 kr som förutbetald intäkt');
    expect(onSheet(m, 'contributionTiming')).toMatchObject({ status: 'Varning', figure: '1233334' });
    // KST 3008: net cost 122 980 kr, no budget, no entered forecast.
    expect(check(m, 'costCentreWithoutPlan').detail).toBe('Nettokostnad utan budget och utan angiven prognos (1 st.): 3008 (122 980,00 kr)');
    expect(onSheet(m, 'costCentreWithoutPlan')).toMatchObject({ status: 'Varning', figure: '-122980' });
    // Its computed forecast (the full-year budget, 0) is raised to the actual.
    expect(m.statements.find((s) => s.key === 'costCentres')!.lines.find((l) => l.key === '3008')?.values.forecast).toBe('-122980.00');
  });

  it('seed 004: no year before in the ledger → Varning; the rest OK', () => {
    const m = buildReport({ ranges: seed004Ranges() }).model!;
    expect(statuses(m)).toEqual({ contributionTiming: undefined, accruals: 'ok', costCentreWithoutPlan: 'ok', forecastBelowActual: 'ok', prevYear: 'warning' });
    expect(onSheet(m, 'prevYear')).toMatchObject({ status: 'Varning', figure: '0' });
  });
});
