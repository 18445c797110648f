/**
 * Golden tests of whole report sheets: every sheet of the example workbook's report, and of
 * seed 004's, as a text file under test/golden/ (see test/helpers/golden.ts for the format).
 * A change to any cell, formula, role, style or column width shows as a diff of those files;
 * `UPDATE_GOLDEN=1 npx jest test/golden` rewrites them for review in git.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, type RangeData, type ReportModel } from '../../src/core';
import { readRanges } from '../helpers/xlsx';
import { seed004Ranges } from '../fixtures/seed004';
import { compareGolden, goldenFileName, sheetText, unifiedDiff } from '../helpers/golden';
import { decimalText } from '../../src/core/money';

/** A fixed moment (local time, as the report prints it) so the subtitle line is stable. */
const GENERATED_AT = new Date(2024, 8, 2, 8, 0);

function report(ranges: RangeData[]): ReportModel {
  const { model, problems } = buildReport({ ranges, generatedAt: GENERATED_AT });
  if (model === undefined) throw new Error(`input errors: ${JSON.stringify(problems.slice(0, 3))}`);
  return model;
}

function sheetTexts(model: ReportModel): Map<string, string> {
  const texts = new Map(model.sheets.map((s) => [goldenFileName(s.key), sheetText(s)]));
  // Two keys that give one file name would hide a sheet.
  expect(texts.size).toBe(model.sheets.length);
  return texts;
}

/** Fails with the diffs as they are (jest would quote and escape them in a comparison). */
function expectSameAsGolden(differences: string[]): void {
  if (differences.length > 0) throw new Error(differences.join('\n\n'));
  expect(differences).toEqual([]);
}

describe('golden report sheets', () => {
  it('the example workbook (examples/exempelforbundet.xlsx): every sheet cell for cell', async () => {
    const read = await readRanges(readFileSync(join(__dirname, '..', '..', 'examples', 'exempelforbundet.xlsx')));
    const model = report(read.ranges);
    expect(model.sheets.length).toBeGreaterThan(5);
    // The example's Verifikationer sheets (thousands of ledger rows) are pinned by seed 004's
    // goldens and test/core/transactionsSheet.test.ts instead: 400 kB of golden text reviews badly.
    model.sheets = model.sheets.filter((s) => !s.key.startsWith('transactions'));
    expectSameAsGolden(compareGolden(join(__dirname, 'exempel'), sheetTexts(model)));
  });

  it('the example workbook in the LKBR layout (Uppställning LKBR): the sheets the layout changes', async () => {
    const read = await readRanges(readFileSync(join(__dirname, '..', '..', 'examples', 'exempelforbundet.xlsx')));
    const ranges = read.ranges.map((r) => (r.name === 'Installningar' ? { ...r, values: [...r.values, ['Uppställning', 'LKBR']] } : r));
    expect(ranges.some((r) => r.name === 'Installningar')).toBe(true);
    const model = report(ranges);
    // Förvaltningsberättelse links to the income statement's cells, which the layout moves.
    const layoutSheets = new Set(['management', 'income', 'balance', 'cashflow', 'notes', 'checks'].map(goldenFileName));
    const texts = new Map([...sheetTexts(model)].filter(([file]) => layoutSheets.has(file)));
    expect(texts.size).toBe(layoutSheets.size);
    // Every other sheet is the traditional layout's, cell for cell — but Verifikationer, whose
    // groups follow the statement's lines (pinned by test/core/transactionsSheet.test.ts).
    const traditional = sheetTexts(report(read.ranges));
    const followsLines = (file: string) => file.startsWith('transactions');
    const others = [...sheetTexts(model)].filter(([file]) => !layoutSheets.has(file) && !followsLines(file));
    expect(others.length).toBe(traditional.size - layoutSheets.size - [...traditional.keys()].filter(followsLines).length);
    for (const [file, text] of others) expect([file, text]).toEqual([file, traditional.get(file)]);
    expectSameAsGolden(compareGolden(join(__dirname, 'exempel-lkbr'), texts));
  });

  it('seed 004 (Vänersborg/Mellerud, jan–mars 2007): every sheet cell for cell', () => {
    const model = report(seed004Ranges());
    expectSameAsGolden(compareGolden(join(__dirname, 'seed004'), sheetTexts(model)));
  });
});

describe('the golden text and its diff', () => {
  const sheet = {
    key: 'cc:3001',
    name: 'Kst 3001',
    columns: [{ width: 40 }, { width: 14 }],
    freeze: { rows: 2, cols: 1 },
    rows: [
      { role: 'header' as const, cells: [{ kind: 'text' as const, text: 'Konto' }, { kind: 'text' as const, text: '=inte en formel' }] },
      { role: 'blank' as const, cells: [] },
      { role: 'detail' as const, indent: 1, cells: [{ kind: 'text' as const, text: 'Lokal', fromData: true }, { kind: 'number' as const, value: decimalText('-1234.5'), style: 'kr' as const }] },
      { role: 'total' as const, cells: [{ kind: 'empty' as const }, { kind: 'formula' as const, formula: 'SUM(B3)', value: decimalText('-1234.5'), style: 'kr' as const }] },
    ],
  };

  it('writes one line per non-empty cell: address, role, quoted text or exact value with its style', () => {
    expect(goldenFileName(sheet.key)).toBe('cc-3001.txt');
    expect(sheetText(sheet)).toBe(
      [
        '# sheet cc:3001 "Kst 3001"',
        '# columns 40 14',
        '# freeze rows 2 cols 1',
        'A1    header      "Konto"',
        'B1    header      "=inte en formel"',
        'A3    detail      "Lokal"  (data)  [indent 1]',
        'B3    detail      -1234.5  kr',
        'B4    total       =SUM(B3)  → -1234.5  kr',
        '',
      ].join('\n'),
    );
  });

  it('shows a change as a unified diff with context, and nothing for equal texts', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n');
    const after = ['a', 'b', 'c', 'd', 'E', 'f', 'g', 'h', 'i', 'j', 'k'].join('\n');
    expect(unifiedDiff(before, before)).toBe('');
    expect(unifiedDiff(before, after, 1)).toBe(['@@ -4,3 +4,3 @@', ' d', '-e', '+E', ' f', '@@ -10,1 +10,2 @@', ' j', '+k'].join('\n'));
    // Changes closer than twice the context share one hunk.
    expect(unifiedDiff(before, after, 3).split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -2,9 +2,10 @@']);
  });
});
