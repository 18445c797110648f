/**
 * Calendar arithmetic for the generator on whole UTC days (days since 1970-01-01), so no
 * time zone can move a date.
 */
import { monthName } from '../core';

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The JavaScript Date (UTC midnight) of a day number. */
export function dateOf(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

export function yearOf(day: number): number {
  return dateOf(day).getUTCFullYear();
}

export function monthOf(day: number): number {
  return dateOf(day).getUTCMonth() + 1;
}

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  return dateOf(day).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The nearest working day (Monday–Friday) in the same month, preferring later days. */
export function workday(day: number): number {
  const wd = weekday(day);
  if (wd !== 0 && wd !== 6) return day;
  const later = day + (wd === 6 ? 2 : 1);
  if (monthOf(later) === monthOf(day)) return later;
  return day - (wd === 6 ? 1 : 2);
}

/** A calendar month, with helpers to step through the generator's timeline. */
export interface YearMonth {
  year: number;
  month: number;
}

export function addMonths(ym: YearMonth, n: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthLabel(ym: YearMonth): string {
  return `${monthName(ym.month, 'sv', 'long')} ${ym.year}`;
}
