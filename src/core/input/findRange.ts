/**
 * Finding the contract's ranges among the workbook's names: case-insensitively, with every
 * alias of the contract and the Swedish spellings with å/ä/ö (`IngåendeBalans`).
 */
import { cellAddress } from './cellAddress';
import { foldCompact } from './cells';
import type { Problem, RangeData } from './types';

/** The contract's ranges, by their canonical (contract) name. */
export type ContractRange = 'Huvudbok' | 'IngaendeBalans' | 'Kontoplan' | 'Budget' | 'Prognos' | 'Kostnadsstallen' | 'Installningar' | 'Texter';

/** Names accepted for each range; the first is the contract's own name. */
export const RANGE_NAMES: Readonly<Record<ContractRange, readonly string[]>> = {
  Huvudbok: ['Huvudbok', 'Ledger', 'GeneralLedger'],
  IngaendeBalans: ['IngaendeBalans', 'IngåendeBalans', 'IB', 'OpeningBalances', 'OpeningBalance'],
  Kontoplan: ['Kontoplan', 'ChartOfAccounts'],
  Budget: ['Budget'],
  Prognos: ['Prognos', 'Forecast'],
  Kostnadsstallen: ['Kostnadsstallen', 'Kostnadsställen', 'CostCentres', 'CostCenters'],
  Installningar: ['Installningar', 'Inställningar', 'Settings'],
  Texter: ['Texter', 'Texts'],
};

/**
 * The comparable form of a range name: a sheet prefix (`Data!Huvudbok`, `'Min data'!IB`)
 * dropped, then case, å/ä/ö, spaces, underscores and dots ignored.
 */
export function rangeNameKey(name: string): string {
  const bang = name.lastIndexOf('!');
  return foldCompact(bang >= 0 ? name.slice(bang + 1) : name);
}

const LOOKUP: ReadonlyMap<string, ContractRange> = (() => {
  const m = new Map<string, ContractRange>();
  for (const [contract, names] of Object.entries(RANGE_NAMES) as [ContractRange, readonly string[]][]) {
    for (const n of names) m.set(rangeNameKey(n), contract);
  }
  return m;
})();

/** The contract range a workbook name stands for, if any. */
export function contractRangeOf(name: string): ContractRange | undefined {
  return LOOKUP.get(rangeNameKey(name));
}

/**
 * Picks each contract range from the workbook's ranges. When two ranges stand for the same
 * contract range (`Huvudbok` and `Ledger`), the first is used and the other gets a warning.
 */
export function findRanges(ranges: readonly RangeData[], problems: Problem[]): Partial<Record<ContractRange, RangeData>> {
  const found: Partial<Record<ContractRange, RangeData>> = {};
  for (const r of ranges) {
    const contract = contractRangeOf(r.name);
    if (contract === undefined) continue;
    const had = found[contract];
    if (had === undefined) {
      found[contract] = r;
      continue;
    }
    problems.push({
      severity: 'warning',
      code: 'rangeDuplicate',
      range: contract,
      sheet: r.sheet,
      cell: cellAddress(r.row, r.col),
      value: r.name,
      params: { used: had.name, usedSheet: had.sheet },
    });
  }
  return found;
}
