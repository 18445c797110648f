/**
 * The named ranges of the workbook contract (shared/spec/workbook-contract.md) that the task
 * pane looks for and lists: each with the names it may have (Swedish first) and whether the
 * report needs it. Which cells of them mean what is the core's business; this table only
 * says which names to fetch from the workbook and how to show that one is missing.
 */
export type Need = 'required' | 'balanceSheet' | 'optional';

export interface ContractRange {
  /** The contract's Swedish name, used as the key and shown to the user. */
  key: string;
  /** Every accepted name (Excel compares names case-insensitively). */
  names: string[];
  need: Need;
}

export const CONTRACT_RANGES: readonly ContractRange[] = [
  { key: 'Huvudbok', names: ['Huvudbok', 'Ledger'], need: 'required' },
  { key: 'IngaendeBalans', names: ['IngaendeBalans', 'IB', 'OpeningBalances'], need: 'balanceSheet' },
  { key: 'Kontoplan', names: ['Kontoplan', 'ChartOfAccounts'], need: 'optional' },
  { key: 'Budget', names: ['Budget'], need: 'optional' },
  { key: 'Prognos', names: ['Prognos', 'Forecast'], need: 'optional' },
  { key: 'Kostnadsstallen', names: ['Kostnadsstallen', 'CostCentres'], need: 'optional' },
  { key: 'Installningar', names: ['Installningar', 'Settings'], need: 'optional' },
  { key: 'Medlemsbidrag', names: ['Medlemsbidrag', 'Contributions'], need: 'optional' },
  { key: 'Deltagare', names: ['Deltagare', 'Participants'], need: 'optional' },
  { key: 'Arsvolym', names: ['Arsvolym'], need: 'optional' },
];

/** Every name to look for, in contract order. */
export function contractNames(): string[] {
  return CONTRACT_RANGES.flatMap((r) => r.names);
}

/** The contract range a workbook name belongs to (case-insensitive), if any. */
export function contractRangeOf(name: string): ContractRange | undefined {
  const lower = name.toLowerCase();
  return CONTRACT_RANGES.find((r) => r.names.some((n) => n.toLowerCase() === lower));
}
