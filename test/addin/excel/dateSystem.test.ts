import { date1904FromCells } from '../../../src/addin/excel/dateSystem';

// 2024-01-15 is 45306 in the 1900 system; the same serial is 2028-01-16 in the 1904 system.
const header = ['Verifikation', 'Datum', 'Konto', 'Belopp'];

test.each([
  ['2024-01-15', false],
  ['15.1.2024', false],
  ['2028-01-16', true],
  ['16/01/28', true],
  ['15/01/24', false],
  ['januari', undefined],
])('the ledger’s first date shown as %s → 1904: %s', (text, expected) => {
  expect(date1904FromCells(header, ['A1', 45306, 3010, 100], ['A1', text, '3010', '100'])).toBe(expected);
});

test('no date column, or no number in it: cannot tell', () => {
  expect(date1904FromCells(['Konto', 'Belopp'], [3010, 100], ['3010', '100'])).toBeUndefined();
  expect(date1904FromCells(header, ['A1', '2024-01-15', 3010, 100], ['A1', '2024-01-15', '3010', '100'])).toBeUndefined();
});
