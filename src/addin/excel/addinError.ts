/**
 * Errors of the add-in's own (not Office's): they carry a code like Office errors do, so the
 * task pane shows them the same way, with what to do.
 */
export type AddinErrorCode = 'WorkbookNotEmpty' | 'SieTooLarge';

export class AddinError extends Error {
  constructor(
    readonly code: AddinErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AddinError';
  }
}
