/**
 * The calculation core's public API. Pure: arrays in, a report model out.
 * Flow: read ranges → parse and validate → post into balances → build statements →
 * lay out sheets. Renderers (src/xlsx for the CLI, src/addin for Excel) write the model.
 */
export type { RangeData, RawCell, WorkbookInput, Problem, Lang, Severity } from './input/types';
export type * from './model/types';
export { sanitizeSheetName, uniqueSheetName, quoteSheetName, resolveFormula } from './model/sheetNames';
