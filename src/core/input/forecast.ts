/**
 * `Prognos` (Forecast): full-year forecast per cost centre, and the user's comment on it.
 */
import { cellAddress } from './cellAddress';
import { rowBlankAt } from './cells';
import { readAmount, readCode, reportEmpty, textOf, type RowContext } from './fields';
import { column, type ColumnDef } from './headers';
import type { ForecastRow, RangeRef } from './parsed';
import { required, setupRange } from './rangeSetup';
import { RangeTotal } from './rangeTotal';
import type { Problem, RangeData } from './types';

export const FORECAST_COLUMNS = {
  costCentre: column('costCentre', 'Kostnadsställe', 'Cost centre', 'KST', 'Ansvar', 'Cost center'),
  annual: column('annual', 'Helår', 'Annual', 'Prognos', 'Forecast', 'Helårsprognos', 'Prognos helår', 'Full-year forecast'),
  comment: column('comment', 'Kommentar', 'Comment', 'Kommentarer', 'Comments', 'Förklaring', 'Explanation'),
} satisfies Record<string, ColumnDef>;

const C = FORECAST_COLUMNS;

/** Parses the forecast; undefined when its columns are missing. A repeated cost centre: the first row counts. */
export function parseForecast(range: RangeData, problems: Problem[]): { rows: ForecastRow[]; ref: RangeRef } | undefined {
  const s = setupRange(range, 'Prognos', Object.values(C), [required(C.costCentre), required(C.annual)], problems);
  if (!s.ok) {
    s.rp.finish();
    return undefined;
  }
  const { cols, rp } = s;
  const ctx: RowContext = { rp, header: s.header };
  const rows: ForecastRow[] = [];
  const firstRowOf = new Map<string, number>();
  const total = new RangeTotal(rp);
  for (let i = s.firstRow; i < range.values.length; i++) {
    const row = range.values[i];
    if (rowBlankAt(row, s.known)) continue;
    const costCentre = readCode(ctx, row, i, cols.costCentre);
    if (costCentre === null) reportEmpty(ctx, i, cols.costCentre);
    const annual = readAmount(ctx, row, i, cols.annual, true);
    if (costCentre === null || costCentre === undefined || annual === undefined || annual === null) continue;
    const first = firstRowOf.get(costCentre);
    if (first !== undefined) {
      rp.warning('duplicateForecast', i, cols.costCentre, row[cols.costCentre], {
        first: cellAddress(s.ref.row + first, s.ref.col + cols.costCentre),
      });
      continue;
    }
    firstRowOf.set(costCentre, i);
    if (!total.add(annual, i, cols.annual, row[cols.annual])) continue;
    const comment = cols.comment >= 0 ? textOf(row[cols.comment]) : undefined;
    rows.push({ costCentre, annual, sourceRow: i, ...(comment === undefined ? {} : { comment }) });
  }
  rp.finish();
  return { rows, ref: s.ref };
}
