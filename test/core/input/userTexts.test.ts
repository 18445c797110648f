/** `Texter`: the user's headings and texts for the förvaltningsberättelse, in the user's order. */
import { parseWorkbook } from '../../../src/core/input';
import type { RangeData, RawCell } from '../../../src/core/input';
import { MAX_CELL_CHARS } from '../../../src/core/input/userTexts';

const ledger: RangeData = {
  name: 'Huvudbok',
  sheet: 'Data',
  row: 0,
  col: 0,
  values: [
    ['Datum', 'Konto', 'Belopp'],
    ['2024-01-01', 4010, 1],
  ],
};
const texts = (values: RawCell[][], name = 'Texter'): RangeData => ({ name, sheet: 'Texter', row: 0, col: 0, values });

describe('Texter', () => {
  it('reads headings and texts in the user’s order; a row without heading is another paragraph of the heading above', () => {
    const parsed = parseWorkbook({
      ranges: [
        ledger,
        texts([
          ['Rubrik', 'Text'],
          ['Inledning', '  Förbundet bildades 2006.\r\nDet har sju medlemmar.  '],
          [null, 'Ett andra stycke.'],
          [],
          ['Väsentliga händelser', 'Ny verksamhetschef i mars.'],
          ['Förväntad utveckling', null],
        ]),
      ],
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.texts?.sections).toEqual([
      { heading: 'Inledning', paragraphs: ['Förbundet bildades 2006.\nDet har sju medlemmar.', 'Ett andra stycke.'], sourceRow: 1 },
      { heading: 'Väsentliga händelser', paragraphs: ['Ny verksamhetschef i mars.'], sourceRow: 4 },
      { heading: 'Förväntad utveckling', paragraphs: [], sourceRow: 5 },
    ]);
  });

  it('is found by its English name and in any column order', () => {
    const parsed = parseWorkbook({
      ranges: [
        ledger,
        texts(
          [
            ['Body', 'Heading'],
            ['Text one', 'Introduction'],
          ],
          'texts',
        ),
      ],
    });
    expect(parsed.texts?.sections).toEqual([{ heading: 'Introduction', paragraphs: ['Text one'], sourceRow: 1 }]);
  });

  it('keeps a hostile text as the text it is: "=cmd|…" is not a formula', () => {
    const hostile = "=cmd|' /C calc'!A0";
    const parsed = parseWorkbook({
      ranges: [
        ledger,
        texts([
          ['Rubrik', 'Text'],
          ['+Rubrik', hostile],
        ]),
      ],
    });
    expect(parsed.texts?.sections[0]).toEqual({ heading: '+Rubrik', paragraphs: [hostile], sourceRow: 1 });
  });

  it('an empty Texter is a warning and no texts; a missing Text column is an error naming it', () => {
    const empty = parseWorkbook({ ranges: [ledger, texts([[null, null]])] });
    expect(empty.texts).toBeUndefined();
    expect(empty.problems.map((p) => [p.severity, p.code, p.range])).toEqual([['warning', 'rangeEmpty', 'Texter']]);
    const noText = parseWorkbook({ ranges: [ledger, texts([['Rubrik'], ['Inledning']])] });
    expect(noText.texts).toBeUndefined();
    expect(noText.problems.map((p) => [p.severity, p.code, p.params?.column])).toEqual([['error', 'columnMissing', 'Text']]);
  });

  it('cuts a text longer than a cell holds at the limit, never inside a surrogate pair, with a warning at its cell', () => {
    const long = 'a'.repeat(MAX_CELL_CHARS - 1) + '😀' + 'b';
    const parsed = parseWorkbook({
      ranges: [
        ledger,
        texts([
          ['Rubrik', 'Text'],
          ['Inledning', long],
        ]),
      ],
    });
    expect(parsed.texts?.sections[0].paragraphs[0]).toBe('a'.repeat(MAX_CELL_CHARS - 1));
    expect(parsed.problems.map((p) => [p.code, p.cell, p.params?.length])).toEqual([['textTooLong', 'B2', MAX_CELL_CHARS + 2]]);
  });

  it('a text with no heading above it is a warning and is kept without heading; a text under a heading is quiet', () => {
    const parsed = parseWorkbook({
      ranges: [
        ledger,
        texts([
          ['Rubrik', 'Text'],
          ['', 'Utan rubrik'],
        ]),
      ],
    });
    expect(parsed.texts?.sections).toEqual([{ paragraphs: ['Utan rubrik'], sourceRow: 1 }]);
    expect(parsed.problems.map((p) => [p.severity, p.code, p.cell])).toEqual([['warning', 'textWithoutHeading', 'A2']]);
  });
});
