/**
 * The whole core on a small ledger computed by hand (see the figures in the comments).
 */
import { buildReport } from '../../src/core/report';
import type { ReportModel, StatementData } from '../../src/core/model/types';
import { ModelEvaluator } from '../helpers/evalModel';
import { range, settings } from '../helpers/ranges';

const ledger = range('Huvudbok', [
  ['Datum', 'Ver', 'Konto', 'KST', 'Text', 'Belopp'],
  ['2023-02-01', 'A1', 5539, 3001, 'Köpt tjänst 2023', 8000],
  ['2023-02-01', 'A1', 1920, '', 'Betalning', -8000],
  ['2024-01-15', 'B1', 3810, 9000, 'Bidrag FK', -50000],
  ['2024-01-15', 'B1', 1920, '', 'Inbetalning', 50000],
  ['2024-02-10', 'B2', 5539, '3001', 'Faktura coach', '12 000,50'],
  ['2024-02-10', 'B2', 2411, '', 'Leverantörsskuld', '-12 000,50'],
  ['2024-03-05', 'B3', 2411, '', 'Betalning', 30000],
  ['2024-03-05', 'B3', 1920, '', 'Betalning', -30000],
  ['2024-03-20', 'B4', 7619, 1000, '=inte en formel', 1000.25],
  ['2024-03-20', 'B4', 1920, '', 'Betalning', -1000.25],
  ['2024-04-02', 'B5', 5539, 3001, 'Efter perioden', 5000],
  ['2024-04-02', 'B5', 2411, '', 'Efter perioden', -5000],
]);
const ib = range('IngaendeBalans', [
  ['Konto', 'Belopp'],
  [1920, 100000],
  [1511, 20000],
  [2010, -90000],
  [2411, -30000],
]);
const budget = range('Budget', [
  ['KST', 'Konto', 'Helår', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'],
  [3001, 5539, 48000],
  [9000, 3810, -200000],
  [1000, 7619, 1200, 100, 100, 1000, 0, 0, 0, 0, 0, 0, 0, 0, 0],
]);

function build(extra = {}) {
  const result = buildReport({
    ranges: [ledger, ib, budget, settings({ Organisation: 'Testförbundet', Räkenskapsår: 2024, Period: 3, ...extra })],
    generatedAt: new Date(2024, 3, 10, 9, 30),
  });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result.model!;
}

function line(model: ReportModel, statement: string, label: string): Record<string, string | null> {
  const s = model.statements.find((x) => x.key === statement) as StatementData;
  const l = s.lines.find((x) => x.label === label);
  if (!l) throw new Error(`${statement} has no line ${label}: ${s.lines.map((x) => x.label).join(' | ')}`);
  return l.values;
}

describe('buildReport on a hand-calculated ledger (jan–mar 2024)', () => {
  const model = build();

  it('computes the income statement: actual, budget, same period last year', () => {
    // RES3 = 50 000 − 12 000,50 − 1 000,25 = 36 999,25
    expect(line(model, 'income', 'Periodens resultat')).toMatchObject({ actual: '36999.25', budget: '36800.00', prev: '-8000.00', budgetYear: '150800.00' });
    // budget jan–mar: 3810 −200 000 × 3/12 = −50 000 → +50 000; 5539 48 000 × 3/12 = 12 000; 7619 months 100+100+1000
    expect(line(model, 'income', 'Erhållna bidrag från huvudmännen')).toMatchObject({ actual: '50000.00', budget: '50000.00' });
    expect(line(model, 'income', 'Verksamhetsanknutna kostnader')).toMatchObject({ actual: '-12000.50', budget: '-12000.00', prev: '-8000.00' });
    expect(line(model, 'income', 'Övriga kostnader')).toMatchObject({ actual: '-1000.25', budget: '-1200.00' });
    expect(line(model, 'income', 'Verksamhetens nettokostnad')).toMatchObject({ actual: '-13000.75' });
  });

  it('computes the balance sheet and it balances', () => {
    // 1920: 100 000 + 50 000 − 30 000 − 1 000,25 = 118 999,75
    expect(line(model, 'balance', 'Likvida medel')).toMatchObject({ opening: '100000.00', closing: '118999.75' });
    expect(line(model, 'balance', 'Summa tillgångar')).toMatchObject({ opening: '120000.00', closing: '138999.75' });
    expect(line(model, 'balance', 'Periodens resultat')).toMatchObject({ opening: '0.00', closing: '36999.25' });
    // 2411: 30 000 + 12 000,50 − 30 000 = 12 000,50
    expect(line(model, 'balance', 'Kortfristiga skulder')).toMatchObject({ opening: '30000.00', closing: '12000.50' });
    expect(line(model, 'balance', 'Summa eget kapital, avsättningar och skulder')).toMatchObject({ opening: '120000.00', closing: '138999.75' });
    expect(model.summary.balanced).toBe(true);
    expect(model.summary.result).toBe('36999.25');
  });

  it('computes the cash-flow statement so that it equals the change of cash', () => {
    expect(line(model, 'cashflow', 'Periodens resultat').amount).toBe('36999.25');
    expect(line(model, 'cashflow', 'Kortfristiga skulder (ökning +, minskning −)').amount).toBe('-17999.50');
    expect(line(model, 'cashflow', 'Förändring av likvida medel').amount).toBe('18999.75');
    expect(line(model, 'cashflow', 'Likvida medel vid periodens slut').amount).toBe('118999.75');
  });

  it('follows up cost centres with budget, forecast at full-year budget and last year', () => {
    const cc = model.statements.find((s) => s.key === 'costCentres')!;
    const byCode = Object.fromEntries(cc.lines.map((l) => [l.key, l.values]));
    expect(byCode['3001']).toEqual({ actual: '-12000.50', budget: '-12000.00', forecast: '-48000.00', budgetYear: '-48000.00', prev: '-8000.00' });
    // contributions are shown once, below the cost centres; 9000 holds nothing else and is not listed
    expect(byCode['9000']).toBeUndefined();
    expect(byCode.contributions).toMatchObject({ actual: '50000.00', budget: '50000.00', forecast: '200000.00' });
    expect(byCode['1000']).toMatchObject({ actual: '-1000.25', budget: '-1200.00', forecast: '-1200.00' });
  });

  it('passes every check and reports rows after the period', () => {
    const bad = model.checks.filter((c) => c.status === 'error');
    expect(bad).toEqual([]);
    const outside = model.checks.find((c) => c.key === 'outsideRows')!;
    expect(outside.detail).toContain('2 rader efter perioden (senare månader 2024) ingår inte');
  });

  it('states for every formula cell the value its formula computes', () => {
    expect(new ModelEvaluator(model).mismatches()).toEqual([]);
  });

  it('writes text from the data as text, never as a formula', () => {
    const texts = model.sheets.flatMap((s) => s.rows.flatMap((r) => r.cells)).filter((c) => c.kind === 'formula' && c.formula.includes('inte en formel'));
    expect(texts).toEqual([]);
  });

  it('forecasts by run rate and by actual plus remaining budget when asked', () => {
    const runRate = build({ Prognosmetod: 'Takt' });
    const cc = runRate.statements.find((s) => s.key === 'costCentres')!;
    // 3001: −12 000,50 / 3 × 12 = −48 002,00
    expect(cc.lines.find((l) => l.key === '3001')!.values.forecast).toBe('-48002.00');
    const apb = build({ Prognosmetod: 'Utfall+budget' });
    // 3001: −12 000,50 + (−48 000 − −12 000) = −48 000,50
    expect(apb.statements.find((s) => s.key === 'costCentres')!.lines.find((l) => l.key === '3001')!.values.forecast).toBe('-48000.50');
  });

  it('lays out the sheets in Swedish with the period in the titles', () => {
    const names = model.sheets.map((s) => s.name);
    // The report opens with the förvaltningsberättelse (issue 12).
    expect(names.slice(0, 7)).toEqual([
      'Förvaltningsberättelse',
      'Ekonomisk sammanfattning',
      'Resultaträkning',
      'Balansräkning',
      'Finansieringsanalys',
      'Noter',
      'Uppföljning KST',
    ]);
    expect(names).toContain('Kontroller');
    const is = model.sheets.find((s) => s.key === 'income')!;
    expect(is.rows[1].cells[0]).toEqual({ kind: 'text', text: 'Resultaträkning jan–mar 2024' });
    expect(is.rows[4].cells.map((c) => (c.kind === 'text' ? c.text : ''))).toEqual([
      '',
      'Budget jan–mar 2024',
      'Utfall jan–mar 2024',
      'Avvikelse',
      'Utfall jan–mar 2023',
      'Budget helår 2024',
      'Not',
    ]);
  });

  it('speaks English when asked', () => {
    const en = build({ Språk: 'en' });
    expect(en.sheets.map((s) => s.name)).toContain('Income statement');
    expect(en.sheets[0].name).toBe('Administration report');
    expect(line(en, 'income', 'Result for the period').actual).toBe('36999.25');
  });
});
