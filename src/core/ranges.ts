/** Which of a workbook's names the product reads: the contract's ranges and the extras' ranges. */
import { extraRangeOf } from './extras';
import { contractRangeOf } from './input/findRange';

/** True for a name (or alias) of any range the report reads. */
export function isReportRangeName(name: string): boolean {
  return contractRangeOf(name) !== undefined || extraRangeOf(name) !== undefined;
}
