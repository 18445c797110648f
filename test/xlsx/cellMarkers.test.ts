/**
 * Issue 9, points 9 and 11, through the command line's reader: a formula that a script wrote
 * without a cached value reaches the core as a marker (not as an empty cell), and an Excel
 * error cell as its error text; the report names each cell.
 */
import type ExcelJS from 'exceljs';
import { formatProblem } from '../../src/core/messages';
import { buildReport } from '../../src/core/report';
import { readRanges } from '../helpers/xlsx';
import { partText, withNames, xlsx } from './helpers';

/** A ledger in A1:E7 of Data whose Belopp (D) holds formulas with no stored value in rows 6 and 7. */
async function scriptWritten(): Promise<Buffer> {
  const bytes = await xlsx((wb) => {
    const ws = wb.addWorksheet('Data');
    ws.getRow(1).values = ['Datum', 'Konto', 'Kostnadsställe', 'Belopp', 'Ver'];
    ws.getRow(2).values = ['2024-01-15', 5010, '10', 30000, 'A1'];
    ws.getRow(3).values = ['2024-01-15', 1930, '', -30000, 'A1'];
    ws.getRow(4).values = ['2024-01-20', 5010, '10', 500, 'A2'];
    ws.getCell('C4').value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
    ws.getRow(5).values = ['2024-01-20', 1930, '', -500, 'A2'];
    ws.getRow(6).values = ['2024-01-25', 5010, '10', null, 'A3'];
    ws.getCell('D6').value = { formula: 'F6*2' } as ExcelJS.CellFormulaValue;
    ws.getRow(7).values = ['2024-01-25', 1930, '', null, 'A3'];
    ws.getCell('D7').value = { formula: '-D6' } as ExcelJS.CellFormulaValue;
    ws.getCell('E7').value = { formula: 'E6', result: 'A3' } as ExcelJS.CellFormulaValue;
  });
  return withNames(bytes, [{ name: 'Huvudbok', ref: 'Data!$A$1:$E$7' }]);
}

describe('cells with no usable value, read from an .xlsx', () => {
  it('the test workbook really has formulas without <v> and an error cell', async () => {
    const xml = (await partText(await scriptWritten(), 'xl/worksheets/sheet1.xml'))!;
    expect(xml).toMatch(/<c r="D7"[^>]*><f>-D6<\/f><\/c>/);
    expect(xml).toMatch(/<c r="C4"[^>]*t="e"[^>]*><f>NA\(\)<\/f><v>#N\/A<\/v><\/c>/);
  });

  it('hands the core a marker for a formula with no stored value, and the cached result otherwise', async () => {
    const values = (await readRanges(await scriptWritten())).ranges[0].values;
    expect(values[5][3]).toEqual({ kind: 'formulaWithoutValue', formula: 'F6*2' });
    expect(values[6][3]).toEqual({ kind: 'formulaWithoutValue', formula: '-D6' });
    expect(values[6][4]).toBe('A3');
    expect(values[3][2]).toBe('#N/A');
  });

  it('reports each cell by its address, and no missing amount', async () => {
    const { model, problems } = buildReport({ ranges: (await readRanges(await scriptWritten())).ranges });
    expect(model).toBeUndefined();
    expect(problems.map((p) => formatProblem(p, 'sv'))).toEqual([
      'Huvudbok (Data!C4): Cellen i kolumnen "Kostnadsställe" innehåller Excel-felet #N/A, inte ett värde. Rätta formeln eller värdet som ger felet.',
      'Huvudbok (Data!D6): Cellen i kolumnen "Belopp" innehåller en formel (=F6*2) utan sparat värde. Öppna och spara arbetsboken i Excel, eller skriv in värdena.',
      'Huvudbok (Data!D7): Cellen i kolumnen "Belopp" innehåller en formel (=-D6) utan sparat värde. Öppna och spara arbetsboken i Excel, eller skriv in värdena.',
    ]);
  });
});
