/** A fiscal year that starts in July: periods, labels, dates, monthly budget and comparatives. */
import { buildReport } from '../../src/core/report';
import { fiscalOf, calendarOf, lastDay, periodLabel } from '../../src/core/post/fiscal';
import { range, settings } from '../helpers/ranges';

describe('fiscal calendar', () => {
  it('maps calendar months to fiscal months and back', () => {
    expect(fiscalOf(2024, 7, 7)).toEqual({ year: 2024, month: 1 });
    expect(fiscalOf(2025, 6, 7)).toEqual({ year: 2024, month: 12 });
    expect(calendarOf(2024, 7, 7)).toEqual({ year: 2025, month: 1 });
    expect(lastDay(2024, 8, 7)).toBe('2025-02-28');
    expect(lastDay(2023, 8, 7)).toBe('2024-02-29');
    expect(periodLabel(2024, 8, 7, 'sv')).toBe('jul 2024–feb 2025');
    expect(periodLabel(2024, 1, 1, 'en')).toBe('Jan 2024');
  });
});

describe('report over a fiscal year starting in July', () => {
  const ledger = range('Huvudbok', [
    ['Period', 'Konto', 'KST', 'Belopp'],
    [202307, 5539, 1, 100],
    [202307, 1920, '', -100], // fiscal 2023, month 1: comparative
    [202406, 5539, 1, 999],
    [202406, 1920, '', -999], // fiscal 2023, month 12: not in the comparative period
    [202407, 5539, 1, 200],
    [202407, 1920, '', -200], // fiscal 2024, month 1
    [202409, 5539, 1, 300],
    [202409, 1920, '', -300], // fiscal 2024, month 3
    [202410, 5539, 1, 400],
    [202410, 1920, '', -400], // fiscal 2024, month 4: after the period
  ]);
  const budget = range('Budget', [
    ['KST', 'Konto', 'Helår', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'],
    // calendar months: Jul 10, Aug 20, Sep 30 are fiscal months 1–3
    [1, 5539, '', 1, 2, 3, 4, 5, 6, 10, 20, 30, 7, 8, 9],
  ]);
  const { model, problems } = buildReport({
    ranges: [ledger, budget, settings({ 'Första månad': 7, Räkenskapsår: 2024, Period: 3 })],
  });

  it('builds with the right period, dates and figures', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(model!.summary.periodLabel).toBe('jul–sep 2024');
    const income = model!.statements.find((s) => s.key === 'income')!;
    const line = income.lines.find((l) => l.label === 'Verksamhetsanknutna kostnader')!;
    expect(line.values).toMatchObject({ actual: '-500.00', budget: '-60.00', prev: '-100.00', budgetYear: '-105.00', prevYear: '-1099.00' });
    const bs = model!.statements.find((s) => s.key === 'balance')!;
    expect(bs.columns.map((c) => c.label)).toEqual(['Ingående balans 2024-07-01', 'Utgående balans 2024-09-30', 'Utgående balans 2023-09-30']);
    expect(model!.checks.find((c) => c.key === 'outsideRows')!.detail).toContain('2 rader efter perioden (senare månader 2024/2025) ingår inte');
  });
});
