import { progressText, progressValue } from '../../../src/addin/taskpane/components/ProgressPanel';
import { statusText } from '../../../src/addin/taskpane/components/RangeList';
import { problemText } from '../../../src/addin/taskpane/components/ProblemList';
import { parseYear } from '../../../src/addin/taskpane/components/SettingsForm';
import type { RangeStatus } from '../../../src/addin/workflow';
import type { ProblemCode } from '../../../src/core/messages/messages';

const found = (over: Partial<RangeStatus['found']> = {}): RangeStatus['found'] => ({
  name: 'Huvudbok',
  source: 'name',
  sheet: 'Data',
  row: 2,
  col: 0,
  rowCount: 3413,
  columnCount: 7,
  address: 'Data!A3:G3415',
  ...over,
});

describe('the range list', () => {
  test('a found range: where, and its data rows', () => {
    expect(statusText({ key: 'Huvudbok', need: 'required', found: found(), dataRows: 3412 }, 'sv')).toBe('Data!A3:G3415 · 3\u00a0412 rader');
    expect(statusText({ key: 'Huvudbok', need: 'required', found: found({ name: 'Ledger' }), dataRows: 3412 }, 'en')).toBe(
      'Ledger: Data!A3:G3415 · 3,412 rows',
    );
    expect(
      statusText({ key: 'Budget', need: 'optional', found: found({ name: 'Budget', source: 'table', address: 'Budget!A1:P51' }), dataRows: 50 }, 'sv'),
    ).toBe('tabell Budget, Budget!A1:P51 · 50 rader');
  });

  test('what is missing, by how much the report needs it', () => {
    expect(statusText({ key: 'Huvudbok', need: 'required' }, 'sv')).toBe('saknas – krävs');
    expect(statusText({ key: 'IngaendeBalans', need: 'balanceSheet' }, 'sv')).toBe('saknas – behövs för balansräkning och finansieringsanalys');
    expect(statusText({ key: 'Prognos', need: 'optional' }, 'en')).toBe('missing (optional)');
    expect(statusText({ key: 'Huvudbok', need: 'required', issue: { name: 'Huvudbok', kind: 'error', detail: '#REF!' } }, 'sv')).toBe(
      'Huvudbok: namnet pekar på ett fel (#REF!)',
    );
  });
});

describe('progress', () => {
  test('each step in words, with a fraction where there is one', () => {
    expect(progressText({ step: 'reading', rowsRead: 10000, totalRows: 25000 }, 'sv')).toBe('Läser områden: 10\u00a0000 av 25\u00a0000 rader');
    expect(progressValue({ step: 'reading', rowsRead: 10000, totalRows: 25000 })).toBe(0.4);
    expect(progressText({ step: 'checking' }, 'sv')).toBe('Kontrollerar …');
    expect(progressValue({ step: 'calculating' })).toBeUndefined();
    expect(progressText({ step: 'writing', sheet: 3, sheets: 23, name: 'Noter' }, 'sv')).toBe('Skriver blad 3 av 23: Noter');
    expect(progressValue({ step: 'writing', sheet: 3, sheets: 4, name: 'Noter' })).toBe(0.5);
  });
});

describe('problems and settings', () => {
  test('a problem in the user’s language, with its place', () => {
    expect(problemText({ severity: 'error', code: 'rangeMissing', range: 'Huvudbok', params: { names: 'Huvudbok, Ledger' } }, 'sv')).toMatch(/^Huvudbok: /);
    // an unknown code does not break the pane
    expect(problemText({ severity: 'warning', code: 'noSuchCode' as ProblemCode, range: 'Budget', cell: 'B2' }, 'sv')).toBe('Budget · B2 · noSuchCode');
  });

  test('parseYear', () => {
    expect(parseYear('2024')).toBe(2024);
    expect(parseYear(' 2024 ')).toBe(2024);
    expect(parseYear('24')).toBeUndefined();
    expect(parseYear('2024a')).toBeUndefined();
    expect(parseYear('1899')).toBeUndefined();
  });
});
