/** Number display for texts (check details, summaries): Swedish `1 234,56`, English `1,234.56`. */
import type { Lang } from './input/types';
import type { Dec } from './money';

export function formatAmount(v: Dec, lang: Lang, decimals = 2): string {
  const fixed = v.abs().toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? ' ' : ',');
  const sign = v.isNegative() && !v.isZero() ? '-' : '';
  return sign + grouped + (frac ? (lang === 'sv' ? ',' : '.') + frac : '');
}
