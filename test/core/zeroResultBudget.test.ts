/**
 * Issue 15 on a workbook as a new user writes it: a samordningsförbund that budgets a zero
 * result ("Årets resultat ska enligt verksamhetsplan ge ett nollresultat", seed 000), reported
 * through April. Contributions and costs are equal for the full year, but row by row their
 * April budgets round differently:
 *   contributions 8 834 000,00 + 4 417 000,00 + 4 417 000,00 = 17 668 000,00, × 4/12 per row
 *     = 2 944 666,67 + 1 472 333,33 + 1 472 333,33 = 5 889 333,33
 *   costs 5 × 1 000 000,01 + 12 667 999,95 − 500,00 + 500,00 (the two small rows cancel)
 *     = 17 668 000,00, × 4/12 per row = 5 × 333 333,34 + 4 222 666,65 − 166,67 + 166,67
 *     = 5 889 333,35
 * so a per-row periodisation budgets a period result of −0,02 (and Avvikelse % of the result
 * row showed 1 086 664 250 %), and the token budget of 500 kr for cost centre 40 gives its
 * 20 000 kr of costs a variance of −11 900 %. The workbook also has a project with a 500 kr
 * budget (4 000 % used) and a municipality expecting 2 participants a year (1 800 %).
 */
import Decimal from 'decimal.js';
import { buildReport } from '../../src/core/report';
import type { CellValue, ReportModel } from '../../src/core/model/types';
import { ModelEvaluator } from '../helpers/evalModel';
import { zeroResultWorkbook } from '../fixtures/zeroResult';

function build(): ReportModel {
  const r = buildReport({ ranges: zeroResultWorkbook(), generatedAt: new Date(2024, 4, 2, 8, 0) });
  if (!r.model) throw new Error(JSON.stringify(r.problems));
  return r.model;
}

const sheet = (m: ReportModel, key: string) => m.sheets.find((s) => s.key === key)!;
const labelRow = (m: ReportModel, key: string, label: string) => {
  const isLabel = (c: CellValue | undefined) => c?.kind === 'text' && c.text === label;
  const i = sheet(m, key).rows.findIndex((r) => isLabel(r.cells[0]) || isLabel(r.cells[1]));
  if (i < 0) throw new Error(`no row ${label} on ${key}`);
  return i;
};
const valueOf = (c: CellValue | undefined) => (c && (c.kind === 'number' || c.kind === 'formula') ? c.value : undefined);

