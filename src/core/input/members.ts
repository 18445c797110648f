/**
 * `Medlemsbidrag` (Contributions): the members of the financing plan — name, kind of owner
 * (`Huvudman`: Stat, Region, Kommun), population for the municipalities' split, and
 * optionally the member's contribution account (an account or a range) so booked
 * contributions can be set against the plan.
 */
import { parseAmount } from './amount';
import { cellAddress } from './cellAddress';
import { foldKey, isBlank, rowBlankAt } from './cells';
import { accountRangeOf } from './chart';
import { reportEmpty, textOf, type RowContext } from './fields';
import { column, type ColumnDef } from './headers';
import type { RangeRef } from './parsed';
import { required, setupRange } from './rangeSetup';
import type { Problem, RangeData, RawCell } from './types';

/** The kind of owner: the state (Försäkringskassan, Arbetsförmedlingen), a region, a municipality. */
export type Party = 'state' | 'region' | 'municipality';

export interface MemberRow {
  name: string;
  party: Party;
  /** Inhabitants (municipalities; ignored for the others). */
  population?: number;
  /** The member's contribution account(s), when the range names them. */
  accounts?: { from: number; to: number };
  sourceRow: number;
}

export interface ParsedMembers {
  rows: MemberRow[];
  ref: RangeRef;
  /** True when the range has a `Konto` column (accounts are then tied by it alone). */
  hasAccountColumn: boolean;
}

export const MEMBER_COLUMNS = {
  member: column('member', 'Medlem', 'Member', 'Medlemsorganisation', 'Namn', 'Name'),
  party: column('party', 'Huvudman', 'Party', 'Part', 'Typ av huvudman', 'Owner type'),
  population: column('population', 'Befolkning', 'Population', 'Invånare', 'Folkmängd', 'Antal invånare', 'Inhabitants'),
  account: column('account', 'Konto', 'Account', 'Bidragskonto', 'Contribution account'),
} satisfies Record<string, ColumnDef>;

const C = MEMBER_COLUMNS;

const PARTIES: ReadonlyMap<string, Party> = new Map([
  ['stat', 'state'],
  ['staten', 'state'],
  ['state', 'state'],
  ['region', 'region'],
  ['regionen', 'region'],
  ['landsting', 'region'],
  ['landstinget', 'region'],
  ['kommun', 'municipality'],
  ['kommunen', 'municipality'],
  ['kommuner', 'municipality'],
  ['municipality', 'municipality'],
]);

/** The kind of owner named by a cell (`Stat`, `Region`, `Kommun`, or English), else undefined. */
export function partyOf(v: RawCell): Party | undefined {
  return PARTIES.get(foldKey(v));
}

/** A population: a whole number > 0 (`48312`, `48 312`); undefined otherwise. */
export function populationOf(v: RawCell): number | undefined {
  const r = parseAmount(v);
  if (!r.ok || r.value <= 0 || r.value % 100 !== 0) return undefined;
  return r.value / 100;
}

/** Parses the members; undefined when Medlem or Huvudman is missing. A repeated member: the first row counts. */
export function parseMembers(range: RangeData, problems: Problem[]): ParsedMembers | undefined {
  const s = setupRange(range, 'Medlemsbidrag', Object.values(C), [required(C.member), required(C.party)], problems);
  if (!s.ok) {
    s.rp.finish();
    return undefined;
  }
  const { cols, rp } = s;
  const ctx: RowContext = { rp, header: s.header };
  const rows: MemberRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (let i = s.firstRow; i < range.values.length; i++) {
    const row = range.values[i];
    if (rowBlankAt(row, s.known)) continue;
    const name = textOf(row[cols.member]);
    if (name === undefined) reportEmpty(ctx, i, cols.member);
    const pv = row[cols.party];
    const party = partyOf(pv);
    if (party === undefined) {
      if (isBlank(pv)) reportEmpty(ctx, i, cols.party);
      else rp.error('unknownParty', i, cols.party, pv);
    }
    let population: number | undefined;
    if (party === 'municipality') {
      const v = cols.population >= 0 ? row[cols.population] : undefined;
      if (isBlank(v)) rp.error('memberPopulationMissing', i, cols.population >= 0 ? cols.population : cols.party, undefined, { member: name ?? '' });
      else {
        population = populationOf(v);
        if (population === undefined) rp.error('notPopulation', i, cols.population, v);
      }
    }
    let accounts: MemberRow['accounts'];
    if (cols.account >= 0 && !isBlank(row[cols.account])) {
      const a = accountRangeOf(row[cols.account]);
      if (typeof a === 'number') rp.error('notAccountOrRange', i, cols.account, row[cols.account]);
      else accounts = a;
    }
    if (name === undefined || party === undefined || (party === 'municipality' && population === undefined)) continue;
    const key = foldKey(name);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      rp.warning('duplicateMember', i, cols.member, row[cols.member], { first: cellAddress(s.ref.row + first, s.ref.col + cols.member) });
      continue;
    }
    firstRowOf.set(key, i);
    const entry: MemberRow = { name, party, sourceRow: i };
    if (population !== undefined) entry.population = population;
    if (accounts) entry.accounts = accounts;
    rows.push(entry);
  }
  rp.finish();
  return { rows, ref: s.ref, hasAccountColumn: cols.account >= 0 };
}
