/**
 * The fiscal calendar: which fiscal year and month a calendar month belongs to, the report
 * period's first and last day, and its label ("jan–aug 2024").
 */
import type { Lang } from '../input/types';
import { monthName } from '../text/months';

/** Fiscal year (named by the calendar year it starts in) and fiscal month 1–12. */
export function fiscalOf(calYear: number, calMonth: number, firstMonth: number): { year: number; month: number } {
  const offset = (calMonth - firstMonth + 12) % 12;
  return { year: calMonth >= firstMonth ? calYear : calYear - 1, month: offset + 1 };
}

/** Calendar year and month of fiscal month `m` (1–12) of fiscal year `year`. */
export function calendarOf(year: number, m: number, firstMonth: number): { year: number; month: number } {
  const zero = firstMonth - 1 + (m - 1);
  return { year: year + Math.floor(zero / 12), month: (zero % 12) + 1 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First day of the fiscal year, `YYYY-MM-DD`. */
export function firstDay(year: number, firstMonth: number): string {
  return `${year}-${pad(firstMonth)}-01`;
}

/** Last day of fiscal month `period` of the fiscal year, `YYYY-MM-DD`. */
export function lastDay(year: number, period: number, firstMonth: number): string {
  const c = calendarOf(year, period, firstMonth);
  const days = new Date(Date.UTC(c.year, c.month, 0)).getUTCDate();
  return `${c.year}-${pad(c.month)}-${pad(days)}`;
}

/** "jan–aug 2024", "jul 2023–feb 2024", "jan 2024" for months 1..period of fiscal year `year`. */
export function periodLabel(year: number, period: number, firstMonth: number, lang: Lang): string {
  const a = calendarOf(year, 1, firstMonth);
  const b = calendarOf(year, period, firstMonth);
  if (period === 1) return `${monthName(a.month, lang, 'short')} ${a.year}`;
  if (a.year === b.year) return `${monthName(a.month, lang, 'short')}–${monthName(b.month, lang, 'short')} ${a.year}`;
  return `${monthName(a.month, lang, 'short')} ${a.year}–${monthName(b.month, lang, 'short')} ${b.year}`;
}

/** "2024" or "2023/2024" for a fiscal year that does not follow the calendar. */
export function yearLabel(year: number, firstMonth: number): string {
  return firstMonth === 1 ? String(year) : `${year}/${year + 1}`;
}
