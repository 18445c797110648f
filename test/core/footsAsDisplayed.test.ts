/**
 * Issue 12 §2: every total foots as displayed. Walks every sum and difference formula of every
 * report sheet (the example workbook's report and seed 004's) and compares the total as its
 * number format displays it (tkr: whole thousands, kr: öre) with the same formula evaluated over
 * the displayed parts. A board member adds up the printed column; it must give the printed total.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { buildReport, type CellValue, type RangeData, type ReportModel, type SheetModel } from '../../src/core';
import { readRanges } from '../helpers/xlsx';
import { seed004Ranges } from '../fixtures/seed004';
import { ModelEvaluator } from '../helpers/evalModel';

const GENERATED_AT = new Date(2024, 8, 2, 8, 0);

function report(ranges: RangeData[]): ReportModel {
  const { model, problems } = buildReport({ ranges, generatedAt: GENERATED_AT });
  if (model === undefined) throw new Error(`input errors: ${JSON.stringify(problems.slice(0, 3))}`);
  return model;
}

/** The value as the number format shows it (hand rule, independent of the product's code): half away from zero. */
function displayed(value: string, style: string): Decimal {
  const v = new Decimal(value);
  const places: Record<string, number> = { tkr: -3, kr: 2, integer: 0, percent: 3 };
  const p = places[style];
  if (p === undefined) return v;
  return p >= 0 ? v.toDecimalPlaces(p, Decimal.ROUND_HALF_UP) : v.div(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(1000);
}

/** A sum or difference: references, SUM(…) of references, + and −, parentheses; nothing else. */
const REF = String.raw`(?:\{\{[^}]+\}\}!)?\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?`;
const SUM_OR_DIFFERENCE = new RegExp(String.raw`^[-+(]*(?:${REF}|SUM\((?:${REF})(?:,${REF})*\))\)*(?:[-+][(]*(?:${REF}|SUM\((?:${REF})(?:,${REF})*\))\)*)*$`);

/** The model with every number and formula replaced by the number it displays. */
function displayedModel(model: ReportModel): ReportModel {
  const show = (c: CellValue): CellValue =>
    (c.kind === 'number' || c.kind === 'formula') && c.value !== '' && c.style !== 'text'
      ? { kind: 'number', value: displayed(c.value, c.style).toFixed() as never, style: c.style }
      : c;
  const sheets: SheetModel[] = model.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, cells: r.cells.map(show) })) }));
  return { ...model, sheets };
}

/** Every sum/difference total whose displayed value is not its formula over the displayed parts. */
export function nonFooting(model: ReportModel): { tkr: string[]; kr: string[]; walked: number } {
  const shown = new ModelEvaluator(displayedModel(model));
  const out = { tkr: [] as string[], kr: [] as string[], walked: 0 };
  for (const sheet of model.sheets)
    sheet.rows.forEach((row, r) =>
      row.cells.forEach((c, ci) => {
        if (c.kind !== 'formula' || c.value === '' || (c.style !== 'tkr' && c.style !== 'kr') || !SUM_OR_DIFFERENCE.test(c.formula)) return;
        out.walked++;
        const overParts = shown.evaluate(sheet.key, c.formula);
        const total = displayed(c.value, c.style);
        if (!(overParts instanceof Decimal) || !overParts.equals(total)) {
          const col = String.fromCharCode(65 + ci);
          out[c.style].push(`${sheet.key}!${col}${r + 1} =${c.formula}: shows ${total.toFixed()}, its parts as shown give ${String(overParts)}`);
        }
      }),
    );
  return out;
}

describe('every total foots as displayed (issue 12 §2)', () => {
  it('the example workbook: every tkr total is its formula over the displayed parts', async () => {
    const read = await readRanges(readFileSync(join(__dirname, '..', '..', 'examples', 'exempelforbundet.xlsx')));
    const model = report(read.ranges);
    const found = nonFooting(model);
    expect(found.walked).toBeGreaterThan(100);
    expect(found.tkr).toEqual([]);
    expect(found.kr).toEqual([]);
    expect(new ModelEvaluator(model).mismatches()).toEqual([]);
  });

  it("seed 004's figures: every tkr total is its formula over the displayed parts", () => {
    const model = report(seed004Ranges());
    const found = nonFooting(model);
    expect(found.walked).toBeGreaterThan(50);
    expect(found.tkr).toEqual([]);
    expect(found.kr).toEqual([]);
    expect(new ModelEvaluator(model).mismatches()).toEqual([]);
  });

  it('the walk itself finds a total that does not foot (C12 of the issue: −1 976 shown, its rows give −1 977)', () => {
    const cell = (value: string, formula?: string): CellValue =>
      formula ? { kind: 'formula', formula, value: value as never, style: 'tkr' } : { kind: 'number', value: value as never, style: 'tkr' };
    const sheet: SheetModel = {
      key: 't',
      name: 't',
      columns: [],
      rows: [
        { role: 'line', cells: [cell('-1324762.61')] },
        { role: 'line', cells: [cell('-651726.98')] },
        { role: 'total', cells: [cell('-1976489.59', 'SUM(A1:A2)')] },
      ],
    };
    // −1 325 + −652 = −1 977 as shown; the exact total −1 976 489,59 shows −1 976.
    const found = nonFooting({ sheets: [sheet] } as unknown as ReportModel);
    expect(found.walked).toBe(1);
    expect(found.tkr).toEqual(['t!A3 =SUM(A1:A2): shows -1976000, its parts as shown give -1977000']);
  });
});