describe('a budget that plans a zero result (issue 15)', () => {
  const m = build();
  const income = m.statements.find((s) => s.key === 'income')!;
  const line = (key: string) => income.lines.find((l) => l.key === key)!;

  it('budgets a period result of exactly 0,00 on the income statement', () => {
    expect(line('RES3').values.budgetYear).toBe('0.00');
    expect(line('RES3').values.budget).toBe('0.00');
    const res3 = labelRow(m, 'income', 'Periodens resultat');
    expect(valueOf(sheet(m, 'income').rows[res3].cells[1])).toBe('0');
    // contributions and costs each periodised once: 17 668 000,00 × 4/12 = 5 889 333,33
    expect(line('contributions:0').values.budget).toBe('5889333.33');
    expect(line('expensesTotal').values.budget).toBe('-5889333.33');
  });

  it('and on Uppföljning KST, the summary and the monthly result chart', () => {
    const ccs = sheet(m, 'costCentres');
    const result = labelRow(m, 'costCentres', 'Resultat');
    expect(valueOf(ccs.rows[result].cells[3])).toBe('0');
    const summary = sheet(m, 'summary');
    expect(valueOf(summary.rows[labelRow(m, 'summary', 'Resultat')].cells[2])).toBe('0');
    // the chart data (right of the table: Månad, result and budget cumulated, result and budget
    // of the month): the budgeted result month by month and cumulated is zero in every month
    const header = ccs.rows.findIndex((r) => r.cells.some((c) => c.kind === 'text' && c.text === 'Månad'));
    const col = ccs.rows[header].cells.findIndex((c) => c.kind === 'text' && c.text === 'Månad');
    expect(col).toBeGreaterThan(10);
    for (let r = header + 1; r < header + 13; r++) {
      const cells = ccs.rows[r].cells;
      expect([valueOf(cells[col + 2]), valueOf(cells[col + 4])]).toEqual(['0', '0']);
    }
  });

  it('every total is next to its exact periodised amount and every formula states what it computes', () => {
    const totals = income.lines.filter((l) => l.kind === 'sum');
    for (const l of totals) {
      const exact = new Decimal(l.values.budgetYear!).times(4).div(12);
      expect({ key: l.key, ok: exact.minus(l.values.budget!).abs().lessThan('0.01') }).toEqual({ key: l.key, ok: true });
    }
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });

  it('shows Avvikelse % only against a budget of at least 1 % of the cost budget (58 893 kr): not on the result, not on the token budget', () => {
    const ccs = sheet(m, 'costCentres');
    const pct = (label: string) => ccs.rows[labelRow(m, 'costCentres', label)].cells[5];
    // 1 % of 5 889 333,33, in whole kronor
    expect(pct('Resultat')).toEqual({
      kind: 'formula',
      formula: `IF(ABS(D${labelRow(m, 'costCentres', 'Resultat') + 1})<58893,"",E${labelRow(m, 'costCentres', 'Resultat') + 1}/ABS(D${labelRow(m, 'costCentres', 'Resultat') + 1}))`,
      value: '',
      style: 'percent',
    });
    // Utbildning's computed forecast was below its actual: raised, and marked ** (issue 13)
    expect(valueOf(pct('Utbildning **'))).toBe('');
    expect(valueOf(pct('Aktiv Kraft'))).not.toBe('');
    expect(valueOf(pct('Kansli'))).not.toBe('');
    const notes = ccs.rows.filter((r) => r.role === 'subtitle').map((r) => (r.cells[0]?.kind === 'text' ? r.cells[0].text : ''));
    expect(notes.some((n) => n.includes('Avvikelse % lämnas tom när periodens budget är under 58\u00a0893 kr'))).toBe(true);
  });

  it('the over-budget highlight follows the rule: it looks for a number, and an empty percentage is none', () => {
    const ccs = sheet(m, 'costCentres');
    const rule = ccs.conditional![0];
    const first = Number(/\d+/.exec(rule.range)![0]);
    const ev = new ModelEvaluator(m);
    const highlighted = (row: number) => ev.evaluate('costCentres', rule.formula.replace(/\$/g, '').replace(new RegExp(`(F)${first}\\b`, 'g'), `$1${row}`));
    const row = (label: string) => labelRow(m, 'costCentres', label) + 1;
    // Utbildning is 19 833 kr over a 167 kr budget: no percentage, so no highlight
    expect(highlighted(row('Utbildning **'))).toBe(false);
    // Aktiv Kraft spent 1 450 000 against 666 666,67: −117 %, highlighted
    expect(highlighted(row('Aktiv Kraft'))).toBe(true);
  });

  it("leaves the project's share used and the small municipality's utilisation empty, and shows the others", () => {
    const project = sheet(m, 'project:UTB');
    const used = labelRow(m, 'project:UTB', 'Förbrukat av projektbudgeten');
    expect(valueOf(project.rows[used].cells[1])).toBe('');
    const part = sheet(m, 'participants');
    const util = (label: string) => valueOf(part.rows[labelRow(m, 'participants', label)].cells[8]);
    expect(util('Mark')).toBe('');
    expect(util('Borås')).toBe('0.875'); // 35 ÷ (120 × 4/12)
  });

  it('no percentage cell in any sheet is beyond ±1 000 %', () => {
    const ev = new ModelEvaluator(m);
    const wild: string[] = [];
    for (const s of m.sheets) {
      s.rows.forEach((r, i) =>
        r.cells.forEach((c, j) => {
          if ((c.kind === 'formula' || c.kind === 'number') && c.style === 'percent' && c.value !== '' && new Decimal(c.value).abs().greaterThan(10))
            wild.push(`${s.key}!R${i + 1}C${j + 1}=${c.value}`);
        }),
      );
    }
    expect(wild).toEqual([]);
    expect(ev.mismatches()).toEqual([]);
  });
});
