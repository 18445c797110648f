/**
 * Text for a terminal with its control characters made visible. Names, values and raw bytes
 * from the user's files reach the summary and the messages; an `ESC[2J` in an organisation
 * name must print as `\x1b[2J`, not clear the screen.
 *
 * Made visible: C0 controls (U+0000–U+001F) except the line break, DEL and C1 controls
 * (U+007F–U+009F), and the invisible characters that reorder or hide text (bidirectional
 * overrides and isolates, U+202A–U+202E, U+2066–U+2069; line and paragraph separators).
 */

const CONTROLS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_NEWLINE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\t') return '\\t';
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character but the line break written as an escape (`\x1b`). */
export function visible(text: string): string {
  return text.replace(CONTROLS, escape);
}

/** `text` on one line: line breaks made visible too (for a value inside a message line). */
export function visibleOneLine(text: string): string {
  return text.replace(CONTROLS_AND_NEWLINE, escape);
}

/** A writer that makes control characters visible in everything written through it. */
export function visibleWriter(w: { write(text: string): unknown }): { write(text: string): unknown } {
  return { write: (text: string) => w.write(visible(text)) };
}
