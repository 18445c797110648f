/** The one way to hold texts in two languages: catalogues and the month table. */
import { capitalised, defineCatalogue, fill, isLang, MONTHS, monthName } from '../../../src/core';

describe('defineCatalogue', () => {
  const texts = defineCatalogue({
    wrote: { sv: 'Skrev {file}', en: 'Wrote {file}' },
    errors: { sv: (n: number) => (n === 1 ? 'Ett fel' : `${n} fel`), en: (n: number) => (n === 1 ? 'One error' : `${n} errors`) },
  });

  test('a template is filled from its params in the language asked for', () => {
    expect(texts.t('wrote', 'sv', { file: 'a.xlsx' })).toBe('Skrev a.xlsx');
    expect(texts.t('wrote', 'en', { file: 'a.xlsx' })).toBe('Wrote a.xlsx');
  });

  test('a function entry is called with its own arguments', () => {
    expect(texts.t('errors', 'sv', 1)).toBe('Ett fel');
    expect(texts.t('errors', 'en', 3)).toBe('3 errors');
  });

  test('has tells keys from data apart, own keys only', () => {
    expect(texts.has('wrote')).toBe(true);
    expect(texts.has('toString')).toBe(false);
  });
});

describe('fill', () => {
  test('a placeholder without a value stays; a value is not filled again', () => {
    expect(fill('{a} och {b}', { a: '{b}' })).toBe('{b} och {b}');
    expect(fill('{constructor}', {})).toBe('{constructor}');
    expect(fill('{1 "3001"}', { 1: 'x' })).toBe('{1 "3001"}');
  });

  test('values can come from a function', () => {
    expect(fill('Rad {line}: {x}', (name) => (name === 'line' ? '12' : undefined))).toBe('Rad 12: {x}');
  });
});

test('isLang accepts the two languages only', () => {
  expect(['sv', 'en', 'SV', 'de', '', undefined, 1].map(isLang)).toEqual([true, true, false, false, false, false, false]);
});

describe('the month table', () => {
  test('long and short names in both languages', () => {
    expect(monthName(5, 'sv', 'long')).toBe('maj');
    expect(monthName(5, 'en', 'short')).toBe('May');
    expect(monthName(10, 'sv', 'short')).toBe('okt');
    expect(monthName(12, 'en', 'long')).toBe('December');
    expect(Object.values(MONTHS).every((m) => m.long.length === 12 && m.short.length === 12)).toBe(true);
  });

  test('capitalised for headings', () => {
    expect(MONTHS.sv.short.map(capitalised)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec']);
  });
});
