/**
 * The one month table: Swedish and English month names, long and short, as each language
 * writes them inside a sentence (Swedish in lower case). Index 0 is January.
 */
import type { Lang } from '../input/types';

export const MONTHS: Readonly<Record<Lang, { readonly long: readonly string[]; readonly short: readonly string[] }>> = {
  sv: {
    long: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    short: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  },
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};

/** The name of calendar month 1–12: `maj`, `May` (short) or `augusti`, `August` (long). */
export function monthName(month: number, lang: Lang, form: 'long' | 'short'): string {
  return MONTHS[lang][form][month - 1];
}

/** A name as a heading or the first word of a cell: `Januari`, `Okt`. */
export function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
