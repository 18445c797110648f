/**
 * Office errors as data: the code Excel gives (`OfficeExtension.Error.code`), so the task pane
 * can show it with what to do, and the payload-size codes the reader reacts to.
 */

/** Codes Excel on the web uses when a request or its response exceeds 5 MB. */
export const PAYLOAD_SIZE_CODES = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'] as const;

export interface OfficeErrorInfo {
  /** Office's error code (`ItemNotFound`, `InvalidArgument` …), or undefined for other errors. */
  code?: string;
  message: string;
  /** Where Excel says it happened (`debugInfo.errorLocation`), when it says. */
  location?: string;
  /** The sheet the error is about, when the add-in knows it (a protected sheet). */
  sheet?: string;
}

/** Reads the code, message and location of anything thrown by Office.js (or by us). */
export function describeOfficeError(error: unknown): OfficeErrorInfo {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown }; sheet?: unknown };
    const code = typeof e.code === 'string' && e.code !== '' ? e.code : undefined;
    const message = typeof e.message === 'string' ? e.message : error instanceof Error ? error.message : (JSON.stringify(error) ?? 'undefined');
    const location = typeof e.debugInfo?.errorLocation === 'string' ? e.debugInfo.errorLocation : undefined;
    const sheet = typeof e.sheet === 'string' ? e.sheet : undefined;
    return { code, message, ...(location ? { location } : {}), ...(sheet !== undefined ? { sheet } : {}) };
  }
  return { message: String(error) };
}

/**
 * Codes Excel gives when one command touches too many cells (a range over its cell limit, or
 * all the cells a request changes): the commands before it stood; a smaller block may pass.
 */
export const COMMAND_SIZE_CODES = ['RangeExceedsLimit', 'OperationCellsExceedLimit'] as const;

/** True for `RangeExceedsLimit` and `OperationCellsExceedLimit`. */
export function isCommandSizeError(error: unknown): boolean {
  const { code } = describeOfficeError(error);
  return code !== undefined && (COMMAND_SIZE_CODES as readonly string[]).includes(code);
}

/** True for the errors Excel on the web gives when one request or response is too large. */
export function isPayloadSizeError(error: unknown): boolean {
  const { code, message } = describeOfficeError(error);
  if (code && (PAYLOAD_SIZE_CODES as readonly string[]).includes(code)) return true;
  // Some hosts report the limit only in the message.
  return /payload size/i.test(message);
}
