/** The SIE import's texts in the pane, Swedish and English. */
import { importedRangeText, importStatusText } from '../../../src/addin/taskpane/components/ImportPanel';
import { progressText, progressValue } from '../../../src/addin/taskpane/components/ProgressPanel';
import { SIE_ACCEPT } from '../../../src/addin/taskpane/components/SieImportButton';
import { adviceFor } from '../../../src/addin/i18n';
import { decimalText, formatAmount } from '../../../src/core';
import type { ImportResult } from '../../../src/addin/workflow';

const result = (over: Partial<ImportResult>): ImportResult => ({
  fileName: 'bokföring.se',
  written: true,
  ranges: [],
  userOnly: [],
  problems: [],
  reconciliation: [],
  reconciliationChecked: true,
  sheets: ['Huvudbok'],
  replaced: [],
  ...over,
});

describe('the import panel', () => {
  test('a written range: its rows and its sheet', () => {
    const r = { key: 'Huvudbok', rows: 3412, status: 'written', sheet: 'Huvudbok (2)', address: 'A1:G3413' } as const;
    expect(importedRangeText(r, 'sv')).toBe('3\u00a0412 rader → bladet Huvudbok (2)');
    expect(importedRangeText(r, 'en')).toBe('3,412 rows → sheet Huvudbok (2)');
    expect(importedRangeText({ ...r, replacedBroken: 'Huvudbok' }, 'sv')).toBe(
      '3\u00a0412 rader → bladet Huvudbok (2) (ersätter namnet Huvudbok, som pekade på ett fel)',
    );
  });

  test('a range of the user’s that was kept says so, with where the user’s range is', () => {
    const r = {
      key: 'Kontoplan',
      rows: 9,
      status: 'userKept',
      user: { name: 'Kontoplan', source: 'name', reference: "'Min plan'!$A$1:$C$40", unusable: false },
    } as const;
    expect(importedRangeText(r, 'sv')).toBe("filens 9 rader skrevs inte: ditt eget område Kontoplan ('Min plan'!$A$1:$C$40) behålls");
    expect(importedRangeText(r, 'en')).toBe("the file's 9 rows were not written: your own range Kontoplan ('Min plan'!$A$1:$C$40) is kept");
  });

  test('the headline: done, nothing to write, errors, empty', () => {
    expect(importStatusText(result({}), 'sv')).toBe('Områdena från filen finns nu i arbetsboken. Dina egna blad ändrades inte.');
    expect(importStatusText(result({ sheets: [] }), 'sv')).toBe('Arbetsboken har redan egna områden för allt filen innehåller; inget skrevs.');
    expect(importStatusText(result({ written: false, notWritten: 'errors', sheets: [] }), 'sv')).toMatch(
      /^Filen har fel och importerades inte: arbetsboken är oförändrad\./,
    );
    expect(importStatusText(result({ written: false, notWritten: 'empty', sheets: [] }), 'en')).toMatch(/^The file held nothing to import/);
  });

  test('reconciliation amounts are shown exactly', () => {
    expect(formatAmount(decimalText('-100.00'), 'sv', 2)).toBe('\u2212100,00');
    expect(formatAmount(decimalText('556311.84'), 'sv', 2)).toBe('556\u00a0311,84');
  });
});

describe('progress and errors of the import', () => {
  test('reading the file is its own step', () => {
    expect(progressText({ step: 'parsingFile', name: 'bokföring.se' }, 'sv')).toBe('Läser SIE-filen bokföring.se …');
    expect(progressText({ step: 'parsingFile', name: 'ledger.se' }, 'en')).toBe('Reading the SIE file ledger.se …');
    expect(progressValue({ step: 'parsingFile', name: 'x.se' })).toBeUndefined();
  });

  test('a file too large for a sheet has its own advice', () => {
    expect(adviceFor('SieTooLarge', 'sv')).toMatch(/^Filen har fler rader än ett Excel-blad rymmer\./);
    expect(adviceFor('SieTooLarge', 'en')).not.toBe(adviceFor(undefined, 'en'));
  });

  test('the file picker offers SIE files', () => {
    expect(SIE_ACCEPT.split(',')).toEqual(['.se', '.si', '.sie']);
  });
});
