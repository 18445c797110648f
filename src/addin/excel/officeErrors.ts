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
}

/** Reads the code, message and location of anything thrown by Office.js (or by us). */
export function describeOfficeError(error: unknown): OfficeErrorInfo {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
    const code = typeof e.code === 'string' && e.code !== '' ? e.code : undefined;
    const message = typeof e.message === 'string' ? e.message : String(error);
    const location = typeof e.debugInfo?.errorLocation === 'string' ? e.debugInfo.errorLocation : undefined;
    return { code, message, ...(location ? { location } : {}) };
  }
  return { message: String(error) };
}

/** True for the errors Excel on the web gives when one request or response is too large. */
export function isPayloadSizeError(error: unknown): boolean {
  const { code, message } = describeOfficeError(error);
  if (code && (PAYLOAD_SIZE_CODES as readonly string[]).includes(code)) return true;
  // Some hosts report the limit only in the message.
  return /payload size/i.test(message);
}
