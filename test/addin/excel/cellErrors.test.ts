/**
 * Issue 9, point 9, in the task pane: Office.js gives an error cell's value as its text
 * (`#N/A`, `#REF!`), so `readRanges` hands it to the core unchanged and the core reports it at
 * its address. (Excel calculates every formula itself, so the task pane never sees a formula
 * without a stored value — that case is the command line's, see test/xlsx/cellMarkers.test.ts.)
 */
import { readRanges } from '../../../src/addin/excel/readRanges';
import { parseWorkbook } from '../../../src/core/input';
import { FakeExcelHost } from '../fakeExcel';

test('an Excel error in the cost-centre column is an input error at its cell', async () => {
  const host = new FakeExcelHost();
  host.addSheet('Data', [
    ['Datum', 'Konto', 'Kostnadsställe', 'Belopp', 'Ver'],
    [45306, 5010, '#N/A', 30000, '#REF!'],
    [45306, 1930, '', -30000, 'A1'],
  ]);
  const found = { name: 'Huvudbok', source: 'name' as const, sheet: 'Data', row: 0, col: 0, rowCount: 3, columnCount: 5, address: 'Data!A1:E3' };
  const { ranges } = await host.run((c) => readRanges(c, [found]));
  const problems = parseWorkbook({ ranges }).problems;
  expect(problems.map((p) => `${p.code}:${p.sheet}!${p.cell}:${p.value}`)).toEqual(['cellError:Data!C2:#N/A', 'cellError:Data!E2:#REF!']);
});
