/** Section names as shown (the contract's section keys), Swedish and English. */
import type { SectionKey } from '../input/parsed';
import type { Lang } from '../input/types';
import { defineCatalogue } from '../text/catalogue';

const SECTION_NAMES = defineCatalogue<Record<SectionKey, { sv: string; en: string }>>({
  revenue: { sv: 'Intäkter', en: 'Revenue' },
  expenses: { sv: 'Kostnader', en: 'Expenses' },
  contributions: { sv: 'Erhållna bidrag från huvudmännen', en: 'Contributions from the owners' },
  financialIncome: { sv: 'Finansiella intäkter', en: 'Financial income' },
  financialExpenses: { sv: 'Finansiella kostnader', en: 'Financial expenses' },
  extraordinaryIncome: { sv: 'Extraordinära intäkter', en: 'Extraordinary income' },
  extraordinaryExpenses: { sv: 'Extraordinära kostnader', en: 'Extraordinary expenses' },
  fixedAssets: { sv: 'Anläggningstillgångar', en: 'Fixed assets' },
  receivables: { sv: 'Kortfristiga fordringar', en: 'Current receivables' },
  investments: { sv: 'Kortfristiga placeringar', en: 'Short-term investments' },
  cash: { sv: 'Likvida medel', en: 'Cash and bank' },
  equity: { sv: 'Eget kapital', en: 'Equity' },
  result: { sv: 'Periodens resultat', en: 'Result for the period' },
  provisions: { sv: 'Avsättningar', en: 'Provisions' },
  longTermLiabilities: { sv: 'Långfristiga skulder', en: 'Long-term liabilities' },
  currentLiabilities: { sv: 'Kortfristiga skulder', en: 'Current liabilities' },
});

export function sectionName(section: SectionKey, lang: Lang): string {
  return SECTION_NAMES.t(section, lang);
}

/** Balance-sheet sections whose presented sign is the debit sign (assets). */
export const ASSET_SECTIONS: ReadonlySet<SectionKey> = new Set(['fixedAssets', 'receivables', 'investments', 'cash']);

export const BALANCE_SECTIONS: ReadonlySet<SectionKey> = new Set([
  'fixedAssets',
  'receivables',
  'investments',
  'cash',
  'equity',
  'result',
  'provisions',
  'longTermLiabilities',
  'currentLiabilities',
]);
