/**
 * The few lines a cost centre's own sheet shows, as seeds 003 and 004 present an area
 * ("Personal, Lokal, Övrigt, Totalt"): each income-statement account in one group, from its
 * section and the account classes of the built-in chart (defaultChart.ts):
 *
 * | group | accounts |
 * |---|---|
 * | income (Intäkter) | section Intäkter (3000–3999 except the contributions) |
 * | personnel (Personalkostnader) | 5000–5499 and 5600–5999 (salaries, fees, travel, social charges, other staff costs) and 5541 Verksamhetsanknutna personalkostnader |
 * | premises (Lokalkostnader) | 6100–6199 |
 * | otherCosts (Övriga kostnader) | every other cost: 4000–4999, 5500–5599, 6000–6099, 6200–7999, depreciation |
 * | financial (Finansiella och extraordinära poster) | sections Finansiella intäkter/kostnader, Extraordinära intäkter/kostnader |
 * | contributions | section Bidrag: shown apart, as on Uppföljning KST |
 *
 * The section is the workbook's (its Kontoplan decides income or cost); within the costs the
 * account number decides, whatever line the user's chart gives the account.
 */
import type { SectionKey } from '../input/parsed';
import { DEFAULT_CHART } from './defaultChart';

export type CostGroup = 'income' | 'personnel' | 'premises' | 'otherCosts' | 'financial' | 'contributions';

/** The groups of the net cost, in the order a cost centre's sheet shows them. */
export const NET_COST_GROUPS: readonly CostGroup[] = ['income', 'personnel', 'premises', 'otherCosts', 'financial'];

const PERSONNEL_LINES: ReadonlySet<string> = new Set(['salaries', 'fees', 'travel', 'socialCharges', 'otherStaff']);

/** Staff bought for an activity: seed 003's areas count it as "Personal". */
const PERSONNEL_ACCOUNTS: ReadonlySet<number> = new Set([5541]);

/** The built-in chart's income-statement line of an account (the narrowest range that holds it). */
export function defaultLineOf(account: number): string | undefined {
  let best: { line: string; width: number } | undefined;
  for (const r of DEFAULT_CHART) {
    if (!r.line || account < r.from || account > r.to) continue;
    if (!best || r.to - r.from <= best.width) best = { line: r.line, width: r.to - r.from };
  }
  return best?.line;
}

/** The group of an income-statement account in `section`; undefined for a balance-sheet section. */
export function costGroupOf(account: number, section: SectionKey): CostGroup | undefined {
  switch (section) {
    case 'revenue':
      return 'income';
    case 'contributions':
      return 'contributions';
    case 'financialIncome':
    case 'financialExpenses':
    case 'extraordinaryIncome':
    case 'extraordinaryExpenses':
      return 'financial';
    case 'expenses': {
      if (PERSONNEL_ACCOUNTS.has(account)) return 'personnel';
      const line = defaultLineOf(account);
      if (line !== undefined && PERSONNEL_LINES.has(line)) return 'personnel';
      return line === 'premises' ? 'premises' : 'otherCosts';
    }
    default:
      return undefined;
  }
}
