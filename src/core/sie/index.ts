/**
 * SIE 4 import: bytes of a `.se`/`.si` file → the workbook contract's ranges.
 * Flow: decodeSieBytes (CP437 or UTF-8, from the bytes) → parseSie (records, with problems
 * that carry line number and text) → sieToRanges (contract ranges + reconciliation).
 */
import { MAX_ORE } from '../input/amount';
import { parseWorkbook } from '../input/parseWorkbook';
import type { ImportedFile, Problem } from '../input/types';
import { parseSie } from './parser';
import { sieToRanges, type SieRanges, type SieReconciliation } from './toRanges';
import type { SieFile } from './types';
import { lineText } from './sourceLines';
import { shorten } from './problems';
import { parseAmount } from './values';
import { oreToDecimal, type DecimalText } from '../money';

export { decodeSieBytes, scanUtf8, type SieEncoding, type DecodedSie } from './decode';
export { decodeCp437, encodeCp437, isCp437 } from './cp437';
export { parseSie, parseSieText } from './parser';
export { sieToRanges, SHEET_NAMES as SIE_SHEET_NAMES, type SieRanges, type SieReconciliation, type SieBasis } from './toRanges';
export { formatSieProblem, SIE_MESSAGES } from './messages';
export { lineText } from './sourceLines';
export { importSheetPlan, importCellFormat, importDatesFor, TEXT_FORMAT, GENERAL_FORMAT, AMOUNT_FORMAT, DATE_FORMAT } from './importPlan';
export type { ImportSheetPlan, ImportCell, ImportDates } from './importPlan';
export type * from './types';

export interface SieImport extends SieRanges {
  file: SieFile;
  /** Parser problems followed by mapping and reconciliation problems. */
  problems: Problem[];
}

/** Reads a SIE 4 file and maps it to contract ranges; every problem of both steps is in `problems`. */
export function importSie(bytes: Uint8Array): SieImport {
  const file = parseSie(bytes);
  const mapped = sieToRanges(file);
  const problems = [...file.problems, ...mapped.problems];
  // Totals the report could not add up exactly: refused here as the report refuses them (issue 9).
  if (amountsMayExceedLimit(file)) problems.push(...parseWorkbook({ ranges: mapped.ranges }).problems.filter((p) => p.code === 'rangeTotalTooLarge'));
  return { ...mapped, file, problems };
}

/** True when the absolute values of the file's amounts add up to the report's range limit or more. */
function amountsMayExceedLimit(file: SieFile): boolean {
  let total = 0;
  for (const v of file.vouchers) for (const t of v.rows) total += Math.abs(t.amount);
  for (const b of [...file.openingBalances, ...file.periodBudgets]) total += Math.abs(b.amount);
  return total >= MAX_ORE;
}

/** The import's reconciliation for the report's checks sheet (`WorkbookInput.imported`). */
export function importedFile(imported: SieImport, fileName: string): ImportedFile {
  const bySheet = new Map(imported.ranges.map((r) => [r.sheet, imported.sourceLines[r.name]]));
  return {
    file: fileName,
    checked: imported.file.closingBalances.some((b) => b.year === 0) || imported.file.results.some((b) => b.year === 0),
    differences: imported.reconciliation,
    ...(imported.basis ? { basis: imported.basis } : {}),
    closingVouchers: imported.closingVouchers,
    duplicateVouchers: imported.duplicateVouchers,
    locate: (sheet, row) => {
      const line = bySheet.get(sheet)?.[row];
      return line ? { line, text: shorten(lineText(imported.file, line)) } : undefined;
    },
  };
}

/** A reconciliation row's difference, what the vouchers give − what the file says, as exact decimal text ('' when either is not an amount). */
export function reconciliationDifference(r: SieReconciliation): DecimalText | '' {
  const expected = parseAmount(r.expected);
  const actual = parseAmount(r.actual);
  return expected !== undefined && actual !== undefined ? oreToDecimal(actual - expected) : '';
}
