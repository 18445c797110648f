/**
 * Errors of the add-in's own (not Office's): they carry a code like Office errors do, so the
 * task pane shows them the same way, with what to do.
 */
export type AddinErrorCode = 'WorkbookNotEmpty' | 'SieTooLarge' | 'SheetProtected' | 'Date1904';

export class AddinError extends Error {
  /** The sheet the error is about (a protected sheet), shown in the advice. */
  readonly sheet?: string;
  constructor(
    readonly code: AddinErrorCode,
    message: string,
    about: { sheet?: string } = {},
  ) {
    super(message);
    this.name = 'AddinError';
    if (about.sheet !== undefined) this.sheet = about.sheet;
  }
}
