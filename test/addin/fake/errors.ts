/** Errors shaped like Office.js's (`OfficeExtension.Error`), thrown by the fake host. */
// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/** Shaped like OfficeExtension.Error: name, code, message, debugInfo. */
export class FakeRichApiError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const fail = (code: string, message: string, where?: string): never => {
  throw new FakeRichApiError(code, message, where);
};
