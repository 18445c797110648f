/**
 * `#PSALDO` and `#PBUDGET` rows per account and cost centre, without counting anything twice.
 *
 * A file may give the same account's period amount several times: as a total (empty object
 * list `{}`), per cost centre (`{1 "3001"}`), per cost centre and project (`{1 "3001" 6 "P1"}`),
 * per project alone, … Each of those "levels" adds up to the same money, so exactly one
 * breakdown by cost centre is taken per account:
 *   - the level with dimension 1 alone, else the level with dimension 1 and the fewest other
 *     dimensions (summed over the other dimensions);
 *   - when the file also has the total, whatever the total holds beyond that breakdown is a
 *     row without cost centre (so the account's sum is always the total);
 *   - with no level that has dimension 1, the total; without a total, the level with the
 *     fewest dimensions, as rows without cost centre.
 */
import type { SiePeriodBalance } from './types';

export interface PeriodAmount {
  account: number;
  /** Cost-centre code (dimension 1), or undefined. */
  costCentre?: string;
  /** `YYYYMM` */
  period: string;
  /** öre */
  amount: number;
  /** Line of the first record that went into the amount. */
  line: number;
}

function signature(row: SiePeriodBalance): string {
  const dims = [...new Set(row.objects.map((o) => o.dim))].sort((a, b) => a - b);
  return dims.join(',');
}

function dimCount(sig: string): number {
  return sig === '' ? 0 : sig.split(',').length;
}

/** Picks one level per account (see above) and sums it by cost centre and period. */
export function periodAmountsByCostCentre(rows: readonly SiePeriodBalance[]): PeriodAmount[] {
  const byAccount = new Map<number, Map<string, SiePeriodBalance[]>>();
  for (const row of rows) {
    let levels = byAccount.get(row.account);
    if (!levels) byAccount.set(row.account, (levels = new Map<string, SiePeriodBalance[]>()));
    const sig = signature(row);
    let list = levels.get(sig);
    if (!list) levels.set(sig, (list = []));
    list.push(row);
  }

  const out: PeriodAmount[] = [];
  for (const account of [...byAccount.keys()].sort((a, b) => a - b)) {
    const levels = byAccount.get(account)!;
    const total = levels.get('');
    const withCostCentre = [...levels.keys()]
      .filter((sig) => sig.split(',').includes('1'))
      .sort((a, b) => dimCount(a) - dimCount(b) || (a < b ? -1 : a > b ? 1 : 0));
    const amounts = new Map<string, PeriodAmount>();
    const addTo = (costCentre: string | undefined, period: string, amount: number, line: number) => {
      const key = `${costCentre ?? ''}\u0000${period}`;
      const found = amounts.get(key);
      if (found) found.amount += amount;
      else amounts.set(key, { account, costCentre, period, amount, line });
    };

    if (withCostCentre.length > 0) {
      const breakdown = levels.get(withCostCentre[0])!;
      const perPeriod = new Map<string, number>();
      for (const row of breakdown) {
        const code = row.objects.find((o) => o.dim === 1)!.code;
        addTo(code, row.period, row.amount, row.line);
        perPeriod.set(row.period, (perPeriod.get(row.period) ?? 0) + row.amount);
      }
      if (total) {
        const totalPerPeriod = new Map<string, { amount: number; line: number }>();
        for (const row of total) {
          const t = totalPerPeriod.get(row.period);
          if (t) t.amount += row.amount;
          else totalPerPeriod.set(row.period, { amount: row.amount, line: row.line });
        }
        for (const [period, t] of totalPerPeriod) {
          const rest = t.amount - (perPeriod.get(period) ?? 0);
          if (rest !== 0) addTo(undefined, period, rest, t.line);
        }
      }
    } else {
      const sigs = [...levels.keys()].sort((a, b) => dimCount(a) - dimCount(b) || (a < b ? -1 : a > b ? 1 : 0));
      for (const row of levels.get(sigs[0])!) addTo(undefined, row.period, row.amount, row.line);
    }
    const list = [...amounts.values()].sort((a, b) => cmp(a.costCentre ?? '', b.costCentre ?? '') || cmp(a.period, b.period));
    for (const a of list) out.push(a);
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
