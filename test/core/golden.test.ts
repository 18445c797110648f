/**
 * Golden tests of the report model: the cells of the income statement, balance sheet and
 * cash-flow sheets, read by address, for a small ledger whose figures are computed by hand.
 */
import { buildReport } from '../../src/core/report';
import type { CellValue, ReportModel } from '../../src/core/model/types';
import { range, settings } from '../helpers/ranges';

function model(): ReportModel {
  const r = buildReport({
    ranges: [
      range('Huvudbok', [
        ['Period', 'Konto', 'Belopp'],
        ['2024-01', 3810, -1000],
        ['2024-01', 1920, 1000],
        ['2024-02', 5539, 300],
        ['2024-02', 1920, -300],
        ['2023-01', 5539, 100],
        ['2023-01', 1920, -100],
      ]),
      range('IngaendeBalans', [
        ['Konto', 'Belopp'],
        [1920, 500],
        [2010, -500],
      ]),
      settings({ Organisation: 'Guldförbundet', Period: 2 }),
    ],
    generatedAt: new Date(2024, 2, 1, 8, 0),
  });
  return r.model!;
}

function cellAt(m: ReportModel, sheet: string, a1: string): CellValue | undefined {
  const s = m.sheets.find((x) => x.key === sheet)!;
  const [, col, row] = /^([A-Z])(\d+)$/.exec(a1)!;
  return s.rows[Number(row) - 1]?.cells[col.charCodeAt(0) - 65];
}

const txt = (m: ReportModel, sheet: string, a1: string) => {
  const c = cellAt(m, sheet, a1);
  return c?.kind === 'text' ? c.text : undefined;
};

describe('golden report model', () => {
  const m = model();

  it('income statement: rows, values and formulas by address', () => {
    // Row 5 header; 6 Verksamhetens intäkter; 7 Intäkter 0; 8 Summa; 9 kostnader heading;
    // 10 Verksamhetsanknutna kostnader −300; 11 Summa kostnader; 12 RES1; 13 bidrag 1 000;
    // 14 fin. intäkter; 15 fin. kostnader; 16 Summa bidrag och fin.; 17 RES2; 18, 19 extraord.; 20 RES3.
    expect(txt(m, 'income', 'A1')).toBe('Guldförbundet');
    expect(txt(m, 'income', 'A2')).toBe('Resultaträkning jan–feb 2024');
    expect(txt(m, 'income', 'A3')).toBe('Skapad 2024-03-01 08:00 av finsam-rapport · Belopp i kr');
    expect(txt(m, 'income', 'C5')).toBe('Utfall jan–feb 2024');
    expect(txt(m, 'income', 'A10')).toBe('Verksamhetsanknutna kostnader');
    expect(cellAt(m, 'income', 'C10')).toEqual({ kind: 'number', value: '-300', style: 'kr' });
    expect(cellAt(m, 'income', 'E10')).toEqual({ kind: 'number', value: '-100', style: 'kr' });
    expect(cellAt(m, 'income', 'C11')).toEqual({ kind: 'formula', formula: 'SUM(C10)', value: '-300', style: 'kr' });
    expect(cellAt(m, 'income', 'C12')).toEqual({ kind: 'formula', formula: 'SUM(C8,C11)', value: '-300', style: 'kr' });
    expect(txt(m, 'income', 'A13')).toBe('Erhållna bidrag från huvudmännen');
    expect(cellAt(m, 'income', 'C16')).toEqual({ kind: 'formula', formula: 'SUM(C13:C15)', value: '1000', style: 'kr' });
    expect(txt(m, 'income', 'A20')).toBe('Periodens resultat');
    expect(cellAt(m, 'income', 'C20')).toEqual({ kind: 'formula', formula: 'SUM(C17:C19)', value: '700', style: 'kr' });
    // no budget range: budget and variance cells are empty
    expect(cellAt(m, 'income', 'B20')).toEqual({ kind: 'empty' });
    expect(cellAt(m, 'income', 'D20')).toEqual({ kind: 'empty' });
    expect(m.sheets.find((s) => s.key === 'income')!.rows[19].role).toBe('grandTotal');
    expect(m.sheets.find((s) => s.key === 'income')!.freeze).toEqual({ rows: 5, cols: 1 });
  });

  it('balance sheet: change is a formula, closing includes the result', () => {
    const bs = m.sheets.find((s) => s.key === 'balance')!;
    const labels = bs.rows.map((r) => (r.cells[0]?.kind === 'text' ? r.cells[0].text : ''));
    const cash = labels.indexOf('Likvida medel') + 1;
    expect(cellAt(m, 'balance', `B${cash}`)).toEqual({ kind: 'number', value: '500', style: 'kr' });
    expect(cellAt(m, 'balance', `C${cash}`)).toEqual({ kind: 'formula', formula: `D${cash}-B${cash}`, value: '700', style: 'kr' });
    expect(cellAt(m, 'balance', `D${cash}`)).toEqual({ kind: 'number', value: '1200', style: 'kr' });
    const result = labels.indexOf('Periodens resultat') + 1;
    expect(cellAt(m, 'balance', `D${result}`)).toEqual({ kind: 'number', value: '700', style: 'kr' });
    const total = labels.indexOf('Summa eget kapital, avsättningar och skulder') + 1;
    expect((cellAt(m, 'balance', `D${total}`) as { value: string }).value).toBe('1200');
    expect(txt(m, 'balance', 'B5')).toBe('Ingående balans 2024-01-01');
    expect(txt(m, 'balance', 'D5')).toBe('Utgående balans 2024-02-29');
  });

  it('cash flow: change of cash is the sum of the four parts', () => {
    const cf = m.sheets.find((s) => s.key === 'cashflow')!;
    const labels = cf.rows.map((r) => (r.cells[0]?.kind === 'text' ? r.cells[0].text : ''));
    const change = labels.indexOf('Förändring av likvida medel') + 1;
    const c = cellAt(m, 'cashflow', `B${change}`) as { formula: string; value: string };
    expect(c.value).toBe('700');
    expect(c.formula).toMatch(/^SUM\(B\d+,B\d+,B\d+,B\d+\)$/);
    const closing = labels.indexOf('Likvida medel vid periodens slut') + 1;
    expect((cellAt(m, 'cashflow', `B${closing}`) as { value: string }).value).toBe('1200');
  });

  it('checks sheet: reconciliations are cross-sheet formulas that come to zero', () => {
    const checks = m.sheets.find((s) => s.key === 'checks')!;
    // The rounding lines (issue 12) show tkr totals against the statements: a difference under
    // 1 000 kr per rounded part, status OK; every other reconciliation comes to zero.
    const isRounding = (cells: CellValue[]) => cells[0]?.kind === 'text' && cells[0].text.startsWith('Avrundning till tkr');
    const rounding = checks.rows.filter((r) => isRounding(r.cells));
    expect(rounding.map((r) => r.cells[1])).toEqual([1, 2, 3].map(() => ({ kind: 'text', text: 'OK' })));
    // The reconciliations: rows whose status is fixed text (a live status belongs to a check's figure, which need not be 0).
    const formulas = checks.rows
      .filter((r) => !isRounding(r.cells) && r.cells[1]?.kind !== 'formula')
      .flatMap((r) => r.cells)
      .filter((c): c is Extract<CellValue, { kind: 'formula' }> => c.kind === 'formula');
    expect(formulas.length).toBeGreaterThanOrEqual(6);
    for (const f of formulas) expect(f.value).toBe('0');
    expect(formulas.some((f) => f.formula.includes('{{balance}}!'))).toBe(true);
  });
});
