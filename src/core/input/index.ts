/**
 * The input step's public API: parse and validate the workbook's ranges.
 */
export { parseWorkbook } from './parseWorkbook';
export { parseAmount, MAX_ORE } from './amount';
export type { AmountResult, AmountError } from './amount';
export { parseDate, parsePeriod } from './dates';
export type { DateResult, PeriodResult, DateError, PeriodError, CalendarDate, CalendarMonth } from './dates';
export { cellAddress, columnLetters } from './cellAddress';
export { RANGE_NAMES, contractRangeOf } from './findRange';
export type { ContractRange } from './findRange';
export { SECTIONS, sectionOf } from './sections';
export { SETTINGS } from './settings';
export type { SettingId } from './settings';
export type * from './parsed';
export type * from './types';
