/**
 * The marker of a report sheet: a workbook-scoped name `FinsamRapport_<n>` referring to its
 * A1 (see `SHEET_MARKER_PREFIX`). It follows the sheet when a user renames it and lets a
 * re-run replace exactly the sheets this tool made, and nothing else. Both writers (the CLI's
 * .xlsx writer and the task pane) name and recognise markers with these functions.
 */
import { quoteSheetName } from './sheetNames';
import { SHEET_MARKER_PREFIX } from './style';

const MARKER = new RegExp(`^${SHEET_MARKER_PREFIX}\\d+$`, 'i');

/** The marker name of the n-th report sheet (1-based). */
export function markerName(n: number): string {
  return `${SHEET_MARKER_PREFIX}${n}`;
}

/** The reference a marker holds: the sheet's A1. */
export function markerRef(sheetName: string): string {
  return `${quoteSheetName(sheetName)}!$A$1`;
}

/**
 * True for a marker name: the prefix and a number (Excel compares names case-insensitively).
 * `FinsamRapport_anteckningar` is a user's name.
 */
export function isMarkerName(name: string): boolean {
  return MARKER.test(name);
}
