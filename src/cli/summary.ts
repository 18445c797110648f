/** The short text the command line prints after a run: period, result, balance check, ranges, files. */
import { type Lang, type RangeData, type ReportModel, formatAmount, type DecimalText, sheetRef } from '../core';
import { a1 } from '../xlsx/refs';
import { t } from './texts';

/** An amount as the summary shows it: `770 791,75 kr` (sv, no-break spaces), `770,791.75 kr` (en). */
export function formatKronor(value: DecimalText, lang: Lang): string {
  return `${formatAmount(value, lang, 2)} kr`;
}

/** Where a range was found: `Huvudbok (Data!A3:H2412)`. */
export function rangeLocation(r: RangeData): string {
  const height = Math.max(1, r.values.length);
  let width = 1;
  for (const row of r.values) if (row.length > width) width = row.length;
  const tl = a1(r.row, r.col);
  const br = a1(r.row + height - 1, r.col + width - 1);
  return `${r.name} (${sheetRef(r.sheet)}!${tl === br ? tl : `${tl}:${br}`})`;
}

/** The summary lines: organisation and period, result, balance check, warnings, the checks' statuses, ranges. */
export function summaryLines(model: ReportModel, ranges: readonly RangeData[]): string[] {
  const L = model.lang;
  const s = model.summary;
  // A report of the whole fiscal year is the annual report, and its result the year's.
  const annual = s.period === 12;
  const title = [s.organisation, `${t(annual ? 'reportAnnual' : 'report', L)} ${s.periodLabel}`].filter((x) => x !== '').join(' – ');
  return [
    title,
    `  ${t(annual ? 'resultYear' : 'result', L)}: ${formatKronor(s.result, L)}`,
    `  ${t('balance', L)}: ${s.balanced ? t('balanceOk', L) : t('balanceFailed', L)}`,
    `  ${t('warnings', L)}: ${s.warnings}`,
    // The checks sheet's statuses, as the pane shows them: a check's Varning is not an input warning.
    ...(s.checks ? [`  ${t('checksCounted', L, s.checks)}`] : []),
    // Ranges imported from a SIE file sit on sheets the user never saw: the "Från SIE-filen"
    // line names them instead.
    ...(ranges.length ? [`${t('ranges', L)}: ${ranges.map(rangeLocation).join(', ')}`] : []),
  ];
}
