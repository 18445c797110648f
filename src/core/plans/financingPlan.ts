/**
 * The financing plan: the owners' annual contribution split by law (Lag 2003:1210) — the
 * state half (Försäkringskassan and Arbetsförmedlingen a quarter each, or one member for
 * the whole half), the region a quarter, the municipalities a quarter split by population —
 * in whole kronor that add up exactly to the total (largest remainder, `money.allocate`),
 * and each member's amount by fiscal quarter (each quarter's column a quarter of the total)
 * and for the report period.
 */
import type { MemberRow, Party } from '../input/members';
import { allocate, Dec, ore, ZERO } from '../money';

/** The share of each kind of owner: the state a half, the region and the municipalities a quarter each. */
export const PARTY_SHARES: Readonly<Record<Party, Dec>> = {
  state: new Dec(1).div(2),
  region: new Dec(1).div(4),
  municipality: new Dec(1).div(4),
};

/** The order parties are listed and allocated in. */
export const PARTY_ORDER: readonly Party[] = ['state', 'region', 'municipality'];

export interface PlanMember {
  member: MemberRow;
  /** The member's exact share of the total (a fraction, 0.25 = a quarter). */
  share: Dec;
  /** Annual amount, öre in whole kronor. */
  amount: number;
  /** Amount per fiscal quarter 1–4, öre in whole kronor; they add up to `amount`. */
  quarters: number[];
  /** The part of the amount for fiscal months 1..period (amount × period/12 in whole kronor). */
  periodPlan: number;
}

export interface FinancingPlan {
  /** The annual total, öre. */
  total: number;
  /** Members by party (state, region, municipalities), in range order within a party. */
  members: PlanMember[];
  /** Parties the range has no member of (the plan then cannot be made). */
  missing: Party[];
}

const ONE = new Dec(1);

/**
 * Splits `totalOre` (a whole number of kronor, in öre) between `members` for a report
 * through fiscal month `period`. Every amount is whole kronor; the parts add up exactly to
 * the total, each member's quarters to its amount. When a party has no member, `missing`
 * names it and `members` is empty.
 */
export function financingPlan(members: readonly MemberRow[], totalOre: number, period: number): FinancingPlan {
  const byParty = new Map<Party, MemberRow[]>(PARTY_ORDER.map((p) => [p, []]));
  for (const m of members) byParty.get(m.party)!.push(m);
  const missing = PARTY_ORDER.filter((p) => byParty.get(p)!.length === 0);
  if (missing.length > 0) return { total: totalOre, members: [], missing };
  const whole = totalOre - (totalOre % 100);
  const partyTotals = allocate(
    ore(whole),
    PARTY_ORDER.map((p) => PARTY_SHARES[p]),
    100,
  );
  const out: PlanMember[] = [];
  const quarters = new QuarterSplitter();
  PARTY_ORDER.forEach((party, pi) => {
    const group = byParty.get(party)!;
    const weights = party === 'municipality' ? group.map((m) => new Dec(m.population ?? 0)) : group.map(() => ONE);
    const weightSum = weights.reduce((a, w) => a.plus(w), ZERO);
    const amounts = allocate(partyTotals[pi], weights, 100);
    group.forEach((member, i) => {
      const amount = amounts[i];
      out.push({
        member,
        share: PARTY_SHARES[party].times(weights[i]).div(weightSum),
        amount,
        quarters: quarters.split(amount),
        periodPlan: periodPart(amount, period),
      });
    });
  });
  return { total: totalOre, members: out, missing };
}

/**
 * Splits members' amounts into four quarters so that each member's quarters add up to its
 * amount (differing by at most a krona) and each quarter's column adds up to a quarter of
 * the total: the kronor left over after the even split go to the quarters in turn, each
 * member continuing where the one before left off (`allocate`, with the quarters rotated).
 */
class QuarterSplitter {
  private next = 0;

  split(amountOre: number): number[] {
    const parts = allocate(ore(amountOre), [ONE, ONE, ONE, ONE], 100);
    const out = new Array<number>(4);
    for (let k = 0; k < 4; k++) out[(this.next + k) % 4] = parts[k];
    this.next = (this.next + (Math.abs(amountOre / 100) % 4)) % 4;
    return out;
  }
}

/** The part of an annual amount (whole kronor, öre) for fiscal months 1..period, in whole kronor. */
export function periodPart(amountOre: number, period: number): number {
  if (period >= 12) return amountOre;
  if (period <= 0 || amountOre === 0) return 0;
  return allocate(ore(amountOre), [new Dec(period), new Dec(12 - period)], 100)[0];
}
