/**
 * Dates and periods of ledger rows.
 *
 * Dates: Excel serial numbers (1900 date system, counted from 1899-12-30, so serial 25569 is
 * 1970-01-01; the fake 1900-02-29 is not special-cased), 8-digit numbers `20240331`,
 * JS Date objects (UTC fields; a time of day is rounded to the nearest day, so the 23:00 UTC
 * that a UTC+1 local midnight becomes still gives the intended day), and text `YYYY-MM-DD`
 * optionally followed by ` hh:mm` or ` hh:mm:ss` (or `T` instead of the space).
 *
 * Periods: text `YYYY-MM` (also `YYYY-M`), `YYYYMM`, the number `202403`, a date in any of
 * the forms above (its month is taken; the Excel add-in API hands date-formatted cells over as serials).
 *
 * Years are accepted from 1900 to 2199: serials 1 … 109574. Counted from 1899-12-30, serial
 * 1 is 1899-12-31 where Excel shows 1900-01-01 — an off-by-one before March 1900 that no
 * ledger meets. Periods take serials only from 18264 (1950-01-01), so that a bare month `3`
 * is an error. The internal `dateKey`/`periodKey` return packed integers (negative = error)
 * so that the ledger's hot loop allocates nothing; `parseDate`/`parsePeriod`, the exported
 * readers, turn them into the core's one failure shape (`Result`, src/core/result.ts).
 */
import { EXCEL_EPOCH_OFFSET } from '../excelDates';
import { fail, ok, type Result } from '../result';
import type { RawCell } from './types';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Error results of `dateKey` / `periodKey`. */
export const KEY_EMPTY = -1;
export const KEY_NOT_DATE = -2;
export const KEY_INVALID_DATE = -3;
export const KEY_NOT_PERIOD = -4;
export const KEY_INVALID_MONTH = -5;

const MS_PER_DAY = 86_400_000;
/** Largest serial we accept: 2199-12-31. */
const MAX_SERIAL = 109_574;
/** Smallest serial taken as a period: 1950-01-01. */
const MIN_PERIOD_SERIAL = 18_264;

export type DateError = 'empty' | 'notDate' | 'invalidDate';
export type PeriodError = 'empty' | 'notPeriod' | 'invalidMonth';

/** A calendar date (month 1–12). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}
/** A calendar month (1–12) of a year. */
export interface CalendarMonth {
  year: number;
  month: number;
}

