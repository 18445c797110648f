/**
 * Amounts: a raw cell (number or text in Swedish or English notation) → integer öre.
 *
 * Text is read by string manipulation, never through parseFloat, so `1 234,56` is exactly
 * 123 456 öre. The notations accepted (workbook contract, "Amounts"):
 *
 * - Swedish: `1234,56`, `1 234,56` (thousands separated by a space, U+00A0, U+202F or
 *   U+2009), decimal comma.
 * - English: `1,234.56` (thousands comma, decimal point), `1234.56`; also `1 234.56`.
 * - Whole numbers: `1234`, `1 234`, `1,234,567` (two or more commas can only be thousands).
 * - Sign: leading `+`, `-` or `−` (U+2212), or the whole amount in parentheses for negative.
 *
 * Decisions where the notations collide:
 * - A single comma is ALWAYS the decimal sign (Swedish first), so `1,234` is 1.234 kr:
 *   more than two decimals → error `amountTooManyDecimals` (text is never rounded).
 * - A single point followed by exactly three digits and no other separator (`1.234`) could
 *   be either notation → error `amountAmbiguous`.
 * - Mixed thousands separators (`1,234 567`), a point before a comma (`1.234,56`), leading
 *   or trailing separators and anything else (`12 kr`, `1.2.3`, `abc`) → `notAmount`.
 * - 10^13 kr or more (either sign) → `tooLarge`, whose message names the limit.
 *
 * A JS number is exact when `x × 100` is within 1e-6 of a whole number (so 0.1 + 0.2 is
 * 30 öre). Otherwise its shortest decimal form (what Excel shows) is rounded half away from
 * zero to whole öre and the result carries `rounded: true` (the caller warns).
 *
 * The result is the core's one failure shape (`Result`, src/core/result.ts): `value` is the
 * amount in öre; the failures are constants, so a failed cell allocates nothing and a good
 * one allocates its one result object, as before.
 */
import Decimal from 'decimal.js';
import { fail, ok, type Fail, type Ok } from '../result';
import type { RawCell } from './types';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** Why a cell is not an amount. */
export type AmountError = 'empty' | 'notAmount' | 'tooManyDecimals' | 'ambiguous' | 'boolean' | 'tooLarge';

/** An amount in integer öre (`rounded` when a number had to be rounded to whole öre), or why not. */
export type AmountResult = (Ok<number> & { readonly rounded?: true }) | Fail<AmountError>;

/**
 * Amounts must stay below 10^13 kr (10^15 öre): well inside exact JS integers. The same bound
 * holds for the sum of a range's amounts (see sumLimit.ts), so every total the report makes
 * of them stays exact.
 */
export const MAX_ORE = 1e15;
/** The largest amount accepted, as a decimal string for messages: 9999999999999.99. */
export const MAX_AMOUNT = '9999999999999.99';
const MAX_INTEGER_DIGITS = 13;

const EMPTY: AmountResult = fail('empty');
const NOT_AMOUNT: AmountResult = fail('notAmount');
const TOO_MANY_DECIMALS: AmountResult = fail('tooManyDecimals');
const AMBIGUOUS: AmountResult = fail('ambiguous');
const BOOLEAN: AmountResult = fail('boolean');
const TOO_LARGE: AmountResult = fail('tooLarge');

/** Parses one cell as an amount in integer öre (debit positive, as written). */
export function parseAmount(raw: RawCell): AmountResult {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'number') return numberToOre(raw);
  if (typeof raw === 'string') return textToOre(raw);
  if (typeof raw === 'boolean') return BOOLEAN;
  return NOT_AMOUNT;
}

/** A JS number (kronor) → öre; see the module comment for rounding. */
export function numberToOre(x: number): AmountResult {
  if (!Number.isFinite(x)) return NOT_AMOUNT;
  const c = x * 100;
  const r = Math.round(c);
  if (Math.abs(c - r) < 1e-6) return Math.abs(r) < MAX_ORE ? ok(r + 0) : TOO_LARGE;
  if (Math.abs(c) >= MAX_ORE) return TOO_LARGE;
  // Not within 1e-6 of whole öre: go by the number's shortest decimal form.
  const hundred = new D(x).times(100);
  if (hundred.isInteger()) return ok(hundred.toNumber() + 0);
  return { ok: true, value: hundred.toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber() + 0, rounded: true };
}

