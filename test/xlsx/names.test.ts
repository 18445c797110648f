/**
 * Defined names the reader cannot use as they are (issue 9, points 12 and 13): a sheet-scoped
 * `Huvudbok` is used when it is the only one and named with its sheet, or reported as
 * sheet-scoped; a dynamic name (`OFFSET(…)`, `A1:INDEX(…)`) is "a formula, not a fixed range".
 */
import { scopedNameText, skippedText } from '../../src/cli/texts';
import { buildReport } from '../../src/core/report';
import { readRanges } from '../helpers/xlsx';
import { parseRef } from '../../src/xlsx/refs';
import { withNames, xlsx, type NameSpec } from './helpers';

/** Two sheets with the same little ledger in A1:C3. */
async function twoSheets(names: NameSpec[]): Promise<Buffer> {
  const bytes = await xlsx((wb) => {
    for (const name of ['Data', 'Kopia']) {
      const ws = wb.addWorksheet(name);
      ws.getRow(1).values = ['Datum', 'Konto', 'Belopp'];
      ws.getRow(2).values = ['2024-01-15', 5010, 100];
      ws.getRow(3).values = ['2024-01-15', 1930, -100];
    }
  });
  return withNames(bytes, names);
}

describe('a sheet-scoped name (point 12)', () => {
  it('is used when it is the only one of its name, and the note names its sheet', async () => {
    const read = await readRanges(await twoSheets([{ name: 'Huvudbok', ref: 'Kopia!$A$1:$C$3', localSheetId: 1 }]));
    expect(read.ranges).toHaveLength(1);
    expect(read.ranges[0]).toMatchObject({ name: 'Huvudbok', sheet: 'Kopia', row: 0, col: 0 });
    expect(read.skipped).toEqual([]);
    expect(read.sheetScoped).toEqual([{ name: 'Huvudbok', ref: 'Kopia!$A$1:$C$3', scope: 'Kopia' }]);
    expect(scopedNameText(read.sheetScoped![0], 'sv')).toBe(
      'Namnet Huvudbok (Kopia!$A$1:$C$3) gäller bara bladet Kopia (bladnivå); det används eftersom inget annat namn heter så.',
    );
    // The report is built from it: no "the workbook has no range Huvudbok".
    const { problems } = buildReport({ ranges: read.ranges });
    expect(problems.filter((p) => p.code === 'rangeMissing' && p.range === 'Huvudbok')).toEqual([]);
  });

  it('gives way to a workbook-scoped name of the same name', async () => {
    const read = await readRanges(
      await twoSheets([
        { name: 'Huvudbok', ref: 'Kopia!$A$1:$C$3', localSheetId: 1 },
        { name: 'Huvudbok', ref: 'Data!$A$1:$C$3' },
      ]),
    );
    expect(read.ranges.map((r) => [r.name, r.sheet])).toEqual([['Huvudbok', 'Data']]);
    expect(read.sheetScoped).toBeUndefined();
    expect(read.skipped).toEqual([]);
  });

  it('is reported as sheet-scoped, with its sheet, when several sheets have one', async () => {
    const read = await readRanges(
      await twoSheets([
        { name: 'Huvudbok', ref: 'Data!$A$1:$C$3', localSheetId: 0 },
        { name: 'Huvudbok', ref: 'Kopia!$A$1:$C$3', localSheetId: 1 },
      ]),
    );
    expect(read.ranges).toEqual([]);
    expect(read.skipped).toEqual([
      { name: 'Huvudbok', ref: 'Data!$A$1:$C$3', reason: 'sheetScoped', scope: 'Data' },
      { name: 'Huvudbok', ref: 'Kopia!$A$1:$C$3', reason: 'sheetScoped', scope: 'Kopia' },
    ]);
    expect(skippedText(read.skipped[1], 'sv')).toBe(
      'Namnet Huvudbok (Kopia!$A$1:$C$3) gäller bara bladet Kopia (bladnivå) och lästes inte. Flera blad har ett namn Huvudbok och inget gäller hela arbetsboken; ge ett av dem arbetsboken som omfång (Formler → Namnhanteraren).',
    );
    expect(skippedText(read.skipped[1], 'en')).toBe(
      'The name Huvudbok (Kopia!$A$1:$C$3) belongs to the sheet Kopia only (sheet-scoped) and was not read. Several sheets have a name Huvudbok and none is workbook-scoped; give one of them the workbook as its scope (Formulas → Name Manager).',
    );
  });
});

describe('a dynamic name (point 13)', () => {
  it.each([
    'OFFSET(Data!$A$1,0,0,COUNTA(Data!$A:$A),3)',
    'Data!$A$1:INDEX(Data!$A:$C,COUNTA(Data!$A:$A),3)',
    "OFFSET('Min data (2)'!$A$1,0,0,10,3)",
    'INDIRECT("Data!A1:C3")',
  ])('%s is a formula, not a fixed range', (ref) => {
    expect(parseRef(ref)).toEqual({ ok: false, reason: 'formula' });
  });

  it('keeps a parenthesis inside a quoted sheet name as part of the name', () => {
    expect(parseRef("'Data (2)'!$A$1:$C$3")).toMatchObject({ ok: true, sheet: 'Data (2)' });
  });

  it('is skipped with a note that says so', async () => {
    const ref = 'OFFSET(Data!$A$1,0,0,COUNTA(Data!$A:$A),3)';
    const read = await readRanges(await twoSheets([{ name: 'Huvudbok', ref }]));
    expect(read.skipped).toEqual([{ name: 'Huvudbok', ref, reason: 'formula' }]);
    expect(skippedText(read.skipped[0], 'sv')).toBe(
      `Namnet Huvudbok (${ref}) är en formel, inte ett fast område, och lästes inte. Namnge cellerna direkt, t.ex. Data!$A$1:$H$500, eller gör dem till en tabell.`,
    );
  });
});
