/**
 * Month names (Swedish and English, full and three-letter) and numbers → calendar month 1–12,
 * and calendar month ↔ fiscal month.
 */
import { capitalised, MONTHS } from '../text/months';
import { foldKey } from './cells';
import type { RawCell } from './types';

/** Abbreviations read besides the month table's short names. */
const MORE_ABBREVIATIONS: Readonly<Record<number, readonly string[]>> = { 9: ['Sept'] };

/**
 * Names of each calendar month as a column heading, index 0 = January: Swedish, English, then
 * the other names a heading may use (short names, `Sept`). From the month table (src/core/text).
 */
export const MONTH_NAMES: readonly { sv: string; en: string; more: readonly string[] }[] = MONTHS.sv.long.map((long, i) => {
  const sv = capitalised(long);
  const en = MONTHS.en.long[i];
  const short = [capitalised(MONTHS.sv.short[i]), MONTHS.en.short[i], ...(MORE_ABBREVIATIONS[i + 1] ?? [])];
  return { sv, en, more: short.filter((n, k) => n !== sv && n !== en && short.indexOf(n) === k) };
});

const BY_NAME: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  MONTH_NAMES.forEach((names, i) => {
    for (const n of [names.sv, names.en, ...names.more]) m.set(foldKey(n), i + 1);
    m.set(String(i + 1), i + 1);
    if (i < 9) m.set('0' + String(i + 1), i + 1);
  });
  return m;
})();

/** Calendar month 1–12 named by a cell (`Jan`, `januari`, `May`, `okt`, 3, `"03"`), else undefined. */
export function monthOf(v: RawCell): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 12 ? v : undefined;
  return BY_NAME.get(foldKey(v));
}

/** Fiscal month index 0–11 of calendar month 1–12 when the fiscal year starts in `firstMonth`. */
export function fiscalIndex(calendarMonth: number, firstMonth: number): number {
  return (calendarMonth - firstMonth + 12) % 12;
}
