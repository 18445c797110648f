/**
 * The calculation core's public API. Pure: arrays in, a report model out.
 * Flow: read ranges → parse and validate → post into balances → build statements →
 * lay out sheets. Renderers (src/xlsx for the CLI, src/addin for Excel) write the model.
 */
export type { RangeData, RawCell, WorkbookInput, Problem, Lang, Severity, ImportedFile } from './input/types';
export type * from './model/types';
export { sanitizeSheetName, uniqueSheetName, quoteSheetName, resolveFormula } from './model/sheetNames';
export { NUMBER_FORMATS, ROLE_LOOKS, HIGHLIGHT_FILL, HIGHLIGHT_FONT, STATUS_FILLS, SHEET_MARKER_PREFIX } from './model/style';
export { buildReport, buildReportFromParsed, reportJson } from './report';
export type { BuildResult } from './report';
export { parseWorkbook } from './input';
export { formatProblem, problemLocation } from './messages';
export { importSie, importedFile } from './sie';
export type { SieImport } from './sie';
export { isReportRangeName } from './ranges';
export { formatAmount, oreToDecimal, decimalText, isDecimalText } from './money';
export type { Ore, DecimalText, Count } from './money';
