/**
 * One SIE-import plan for both shells: the CLI's `import-sie` (sieSheets → the .xlsx writer)
 * and the task pane's import (planImportSheet → Office.js) write the same cells with the same
 * number formats for the same file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planImportSheet } from '../../../src/addin/excel/writeImport';
import { sieSheets } from '../../../src/cli/sie';
import { importCellFormat, importDatesFor, importSheetPlan, importSie } from '../../../src/core';
import type { ExampleSheet } from '../../../src/example/types';
import type { RangeData } from '../../../src/core/input/types';

const DIR = join(__dirname, '../../fixtures/sie');
const ranges = (file: string): RangeData[] => importSie(new Uint8Array(readFileSync(join(DIR, file)))).ranges;

/** Days from 1899-12-30 (day 0 of Excel's 1900 system) to an ISO date. */
const days1900 = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** A written cell: its value ('' for none) and number format. */
type Written = [value: string | number | boolean, format: string];

/** What the CLI's writer puts in each cell (writeSheets.ts): the cell's format, else its column's; no cell for an empty one. */
function cliCells(sheet: ExampleSheet, columnCount: number): Written[][] {
  const cellFormats = new Map((sheet.cellFormats ?? []).map((f) => [`${f.row},${f.col}`, f.format]));
  return sheet.rows.map((row, r) =>
    Array.from({ length: columnCount }, (_, c): Written => {
      const v = row[c];
      if (v === null || v === undefined) return ['', 'General'];
      if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`unexpected cell ${String(v)}`);
      return [v, cellFormats.get(`${r},${c}`) ?? sheet.columnFormats?.[c] ?? 'General'];
    }),
  );
}

describe('the SIE-import plan', () => {
  const files = [...readdirSync(DIR), ...readdirSync(join(DIR, 'styles')).map((f) => `styles/${f}`)].filter(
    (f) => /\.(se|si)$/.test(f) && ranges(f).length > 0,
  );

  test.each(files)('%s: the CLI and the task pane write the same sheets, names, cells, formats and widths', (file) => {
    const rs = ranges(file);
    const book = sieSheets(rs);
    expect(book.sheets.map((s) => s.name)).toEqual(rs.map((r) => r.sheet));
    expect(book.names.map((n) => n.name)).toEqual(rs.map((r) => r.name));
    rs.forEach((r, i) => {
      const pane = planImportSheet(r, 'date1900');
      const cli = book.sheets[i];
      const paneCells = pane.inputs.map((row, rr) => row.map((v, c): Written => [v, pane.numberFormats[rr][c]]));
      expect(cliCells(cli, pane.columnCount)).toEqual(paneCells);
      expect(book.names[i].ref).toBe(`A1:${String.fromCharCode(64 + pane.columnCount)}${pane.rowCount}`);
      expect(cli.columnWidths!.map((w) => (w * 7 + 5) * 0.75)).toEqual(pane.columnWidths);
    });
  });

  test('amounts are numbers in kronor (#,##0.00), dates are dates (yyyy-mm-dd), text stays text (@), empty cells are empty', () => {
    const huvudbok = ranges('full-pc8.se').find((r) => r.name === 'Huvudbok')!;
    const plan = importSheetPlan(huvudbok, 'date1900');
    expect(plan.rows[0]).toEqual(['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Text', 'Belopp']);
    expect(plan.columnFormats).toEqual(['yyyy-mm-dd', '@', 'General', '@', '@', '@', '#,##0.00']);
    huvudbok.values.slice(1).forEach((row, i) => {
      const cells = plan.rows[i + 1];
      expect(cells[6]).toBe(Number(String(row[6]).replace(',', '.')));
      expect(importCellFormat(plan, cells[6], 6)).toBe('#,##0.00');
      expect(cells[0]).toBe(days1900(String(row[0])));
      expect(importCellFormat(plan, cells[0], 0)).toBe('yyyy-mm-dd');
      row.forEach((v, c) => {
        if (v === '') expect(cells[c]).toBeNull();
      });
    });
    expect(importCellFormat(plan, null, 6)).toBe('General');
  });

  test('dates follow the date system: 1 462 days fewer in a 1904 workbook, ISO text where the system is unknown', () => {
    const huvudbok = ranges('full-pc8.se').find((r) => r.name === 'Huvudbok')!;
    const in1904 = importSheetPlan(huvudbok, importDatesFor(true));
    const unknown = importSheetPlan(huvudbok, importDatesFor(undefined));
    expect(importSheetPlan(huvudbok, importDatesFor(false)).rows).toEqual(importSheetPlan(huvudbok, 'date1900').rows);
    expect(in1904.columnFormats[0]).toBe('yyyy-mm-dd');
    expect(unknown.columnFormats[0]).toBe('@');
    huvudbok.values.slice(1).forEach((row, i) => {
      // 1904-01-01 is day 0 of the 1904 system and day 1 462 of the 1900 system.
      expect(in1904.rows[i + 1][0]).toBe(days1900(String(row[0])) - 1462);
      expect(unknown.rows[i + 1][0]).toBe(row[0]);
      expect(unknown.rows[i + 1][0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  test('a day the 1904 system has no serial for (before 1904-01-01) stays text; 1904-01-01 is its day 0', () => {
    const ledger = (day: string): RangeData => ({
      name: 'Huvudbok',
      sheet: 'Huvudbok',
      row: 0,
      col: 0,
      values: [
        ['Datum', 'Belopp'],
        [day, '1,00'],
      ],
    });
    expect(importSheetPlan(ledger('1903-12-31'), 'date1904').rows[1][0]).toBe('1903-12-31');
    expect(importSheetPlan(ledger('1904-01-01'), 'date1904').rows[1][0]).toBe(0);
    expect(importSheetPlan(ledger('1903-12-31'), 'date1900').rows[1][0]).toBe(days1900('1903-12-31'));
  });

  test('a text in a column of numbers is text; a text that is no amount stays text', () => {
    const plan = importSheetPlan(
      {
        name: 'IngaendeBalans',
        sheet: 'Ingående balans',
        row: 0,
        col: 0,
        values: [
          ['Konto', 'Belopp'],
          ['0123', '12,50'],
          [1930, 'x'],
        ],
      },
      'date1900',
    );
    expect(plan.rows).toEqual([
      ['Konto', 'Belopp'],
      ['0123', 12.5],
      [1930, 'x'],
    ]);
    expect(plan.rows.map((row) => row.map((v, c) => importCellFormat(plan, v, c)))).toEqual([
      ['@', '@'],
      ['@', '#,##0.00'],
      ['General', '@'],
    ]);
  });
});
