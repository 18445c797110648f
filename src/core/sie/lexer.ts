/**
 * The SIE line grammar: a line is a label `#XXX` followed by fields separated by spaces or
 * tabs. A field is a bare word, a quoted string (`\"` and `\\` are escapes) or an object list
 * `{1 "3001" 6 "P1"}`. Lines holding only `{` or `}` open and close a `#VER` block.
 * Linear in the length of the line; never throws.
 */

export type SieField = { kind: 'text'; value: string; quoted: boolean } | { kind: 'list'; items: string[] };

export type LexError = 'noLabel' | 'unterminatedQuote' | 'unterminatedList' | 'nestedList';

export type LexedLine =
  | { kind: 'empty' }
  | { kind: 'open' }
  | { kind: 'close' }
  | {
      kind: 'record';
      /** Upper-cased, with the `#`. */
      label: string;
      fields: SieField[];
      /** The first problem met; the fields are then the best reading of the line. */
      error?: LexError;
    }
  | { kind: 'invalid'; error: LexError };

const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const HASH = 0x23;

function isSeparator(c: number): boolean {
  return c === SPACE || c === TAB;
}

function hasLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || c > 0x7f) return true;
  }
  return false;
}

/** Blank: only spaces, tabs and control characters (e.g. a DOS end-of-file 0x1A). */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > SPACE) return false;
  return true;
}

/** Splits one line (without its line end) into a label and fields. */
export function lexLine(line: string): LexedLine {
  const n = line.length;
  let i = 0;
  while (i < n && isSeparator(line.charCodeAt(i))) i++;
  if (i >= n || isBlank(line)) return { kind: 'empty' };

  const first = line.charCodeAt(i);
  if (first === OPEN || first === CLOSE) {
    let j = i + 1;
    while (j < n && line.charCodeAt(j) <= SPACE) j++;
    if (j >= n) return { kind: first === OPEN ? 'open' : 'close' };
  }
  if (first !== HASH) return { kind: 'invalid', error: 'noLabel' };

  const labelStart = i;
  while (i < n && !isSeparator(line.charCodeAt(i))) i++;
  const raw = line.slice(labelStart, i);
  const label = hasLowerCase(raw) ? raw.toUpperCase() : raw;
  const fields: SieField[] = [];
  let error: LexError | undefined;

  while (i < n) {
    const c = line.charCodeAt(i);
    if (isSeparator(c)) {
      i++;
      continue;
    }
    if (c === QUOTE) {
      const q = readQuoted(line, i);
      fields.push({ kind: 'text', value: q.value, quoted: true });
      if (q.unterminated) error ??= 'unterminatedQuote';
      i = q.end;
    } else if (c === OPEN) {
      const items: string[] = [];
      i++;
      let closed = false;
      while (i < n) {
        const d = line.charCodeAt(i);
        if (isSeparator(d)) {
          i++;
        } else if (d === CLOSE) {
          i++;
          closed = true;
          break;
        } else if (d === OPEN) {
          error ??= 'nestedList';
          i++;
        } else if (d === QUOTE) {
          const q = readQuoted(line, i);
          items.push(q.value);
          if (q.unterminated) error ??= 'unterminatedQuote';
          i = q.end;
        } else {
          const start = i;
          while (i < n) {
            const e = line.charCodeAt(i);
            if (isSeparator(e) || e === CLOSE || e === OPEN || e === QUOTE) break;
            i++;
          }
          items.push(line.slice(start, i));
        }
      }
      if (!closed) error ??= 'unterminatedList';
      fields.push({ kind: 'list', items });
    } else {
      const start = i;
      while (i < n && !isSeparator(line.charCodeAt(i))) i++;
      fields.push({ kind: 'text', value: line.slice(start, i), quoted: false });
    }
  }
  return error ? { kind: 'record', label, fields, error } : { kind: 'record', label, fields };
}

/** Reads a quoted string starting at the quote at `start`; `end` is just past the closing quote. */
function readQuoted(line: string, start: number): { value: string; end: number; unterminated: boolean } {
  const n = line.length;
  let i = start + 1;
  let value = '';
  let runStart = i;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === BACKSLASH && i + 1 < n) {
      const next = line.charCodeAt(i + 1);
      if (next === QUOTE || next === BACKSLASH) {
        value += line.slice(runStart, i) + line[i + 1];
        i += 2;
        runStart = i;
        continue;
      }
    }
    if (c === QUOTE) {
      value += line.slice(runStart, i);
      return { value, end: i + 1, unterminated: false };
    }
    i++;
  }
  value += line.slice(runStart, n);
  return { value, end: n, unterminated: true };
}

/**
 * Quotes a field for writing: always quoted, with `\` and `"` escaped. Exported for the
 * test helper that writes SIE files.
 */
export function quoteField(value: string): string {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}