export type DateResult = Result<CalendarDate, DateError>;
export type PeriodResult = Result<CalendarMonth, PeriodError>;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Calendar date (packed y·10000 + m·100 + d) of a day count since 1970-01-01 (H. Hinnant's algorithm). */
function civilFromDays(days: number): number {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10_000 + m * 100 + d;
}

function packedInRange(packed: number): number {
  const y = Math.floor(packed / 10_000);
  return y >= MIN_YEAR && y <= MAX_YEAR ? packed : KEY_NOT_DATE;
}

function validYmd(y: number, m: number, d: number): number {
  if (y < MIN_YEAR || y > MAX_YEAR) return KEY_NOT_DATE;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return KEY_INVALID_DATE;
  return y * 10_000 + m * 100 + d;
}

/** Reads `count` ASCII digits of `s` at `at`; -1 when any is not a digit. */
function digitsAt(s: string, at: number, count: number): number {
  if (at + count > s.length) return -1;
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** ` hh:mm` / ` hh:mm:ss` / `Thh:mm…` after a date, or nothing. */
function validTimeSuffix(s: string, at: number): boolean {
  if (at === s.length) return true;
  const sep = s.charCodeAt(at);
  if (sep !== 0x20 && sep !== 0x54 /* T */) return false;
  const hh = digitsAt(s, at + 1, 2);
  if (hh < 0 || hh > 23 || s.charCodeAt(at + 3) !== 0x3a) return false;
  const mm = digitsAt(s, at + 4, 2);
  if (mm < 0 || mm > 59) return false;
  if (at + 6 === s.length) return true;
  if (s.charCodeAt(at + 6) !== 0x3a) return false;
  const ss = digitsAt(s, at + 7, 2);
  return ss >= 0 && ss <= 59 && at + 9 === s.length;
}

/** Packed date of every serial 0 … MAX_SERIAL, built on first use (a lookup beats the arithmetic in the ledger's loop). */
let serialTable: Int32Array | undefined;

function buildSerialTable(): Int32Array {
  const table = new Int32Array(MAX_SERIAL + 1);
  const start = civilFromDays(-EXCEL_EPOCH_OFFSET); // serial 0 = 1899-12-30
  let y = Math.floor(start / 10_000);
  let m = Math.floor(start / 100) % 100;
  let d = start % 100;
  for (let s = 0; s <= MAX_SERIAL; s++) {
    table[s] = y * 10_000 + m * 100 + d;
    if (++d > daysInMonth(y, m)) {
      d = 1;
      if (++m > 12) {
        m = 1;
        y++;
      }
    }
  }
  return table;
}

function excelSerialKey(serial: number): number {
  if (!(serial >= 1 && serial < MAX_SERIAL + 1)) return KEY_NOT_DATE;
  const table = serialTable ?? (serialTable = buildSerialTable());
  return table[Math.floor(serial)];
}

function jsDateKey(d: Date): number {
  const t = d.getTime();
  if (Number.isNaN(t)) return KEY_NOT_DATE;
  return packedInRange(civilFromDays(Math.round(t / MS_PER_DAY)));
}

/** Packed date y·10000 + m·100 + d of a cell, or a negative KEY_* error. */
export function dateKey(v: RawCell): number {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return KEY_NOT_DATE;
    if (v >= 19_000_101 && v <= 21_991_231 && Number.isInteger(v)) {
      return validYmd(Math.floor(v / 10_000), Math.floor(v / 100) % 100, v % 100);
    }
    return excelSerialKey(v);
  }
  if (typeof v === 'string') {
    const s = v.trim();
    if (s.length === 0) return KEY_EMPTY;
    const y = digitsAt(s, 0, 4);
    const m = digitsAt(s, 5, 2);
    const d = digitsAt(s, 8, 2);
    if (y < 0 || m < 0 || d < 0 || s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d) return KEY_NOT_DATE;
    if (!validTimeSuffix(s, 10)) return KEY_NOT_DATE;
    return validYmd(y, m, d);
  }
  if (v instanceof Date) return jsDateKey(v);
  if (v === null || v === undefined) return KEY_EMPTY;
  return KEY_NOT_DATE;
}

function periodOfDateKey(k: number): number {
  if (k === KEY_EMPTY) return KEY_EMPTY;
  if (k < 0) return KEY_NOT_PERIOD;
  return Math.floor(k / 100);
}

function validYm(y: number, m: number): number {
  if (y < MIN_YEAR || y > MAX_YEAR) return KEY_NOT_PERIOD;
  if (m < 1 || m > 12) return KEY_INVALID_MONTH;
  return y * 100 + m;
}

/** Packed period y·100 + m of a cell, or a negative KEY_* error. */
export function periodKey(v: RawCell): number {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return KEY_NOT_PERIOD;
    if (Number.isInteger(v)) {
      if (v >= 100_000 && v <= 999_999) return validYm(Math.floor(v / 100), v % 100);
      if (v >= 19_000_101 && v <= 21_991_231) return periodOfDateKey(dateKey(v));
    }
    // A date serial (the Excel add-in API hands date-formatted cells over as serials). Small numbers
    // such as a bare month `3` are not taken as dates in 1900.
    if (v >= MIN_PERIOD_SERIAL && v <= MAX_SERIAL) return periodOfDateKey(excelSerialKey(v));
    return KEY_NOT_PERIOD;
  }
  if (typeof v === 'string') {
    const s = v.trim();
    if (s.length === 0) return KEY_EMPTY;
    const y = digitsAt(s, 0, 4);
    if (y < 0) return KEY_NOT_PERIOD;
    if (s.charCodeAt(4) === 0x2d) {
      if (s.length === 6 || s.length === 7) {
        const m = digitsAt(s, 5, s.length - 5);
        return m < 0 ? KEY_NOT_PERIOD : validYm(y, m);
      }
      const m = digitsAt(s, 5, 2);
      if (m >= 0 && (m < 1 || m > 12) && s.charCodeAt(7) === 0x2d) return KEY_INVALID_MONTH;
      return periodOfDateKey(dateKey(s));
    }
    if (s.length === 6) {
      const m = digitsAt(s, 4, 2);
      return m < 0 ? KEY_NOT_PERIOD : validYm(y, m);
    }
    return KEY_NOT_PERIOD;
  }
  if (v instanceof Date) return periodOfDateKey(jsDateKey(v));
  if (v === null || v === undefined) return KEY_EMPTY;
  return KEY_NOT_PERIOD;
}

function dateErrorOf(k: number): DateError {
  return k === KEY_EMPTY ? 'empty' : k === KEY_INVALID_DATE ? 'invalidDate' : 'notDate';
}

function periodErrorOf(k: number): PeriodError {
  return k === KEY_EMPTY ? 'empty' : k === KEY_INVALID_MONTH ? 'invalidMonth' : 'notPeriod';
}

/** Parses a date cell (see the module comment for the forms accepted). */
export function parseDate(v: RawCell): DateResult {
  const k = dateKey(v);
  if (k < 0) return fail(dateErrorOf(k));
  return ok({ year: Math.floor(k / 10_000), month: Math.floor(k / 100) % 100, day: k % 100 });
}

/** Parses a period cell to its calendar year and month (see the module comment). */
export function parsePeriod(v: RawCell): PeriodResult {
  const k = periodKey(v);
  if (k < 0) return fail(periodErrorOf(k));
  return ok({ year: Math.floor(k / 100), month: k % 100 });
}

export { dateErrorOf, periodErrorOf };
