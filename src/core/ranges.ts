/** Which of a workbook's names the product reads: the contract's ranges and the extras' ranges. */
import { extraRangeOf } from './extras';
import { contractRangeOf } from './input/findRange';

/** True for a name (or alias) of any range the report reads. */
export function isReportRangeName(name: string): boolean {
  return contractRangeOf(name) !== undefined || extraRangeOf(name) !== undefined;
}

/**
 * True when `text` calls a function — a `(` outside quoted sheet names and strings — as
 * dynamic names do: `OFFSET(Data!$A$1,0,0,COUNTA(Data!$A:$A),8)`, `Data!$A$1:INDEX(…)`.
 */
export function callsFunction(text: string): boolean {
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 39 /* ' */ || c === 34 /* " */) quote = c;
    else if (c === 40 /* ( */) return true;
  }
  return false;
}
