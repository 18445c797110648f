/**
 * Month names (Swedish and English, full and three-letter) and numbers → calendar month 1–12,
 * and calendar month ↔ fiscal month.
 */
import { foldKey } from './cells';
import type { RawCell } from './types';

/** Names of each calendar month, index 0 = January: Swedish, English, then abbreviations. */
export const MONTH_NAMES: readonly { sv: string; en: string; more: readonly string[] }[] = [
  { sv: 'Januari', en: 'January', more: ['Jan'] },
  { sv: 'Februari', en: 'February', more: ['Feb'] },
  { sv: 'Mars', en: 'March', more: ['Mar'] },
  { sv: 'April', en: 'April', more: ['Apr'] },
  { sv: 'Maj', en: 'May', more: [] },
  { sv: 'Juni', en: 'June', more: ['Jun'] },
  { sv: 'Juli', en: 'July', more: ['Jul'] },
  { sv: 'Augusti', en: 'August', more: ['Aug'] },
  { sv: 'September', en: 'September', more: ['Sep', 'Sept'] },
  { sv: 'Oktober', en: 'October', more: ['Okt', 'Oct'] },
  { sv: 'November', en: 'November', more: ['Nov'] },
  { sv: 'December', en: 'December', more: ['Dec'] },
];

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
