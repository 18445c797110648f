/** Why the report could not be spliced into the user's workbook (a report-only workbook is written instead). */
export type SpliceProblem =
  /** No workbook given, or a file this tool cannot open as .xlsx. */
  | 'noWorkbook'
  /** ISO 29500 Strict packages use other namespaces throughout. */
  | 'strict'
  /** The workbook part lacks its sheet list or the relationships namespace. */
  | 'workbookPart'
  /** The style sheet lacks a collection every workbook has. */
  | 'styles';

export class SpliceError extends Error {
  constructor(readonly problem: SpliceProblem) {
    super(`cannot add sheets to this workbook: ${problem}`);
    this.name = 'SpliceError';
  }
}
