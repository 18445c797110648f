/**
 * Small helpers on raw cells shared by every range parser: emptiness, the value as text for
 * a problem, and the folded form used to compare names, headers and keys.
 */
import type { RawCell } from './types';

/** True for a cell that holds nothing: null, undefined, or text of only whitespace. */
export function isBlank(v: RawCell): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  return v.length === 0 || v.trim().length === 0;
}

/** True when every cell of `row` at the given columns is blank (or the row is missing). */
export function rowBlankAt(row: RawCell[] | undefined, cols: readonly number[]): boolean {
  if (row === undefined || row === null) return true;
  for (let k = 0; k < cols.length; k++) if (!isBlank(row[cols[k]])) return false;
  return true;
}

/** True when every cell of `row` is blank. */
export function rowBlank(row: RawCell[] | undefined): boolean {
  if (row === undefined || row === null) return true;
  for (let k = 0; k < row.length; k++) if (!isBlank(row[k])) return false;
  return true;
}

const MAX_VALUE_CHARS = 80;

/** ISO date (with the time when it is not midnight UTC) of a Date cell. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return String(d);
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** The value of a cell as text for a problem (`TRUE`/`FALSE` for logical values; long text cut). */
export function cellText(v: RawCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.length > MAX_VALUE_CHARS ? v.slice(0, MAX_VALUE_CHARS - 1) + '…' : v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  return `=${v.formula}`;
}

/**
 * The form in which names, headers, keys and choices are compared: Unicode NFC, trimmed,
 * inner whitespace collapsed to one space, a trailing colon dropped, lower case, and the
 * Swedish letters folded to ASCII (å, ä → a; ö → o; é → e), so `Kostnadsställe`,
 * `KOSTNADSSTALLE` and ` kostnadsställe: ` compare equal.
 */
export function foldKey(v: RawCell): string {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return '';
  return v.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/\s*:$/, '').toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[éè]/g, 'e');
}

/** `foldKey` with every character that is not a letter or digit removed (`Run-rate` → `runrate`). */
export function foldCompact(v: RawCell): string {
  return foldKey(v).replace(/[^a-z0-9+]/g, '');
}
