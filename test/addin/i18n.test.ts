import { adviceFor, paneLanguage, tr } from '../../src/addin/i18n';
import { describeOfficeError, isPayloadSizeError } from '../../src/addin/excel/officeErrors';
import { FakeRichApiError } from './fakeExcel';

describe('texts', () => {
  test('Swedish first, English second, with parameters', () => {
    expect(tr('step_writing', 'sv', { n: 2, m: 23, name: 'Balansräkning' })).toBe('Skriver blad 2 av 23: Balansräkning');
    expect(tr('step_writing', 'en', { n: 2, m: 23, name: 'Balance sheet' })).toBe('Writing sheet 2 of 23: Balance sheet');
    expect(tr('createReport', 'sv')).toBe('Skapa rapport');
  });

  test('advice per Office error code, and a default for codes without one', () => {
    expect(adviceFor('InvalidOperationInCellEditMode', 'sv')).toContain('Enter eller Esc');
    expect(adviceFor('WorkbookNotEmpty', 'en')).toContain('empty workbook');
    expect(adviceFor('SomethingNew', 'sv')).toBe(tr('do_default', 'sv'));
    expect(adviceFor(undefined, 'en')).toBe(tr('do_default', 'en'));
  });
});

describe('Office errors as data', () => {
  test('code, message and location of a RichApi error', () => {
    const e = new FakeRichApiError('ItemNotFound', 'No worksheet named X.', 'WorksheetCollection.getItem');
    expect(describeOfficeError(e)).toEqual({ code: 'ItemNotFound', message: 'No worksheet named X.', location: 'WorksheetCollection.getItem' });
    expect(describeOfficeError('boom')).toEqual({ message: 'boom' });
    expect(describeOfficeError(new TypeError('x is undefined'))).toEqual({ message: 'x is undefined' });
  });

  test('payload-size errors are recognised by code (and by message where a host gives no code)', () => {
    expect(isPayloadSizeError(new FakeRichApiError('RequestPayloadSizeLimitExceeded', 'x'))).toBe(true);
    expect(isPayloadSizeError(new FakeRichApiError('ResponsePayloadSizeLimitExceeded', 'x'))).toBe(true);
    expect(isPayloadSizeError({ message: 'The request payload size has exceeded the limit.' })).toBe(true);
    expect(isPayloadSizeError(new FakeRichApiError('GeneralException', 'x'))).toBe(false);
  });
});

test('the pane follows Office’s display language: English for English, Swedish otherwise', () => {
  expect([paneLanguage('sv-SE'), paneLanguage('en-GB'), paneLanguage('EN-us'), paneLanguage('fi-FI'), paneLanguage(undefined)]).toEqual([
    'sv',
    'en',
    'en',
    'sv',
    'sv',
  ]);
});

test('the advice for a protected sheet names it', () => {
  expect(adviceFor('SheetProtected', 'sv', { sheet: 'Balansräkning' })).toContain('Bladet "Balansräkning" är skyddat');
  expect(adviceFor('SheetProtected', 'en', { sheet: 'Balansräkning' })).toContain('The sheet "Balansräkning" is protected');
});
