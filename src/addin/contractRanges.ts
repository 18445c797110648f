/**
 * The contract's ranges as the task pane lists them: the core's names (`RANGE_NAMES`,
 * `contractRangeOf` — one definition for the CLI and the add-in) plus how much the report
 * needs each one, for the "what is missing" line.
 */
import { isReportRangeName, RANGE_NAMES, contractRangeOf, type ContractRange as CoreContractRange } from '../core';

export type Need = 'required' | 'balanceSheet' | 'optional';

export interface ContractRange {
  /** The contract's own name, e.g. `Huvudbok`. */
  key: CoreContractRange;
  /** Every name the core accepts for it. */
  names: readonly string[];
  need: Need;
}

/**
 * Ranges the pane reads but does not list: the user's texts (`Texter`) are optional and change
 * no figure, like the extras' ranges (`Medlemsbidrag`, `Deltagare`, `Projekt`), which the list
 * leaves out too — so the list stays short enough for the progress to stay in view in a
 * narrow pane.
 */
type Unlisted = 'Texter';
const UNLISTED: readonly CoreContractRange[] = ['Texter'] satisfies Unlisted[];

/** Typed by the core's range list: a range added to the core must be placed here (or above) too. */
const NEEDS: Record<Exclude<CoreContractRange, Unlisted>, Need> = {
  Huvudbok: 'required',
  IngaendeBalans: 'balanceSheet',
  Kontoplan: 'optional',
  Budget: 'optional',
  Prognos: 'optional',
  Kostnadsstallen: 'optional',
  Installningar: 'optional',
};

export const CONTRACT_RANGES: readonly ContractRange[] = (Object.keys(RANGE_NAMES) as CoreContractRange[])
  .filter((key): key is Exclude<CoreContractRange, Unlisted> => !UNLISTED.includes(key))
  .map((key) => ({ key, names: RANGE_NAMES[key], need: NEEDS[key] }));

/** True for a workbook name or table name that stands for one of the contract's ranges. */
export function isContractName(name: string): boolean {
  return contractRangeOf(name) !== undefined;
}

/**
 * True for every name the core reads: a contract range, or one of the optional ranges of the
 * extra sheets (`Medlemsbidrag`, `Deltagare`, `Arsvolym`, `Projekt`), so the pane's report is
 * the command-line tool's.
 */
export function isInputName(name: string): boolean {
  return isReportRangeName(name);
}

export { contractRangeOf };
