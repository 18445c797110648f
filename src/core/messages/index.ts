/**
 * The message catalogue and its renderer: every problem code in Swedish and English.
 */
export { formatProblem, messages, problemLocation } from './messages';
export type { Message } from './messages';
export { sheetRef } from './format';
