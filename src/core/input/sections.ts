/**
 * The chart of accounts' section keys (Swedish and English) → `SectionKey`.
 */
import { foldCompact } from './cells';
import type { RawCell } from './types';
import type { SectionKey } from './parsed';

export interface SectionName {
  key: SectionKey;
  sv: string;
  en: string;
  /** Further accepted spellings. */
  more?: readonly string[];
}

/** The section keys in the contract's order: income statement, then balance sheet. */
export const SECTIONS: readonly SectionName[] = [
  { key: 'revenue', sv: 'Intäkter', en: 'Revenue', more: ['Verksamhetens intäkter'] },
  { key: 'expenses', sv: 'Kostnader', en: 'Expenses', more: ['Verksamhetens kostnader'] },
  { key: 'contributions', sv: 'Bidrag', en: 'Contributions', more: ['Erhållna bidrag från huvudmännen', 'Medlemsbidrag'] },
  { key: 'financialIncome', sv: 'Finansiella intäkter', en: 'Financial income' },
  { key: 'financialExpenses', sv: 'Finansiella kostnader', en: 'Financial expenses' },
  { key: 'extraordinaryIncome', sv: 'Extraordinära intäkter', en: 'Extraordinary income' },
  { key: 'extraordinaryExpenses', sv: 'Extraordinära kostnader', en: 'Extraordinary expenses' },
  { key: 'fixedAssets', sv: 'Anläggningstillgångar', en: 'Fixed assets' },
  { key: 'receivables', sv: 'Kortfristiga fordringar', en: 'Current receivables' },
  { key: 'investments', sv: 'Kortfristiga placeringar', en: 'Short-term investments' },
  { key: 'cash', sv: 'Likvida medel', en: 'Cash' },
  { key: 'equity', sv: 'Eget kapital', en: 'Equity' },
  { key: 'result', sv: 'Periodens resultat', en: 'Result for the period', more: ['Årets resultat', 'Result for the year'] },
  { key: 'provisions', sv: 'Avsättningar', en: 'Provisions' },
  { key: 'longTermLiabilities', sv: 'Långfristiga skulder', en: 'Long-term liabilities' },
  { key: 'currentLiabilities', sv: 'Kortfristiga skulder', en: 'Current liabilities' },
];

const LOOKUP: ReadonlyMap<string, SectionKey> = (() => {
  const m = new Map<string, SectionKey>();
  for (const s of SECTIONS) for (const name of [s.sv, s.en, s.key, ...(s.more ?? [])]) m.set(foldCompact(name), s.key);
  return m;
})();

/**
 * The section a cell names: Swedish or English key, case, spaces, hyphens and å/ä/ö
 * ignored (`kortfristiga  FORDRINGAR`, `Short term investments`); undefined when unknown.
 */
export function sectionOf(v: RawCell): SectionKey | undefined {
  return LOOKUP.get(foldCompact(v));
}
