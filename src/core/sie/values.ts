/**
 * Field values of a SIE file: amounts, dates, periods and integers. Amounts become integer
 * öre by string manipulation only (never parseFloat), so they are exact.
 */
import { oreToDecimal } from '../money';

/** Largest amount accepted: 13 digits of kronor (well inside exact JS integers in öre). */
const MAX_KRONA_DIGITS = 13;

/**
 * `-1234.50`, `1234.5`, `1234`, `+12`, `0.05` → integer öre. A decimal point, at most two
 * decimals (further decimals only when they are zeros: `1.500`); anything else is undefined.
 */
export function parseAmount(text: string): number | undefined {
  const n = text.length;
  if (n === 0) return undefined;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 0x2d /* - */ || first === 0x2b /* + */) {
    negative = first === 0x2d;
    i = 1;
  }
  const intStart = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const intDigits = text.slice(intStart, i);
  let fracDigits = '';
  if (i < n && text.charCodeAt(i) === 0x2e /* . */) {
    i++;
    const fracStart = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    fracDigits = text.slice(fracStart, i);
    if (fracDigits.length === 0) return undefined;
  }
  if (i !== n || intDigits.length === 0) return undefined;
  if (fracDigits.length > 2) {
    if (!/^0*$/.test(fracDigits.slice(2))) return undefined;
    fracDigits = fracDigits.slice(0, 2);
  }
  const significant = intDigits.replace(/^0+(?=\d)/, '');
  if (significant.length > MAX_KRONA_DIGITS) return undefined;
  const ore = Number(significant + fracDigits.padEnd(2, '0'));
  return negative && ore !== 0 ? -ore : ore;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `YYYYMMDD` with a real calendar date (years 1900–2199) → the same text, else undefined. */
export function parseDate(text: string): string | undefined {
  if (!/^\d{8}$/.test(text)) return undefined;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(4, 6));
  const d = Number(text.slice(6, 8));
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return text;
}

/** `YYYYMM` → the same text, else undefined. */
export function parsePeriod(text: string): string | undefined {
  if (!/^\d{6}$/.test(text)) return undefined;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(4, 6));
  if (y < 1900 || y > 2199 || m < 1 || m > 12) return undefined;
  return text;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A whole number with an optional minus sign, at most 9 digits (`0`, `-1`, `1930`). */
export function parseInteger(text: string): number | undefined {
  if (!/^[-+]?\d{1,9}$/.test(text)) return undefined;
  const v = Number(text);
  return v === 0 ? 0 : v;
}

/** An account number: digits only (BAS accounts are 4 digits; up to 9 are read). */
export function parseAccount(text: string): number | undefined {
  if (!/^\d{1,9}$/.test(text)) return undefined;
  return Number(text);
}

/** `20240115` → `2024-01-15`. */
export function isoDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * Integer öre → Swedish-notation text with a decimal comma and no thousands separator:
 * `-123450` → `-1234,50`. Exact for every safe integer.
 */
export function oreToSwedish(ore: number): string {
  return oreToDecimal(ore).replace('.', ',');
}
