/**
 * Excel's serial dates: days counted from 1899-12-30 (the 1900 date system, so serial 25569 is
 * 1970-01-01; the fake 1900-02-29 is not special-cased) or from 1904-01-01 (the 1904 system,
 * 1 462 days later). JS dates are taken and given as UTC days, as the core reads them.
 */

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01. */
export const EXCEL_EPOCH_OFFSET = 25_569;
/** The 1904 system counts from 1904-01-01: serial + 1 462 is the same day in the 1900 system. */
export const OFFSET_1904 = 1_462;

/** The 1900-system serial of a date (UTC fields, a time of day rounded to the nearest day). */
export function excelSerial(date: Date): number {
  return Math.round(date.getTime() / MS_PER_DAY) + EXCEL_EPOCH_OFFSET;
}

/** A serial date as a JS Date (UTC; a fraction of a day is its time, to the millisecond). */
export function serialToDate(serial: number, date1904 = false): Date {
  const days = serial + (date1904 ? OFFSET_1904 : 0) - EXCEL_EPOCH_OFFSET;
  return new Date(Math.round(days * MS_PER_DAY));
}
