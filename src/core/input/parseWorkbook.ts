/**
 * Step 2 of the flow — parse and validate: the workbook's raw ranges in, a typed
 * `ParsedWorkbook` out, with every input problem as data (code, range, cell, value).
 * Never throws for bad input.
 */
import { parseBudget } from './budget';
import { parseChart } from './chart';
import { parseCostCentres } from './costCentres';
import { findRanges, RANGE_NAMES, type ContractRange } from './findRange';
import { parseForecast } from './forecast';
import { emptyLedger, parseLedger } from './ledger';
import { parseOpeningBalance } from './openingBalance';
import type { LedgerColumns, ParsedWorkbook } from './parsed';
import { rangeBlank } from './rangeSetup';
import { parseSettings } from './settings';
import { parseUserTexts } from './userTexts';
import type { Problem, RangeData, WorkbookInput } from './types';

/** Parses every contract range of the workbook. Problems are in the order ranges are read. */
export function parseWorkbook(input: WorkbookInput): ParsedWorkbook {
  const problems: Problem[] = [];
  const found = findRanges(input.ranges, problems);

  /** An optional range that is present and not entirely blank (a blank one is a warning). */
  const optional = (contract: ContractRange): RangeData | undefined => {
    const r = found[contract];
    if (r === undefined) return undefined;
    if (rangeBlank(r)) {
      problems.push({ severity: 'warning', code: 'rangeEmpty', range: contract, sheet: r.sheet, value: r.name });
      return undefined;
    }
    return r;
  };

  const settings = parseSettings(optional('Installningar'), input.overrides, problems);

  const ledgerRange = found.Huvudbok;
  let ledger: LedgerColumns;
  if (ledgerRange === undefined) {
    problems.push({ severity: 'error', code: 'rangeMissing', range: 'Huvudbok', params: { names: RANGE_NAMES.Huvudbok.slice(0, 2).join(', ') } });
    ledger = emptyLedger({ range: 'Huvudbok', sheet: '', row: 0, col: 0, headerIndex: 0 });
  } else {
    ledger = parseLedger(ledgerRange, problems);
  }

  const parsed: ParsedWorkbook = { settings, ledger, problems };
  const ib = optional('IngaendeBalans');
  const openingBalance = ib && parseOpeningBalance(ib, problems);
  if (openingBalance) parsed.openingBalance = openingBalance;
  const chartRange = optional('Kontoplan');
  const chart = chartRange && parseChart(chartRange, problems);
  if (chart) parsed.chart = chart;
  const budgetRange = optional('Budget');
  const budget = budgetRange && parseBudget(budgetRange, settings.firstMonth, problems);
  if (budget) parsed.budget = budget;
  const forecastRange = optional('Prognos');
  const forecast = forecastRange && parseForecast(forecastRange, problems);
  if (forecast) parsed.forecast = forecast;
  const costCentreRange = optional('Kostnadsstallen');
  const costCentres = costCentreRange && parseCostCentres(costCentreRange, problems);
  if (costCentres) parsed.costCentres = costCentres;
  const textRange = optional('Texter');
  const texts = textRange && parseUserTexts(textRange, problems);
  if (texts) parsed.texts = texts;
  return parsed;
}
