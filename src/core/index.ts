/**
 * The calculation core's public API. Pure: arrays in, a report model out.
 * Flow: read ranges → parse and validate → post into balances → build statements →
 * lay out sheets. Renderers (src/xlsx for the CLI, src/addin for Excel) write the model.
 *
 * The shells (src/addin, src/cli, src/xlsx, src/example) import the core from here only; its
 * folders are its inside (a lint rule says so). What a shell needs is exported below, by area.
 */

// Failures at the edges: one shape, the value or why not (src/core/result.ts).
export { ok, fail } from './result';
export type { Result, Ok, Fail } from './result';

// Input: the workbook's ranges as cells, the contract's range names, problems as data.
export type { RangeData, RawCell, WorkbookInput, Problem, Lang, Severity, ImportedFile } from './input/types';
export type { ParsedWorkbook } from './input/parsed';
export type { ContractRange, AmountResult, AmountError, DateResult, DateError, PeriodResult, PeriodError } from './input';
export { parseWorkbook, parseAmount, parseDate, parsePeriod, RANGE_NAMES, contractRangeOf, cellAddress, columnLetters } from './input';
export { cellText } from './input/cells';
export { DEFAULT_TRANSACTION_ROWS, MAX_TRANSACTION_ROWS } from './input/settings';
export { isReportRangeName, callsFunction } from './ranges';

// Dates: Excel's serial numbers (1900 and 1904 systems).
export { excelSerial, serialToDate } from './excelDates';

// Money: exact decimals and allocation.
export { Dec, allocate } from './money';

// The report: build it, and the model both renderers write.
export { buildReport, buildReportFromParsed, reportJson } from './report';
export type { BuildResult } from './report';
export type * from './model/types';

// Rendering the model: sheet names, styles, the markers on the sheets the tool made.
export { sanitizeSheetName, uniqueSheetName, quoteSheetName, resolveFormula } from './model/sheetNames';
export { wrappedRowHeight, MAX_ROW_HEIGHT } from './model/rowHeight';
export { NUMBER_FORMATS, ROLE_LOOKS, lookWidth, HIGHLIGHT_FILL, HIGHLIGHT_FONT, STATUS_FILLS, SHEET_MARKER_PREFIX } from './model/style';
export type { RoleLook } from './model/style';
export { markerName, markerRef, isMarkerName } from './model/markers';
export { pageBreaks, footerParts, PRINT_MARGINS } from './layout/printSetup';
export { coverSheet, printedSheets, reportKind } from './layout/coverSheet';

// Messages: problems and numbers as text, in Swedish or English.
export { formatProblem, problemLocation, sheetRef } from './messages';

// SIE 4 import: a file → the contract's ranges, and the one plan of the sheets both shells write.
export { importSie, importedFile, reconciliationDifference, SIE_SHEET_NAMES } from './sie';
export type { SieImport, SieReconciliation } from './sie';
export { importSheetPlan, importCellFormat, importDatesFor, TEXT_FORMAT, GENERAL_FORMAT, AMOUNT_FORMAT, DATE_FORMAT } from './sie';
export type { ImportSheetPlan, ImportCell, ImportDates } from './sie';

// Texts: one way to define a catalogue and fill its placeholders, and one month table.
export { defineCatalogue, fill, isLang, MONTHS, monthName, capitalised } from './text';
export type { Catalogue, CatalogueKey, Entry, EntryArgs, Params } from './text';

// Money as text: the one amount formatter, and the types that say what a number is.
export { formatAmount, oreToDecimal, decimalText, isDecimalText, ore } from './money';
export type { Ore, DecimalText, Count } from './money';