const SEP_SPACE = 0;
const SEP_COMMA = 1;
const SEP_POINT = 2;

function separatorKind(code: number): number {
  switch (code) {
    case 0x20: // space
    case 0xa0: // no-break space
    case 0x202f: // narrow no-break space
    case 0x2009: // thin space
      return SEP_SPACE;
    case 0x2c:
      return SEP_COMMA;
    case 0x2e:
      return SEP_POINT;
    default:
      return -1;
  }
}

/** Digits of `s` as a whole number (s holds only ASCII digits). */
function digitsValue(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

/** Text in Swedish or English notation → öre; see the module comment. */
export function textToOre(text: string): AmountResult {
  const t = text.trim();
  if (t.length === 0) return EMPTY;
  let i = 0;
  let end = t.length;
  let negative = false;
  if (t.charCodeAt(0) === 0x28 /* ( */) {
    if (t.charCodeAt(end - 1) !== 0x29 /* ) */) return NOT_AMOUNT;
    negative = true;
    i = 1;
    end -= 1;
  } else {
    const c0 = t.charCodeAt(0);
    if (c0 === 0x2b /* + */) i = 1;
    else if (c0 === 0x2d /* - */ || c0 === 0x2212 /* − */) {
      negative = true;
      i = 1;
    }
  }
  // Split the body into digit groups and the separators between them.
  const groups: string[] = [];
  const seps: number[] = [];
  let start = i;
  for (; i < end; i++) {
    const code = t.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    const kind = separatorKind(code);
    if (kind < 0 || i === start) return NOT_AMOUNT; // a foreign character, or two separators in a row
    groups.push(t.slice(start, i));
    seps.push(kind);
    start = i + 1;
  }
  if (start >= end) return NOT_AMOUNT; // empty body or a trailing separator
  groups.push(t.slice(start, end));

  let commas = 0;
  let points = 0;
  for (const s of seps) {
    if (s === SEP_COMMA) commas++;
    else if (s === SEP_POINT) points++;
  }
  // Which separator (if any) is the decimal sign?
  let decimalAt = -1; // index into seps
  if (points > 1) return NOT_AMOUNT;
  if (points === 1) {
    if (seps[seps.length - 1] !== SEP_POINT) return NOT_AMOUNT; // e.g. 1.234,56
    decimalAt = seps.length - 1;
  } else if (commas === 1) {
    if (seps[seps.length - 1] !== SEP_COMMA) return NOT_AMOUNT; // e.g. 1,234 567
    decimalAt = seps.length - 1;
  }
  const intGroups = decimalAt < 0 ? groups.length : decimalAt + 1;
  // Thousands separators: all of one kind (spaces, or commas when the decimal sign is a point
  // or there is none), first group 1–3 digits, every later group exactly 3.
  if (intGroups > 1) {
    const kind = seps[0];
    for (let k = 0; k < intGroups - 1; k++) if (seps[k] !== kind) return NOT_AMOUNT;
    if (kind === SEP_POINT) return NOT_AMOUNT;
    if (kind === SEP_COMMA && decimalAt >= 0 && seps[decimalAt] === SEP_COMMA) return NOT_AMOUNT;
    if (groups[0].length > 3) return NOT_AMOUNT;
    for (let k = 1; k < intGroups; k++) if (groups[k].length !== 3) return NOT_AMOUNT;
  }
  let fraction = '';
  if (decimalAt >= 0) {
    fraction = groups[groups.length - 1];
    if (fraction.length > 2) {
      const lonePoint = seps.length === 1 && seps[0] === SEP_POINT && fraction.length === 3;
      return lonePoint ? AMBIGUOUS : TOO_MANY_DECIMALS;
    }
  }
  let integer = intGroups === 1 ? groups[0] : groups.slice(0, intGroups).join('');
  let z = 0;
  while (z < integer.length - 1 && integer.charCodeAt(z) === 48) z++;
  integer = integer.slice(z);
  if (integer.length > MAX_INTEGER_DIGITS) return TOO_LARGE;
  const ore = digitsValue(integer) * 100 + (fraction.length === 0 ? 0 : fraction.length === 1 ? digitsValue(fraction) * 10 : digitsValue(fraction));
  if (ore >= MAX_ORE) return TOO_LARGE;
  return ok(negative && ore !== 0 ? -ore : ore);
}
