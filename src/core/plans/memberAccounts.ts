/**
 * Which contribution accounts hold which member's contributions, so that the booked
 * contributions can be set against the financing plan. Three ways, the first that applies:
 *
 * 1. `Medlemsbidrag` has a `Konto` column: each member's account (or range) as given.
 * 2. `Kontoplan` has a `Medlem` column: an account belongs to the member named on the
 *    narrowest chart row that covers it and names a member.
 * 3. One account per member, by name: the account's name contains the member's name
 *    (`Bidrag Åsby kommun` ↔ `Åsby kommun`) — used only when every member gets exactly one
 *    account and no account is claimed twice.
 */
import { foldKey } from '../input/cells';
import type { MemberRow } from '../input/members';
import type { ChartRow } from '../input/parsed';

export type TieMethod = 'memberAccount' | 'chartMember' | 'accountName';

export interface MemberTies {
  method: TieMethod;
  /** Accounts per member (index into the members given); a member without ties is absent. */
  accounts: Map<number, number[]>;
  /** Chart rows whose `Medlem` names no member of the plan (method `chartMember`). */
  unknownChartMembers: ChartRow[];
}

/**
 * Ties `accounts` (the contribution accounts with activity) to `members`. `nameOf` gives an
 * account's name ('' when none). Undefined when no way applies.
 */
export function tieMemberAccounts(
  members: readonly MemberRow[],
  accounts: readonly number[],
  chart: readonly ChartRow[] | undefined,
  nameOf: (account: number) => string,
  hasAccountColumn: boolean,
): MemberTies | undefined {
  const sorted = [...accounts].sort((a, b) => a - b);
  if (hasAccountColumn) {
    const ties = new Map<number, number[]>();
    members.forEach((m, i) => {
      if (!m.accounts) return;
      const { from, to } = m.accounts;
      ties.set(
        i,
        sorted.filter((a) => a >= from && a <= to),
      );
    });
    return { method: 'memberAccount', accounts: ties, unknownChartMembers: [] };
  }
  const named = (chart ?? []).filter((r) => r.member !== undefined);
  if (named.length > 0) {
    const index = new Map(members.map((m, i) => [foldKey(m.name), i]));
    const unknownChartMembers = named.filter((r) => !index.has(foldKey(r.member)));
    const ties = new Map<number, number[]>();
    for (const r of named) {
      const i = index.get(foldKey(r.member));
      if (i !== undefined && !ties.has(i)) ties.set(i, []);
    }
    for (const a of sorted) {
      let best: ChartRow | undefined;
      for (const r of named) {
        if (a < r.from || a > r.to || !index.has(foldKey(r.member))) continue;
        if (!best || r.to - r.from < best.to - best.from) best = r;
      }
      if (best) ties.get(index.get(foldKey(best.member))!)!.push(a);
    }
    return { method: 'chartMember', accounts: ties, unknownChartMembers };
  }
  const ties = new Map<number, number[]>();
  const claimed = new Set<number>();
  for (let i = 0; i < members.length; i++) {
    const key = foldKey(members[i].name);
    const found = sorted.filter((a) => foldKey(nameOf(a)).includes(key));
    if (found.length !== 1 || claimed.has(found[0])) return undefined;
    claimed.add(found[0]);
    ties.set(i, found);
  }
  return members.length > 0 ? { method: 'accountName', accounts: ties, unknownChartMembers: [] } : undefined;
}
