/**
 * A `Kontoplan` row for an account of a SIE file: the section by account class (the
 * contract's default plan: 10–13 fixed assets … 3800–3899 contributions … 89 extraordinary
 * items), the statement line of the built-in default chart, and its note flag. For class 89
 * the account type of `#KTYP` (I = income, K = cost) decides between extraordinary income and
 * expenses; otherwise the default chart's split applies.
 */
import { DEFAULT_CHART, LINE_NAMES, type DefaultChartRange } from '../chart/defaultChart';
import type { SectionKey } from '../input/parsed';
import type { SieAccountType } from './types';

/** The contract's Swedish section keys (what a user would type in `Avsnitt`). */
export const SECTION_KEYS_SV: Record<SectionKey, string> = {
  revenue: 'Intäkter',
  expenses: 'Kostnader',
  contributions: 'Bidrag',
  financialIncome: 'Finansiella intäkter',
  financialExpenses: 'Finansiella kostnader',
  extraordinaryIncome: 'Extraordinära intäkter',
  extraordinaryExpenses: 'Extraordinära kostnader',
  fixedAssets: 'Anläggningstillgångar',
  receivables: 'Kortfristiga fordringar',
  investments: 'Kortfristiga placeringar',
  cash: 'Likvida medel',
  equity: 'Eget kapital',
  result: 'Periodens resultat',
  provisions: 'Avsättningar',
  longTermLiabilities: 'Långfristiga skulder',
  currentLiabilities: 'Kortfristiga skulder',
};

export interface ChartPlacement {
  section: SectionKey;
  /** Swedish section key for the `Avsnitt` column. */
  sectionKey: string;
  /** Swedish line name for the `Rad` column. */
  line: string;
  note: boolean;
}

function narrowest(account: number): DefaultChartRange | undefined {
  let best: DefaultChartRange | undefined;
  for (const r of DEFAULT_CHART) {
    if (account < r.from || account > r.to) continue;
    if (!best || r.to - r.from < best.to - best.from) best = r;
  }
  return best;
}

/** Where an account 1000–8999 goes; undefined for class 9 and numbers outside 1000–9999. */
export function chartPlacement(account: number, type?: SieAccountType): ChartPlacement | undefined {
  if (!Number.isInteger(account) || account < 1000 || account > 8999) return undefined;
  if (account >= 8900 && !isTaxOnResult(account) && (type === 'I' || type === 'K')) {
    const section: SectionKey = type === 'I' ? 'extraordinaryIncome' : 'extraordinaryExpenses';
    return { section, sectionKey: SECTION_KEYS_SV[section], line: SECTION_KEYS_SV[section], note: false };
  }
  const r = narrowest(account);
  if (!r) return undefined;
  return {
    section: r.section,
    sectionKey: SECTION_KEYS_SV[r.section],
    line: (r.line ? LINE_NAMES[r.line]?.sv : undefined) ?? SECTION_KEYS_SV[r.section],
    note: r.note === true,
  };
}

/** BAS 8910–8929: tax on the year's result (never "extraordinary", whatever #KTYP says). */
export function isTaxOnResult(account: number): boolean {
  return account >= 8910 && account <= 8929;
}

/**
 * Balance or result account: `#KTYP` when the file gives it (T, S = balance; K, I = result),
 * else the account class (1–2 balance, 3–9 result).
 */
export function accountKind(account: number, type?: SieAccountType): 'balance' | 'result' {
  if (type === 'T' || type === 'S') return 'balance';
  if (type === 'K' || type === 'I') return 'result';
  const lead = accountClass(account);
  return lead === 1 || lead === 2 ? 'balance' : 'result';
}

/** Account class 3–8 by the account number's first digit. */
export function isResultClass(account: number): boolean {
  const lead = accountClass(account);
  return lead >= 3 && lead <= 8;
}

/** The account class: the first digit of the number as written with at least four digits (`0351` is class 0). */
function accountClass(account: number): number {
  return String(account).padStart(4, '0').charCodeAt(0) - 0x30;
}
