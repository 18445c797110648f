/** Numbers for display in the pane (Swedish: no-break space between thousands). */
import type { Lang } from '../../core';

export function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? '\u00a0' : ',');
  return n < 0 ? `\u2212${digits}` : digits;
}
