import { cellInput, columnWidthPoints, looksIn, planSheet, splitRows } from '../../../src/addin/excel/sheetPlan';
import { incomeSheet, summarySheet } from '../modelFixture';
import { decimalText } from '../../../src/core/money';

const noRefs = (formula: string): string => formula;

describe('cellInput', () => {
  test('every text cell is text-formatted, so its string is stored as it is', () => {
    expect(cellInput({ kind: 'text', text: '=1+2', fromData: true }, noRefs)).toEqual({ input: '=1+2', format: '@' });
    expect(cellInput({ kind: 'text', text: 'Summa' }, noRefs)).toEqual({ input: 'Summa', format: '@' });
  });

  test('numbers become JS numbers with the style’s number format', () => {
    expect(cellInput({ kind: 'number', value: decimalText('-1234.56'), style: 'kr' }, noRefs)).toEqual({ input: -1234.56, format: '#,##0.00;-#,##0.00' });
    expect(cellInput({ kind: 'number', value: decimalText('1500'), style: 'tkr' }, noRefs)).toEqual({ input: 1500, format: '#,##0,;-#,##0,' });
  });

  test('formulas get "=" and resolved sheet references, and never the text format', () => {
    const resolve = (formula: string) => formula.replace('{{income}}', "'Resultaträkning'");
    expect(cellInput({ kind: 'formula', formula: '{{income}}!C9', value: decimalText('1'), style: 'kr' }, resolve)).toEqual({
      input: "='Resultaträkning'!C9",
      format: '#,##0.00;-#,##0.00',
    });
    expect(cellInput({ kind: 'formula', formula: 'IF(A1=0,"",1)', value: '', style: 'text' }, noRefs).format).toBe('General');
  });

  test('empty cells clear the cell', () => {
    expect(cellInput({ kind: 'empty' }, noRefs)).toEqual({ input: '', format: 'General' });
    expect(cellInput(undefined, noRefs)).toEqual({ input: '', format: 'General' });
  });
});

describe('planSheet', () => {
  const plan = planSheet(incomeSheet(), noRefs);

  test('a rectangular grid as wide as the widest row', () => {
    expect(plan.columnCount).toBe(3);
    expect(plan.inputs).toHaveLength(incomeSheet().rows.length);
    expect(plan.inputs.every((r) => r.length === 3)).toBe(true);
    expect(plan.numberFormats.every((r) => r.length === 3)).toBe(true);
  });

  test('consecutive rows of the same role form one run', () => {
    // title×2, subtitle, blank, header, section, line×2, total, detail×6, grandTotal
    expect(plan.looks.map((l) => [l.role, l.first, l.count])).toEqual([
      ['title', 0, 2],
      ['subtitle', 2, 1],
      ['blank', 3, 1],
      ['header', 4, 1],
      ['section', 5, 1],
      ['line', 6, 2],
      ['total', 8, 1],
      ['detail', 9, 6],
      ['grandTotal', 15, 1],
    ]);
    expect(plan.looks[8].highlight).toBe(true);
    expect(plan.indents).toEqual([
      { first: 6, count: 2, level: 1 },
      { first: 9, count: 6, level: 2 },
    ]);
  });

  test('column widths in points from characters (8.43 characters = 48 points)', () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
    expect(plan.columnWidths).toEqual([columnWidthPoints(40), columnWidthPoints(14), columnWidthPoints(14)]);
  });

  test("row looks span the table's width: the printed columns when the sheet names them, not a chart's data beside it", () => {
    expect(plan.lookColumns).toBe(3);
    const sheet = incomeSheet();
    sheet.rows.push({
      role: 'line',
      cells: [{ kind: 'empty' }, { kind: 'empty' }, { kind: 'empty' }, { kind: 'empty' }, { kind: 'text', text: 'Diagramdata' }],
    });
    expect(planSheet(sheet, noRefs)).toMatchObject({ columnCount: 5, lookColumns: 5 });
    sheet.print = { orientation: 'landscape', columns: 3 };
    expect(planSheet(sheet, noRefs)).toMatchObject({ columnCount: 5, lookColumns: 3 });
  });

  test('conditional formats keep their rule', () => {
    expect(planSheet(summarySheet(), noRefs).conditional).toEqual([{ range: 'B2:B3', formula: 'B2<0' }]);
  });
});

describe('splitRows', () => {
  const rows = Array.from({ length: 10 }, (_, i) => [`row ${i}`, i]);
  test('by row count', () => {
    expect(splitRows(rows, [], 1e9, 4)).toEqual([
      { first: 0, count: 4 },
      { first: 4, count: 4 },
      { first: 8, count: 2 },
    ]);
  });
  test('by bytes: each block stays under the budget', () => {
    const size = JSON.stringify(rows[0]).length + 2 + 2; // row, empty extra, separators
    const blocks = splitRows(rows, [], size * 3, 100);
    expect(blocks.map((b) => b.count)).toEqual([3, 3, 3, 1]);
  });
  test('a single row over the budget still gets a block', () => {
    expect(splitRows([['x'.repeat(100)]], [], 10, 100)).toEqual([{ first: 0, count: 1 }]);
  });
  test('runs are cut at block boundaries', () => {
    expect(looksIn([{ first: 0, count: 10, role: 'line', highlight: false }], { first: 4, count: 3 })).toEqual([
      { first: 4, count: 3, role: 'line', highlight: false },
    ]);
  });
});
