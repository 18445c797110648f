/**
 * The marker of a report sheet: a workbook-scoped name `FinsamRapport_<n>` referring to its
 * A1. It follows the sheet when a user renames it and lets a re-run replace exactly the
 * sheets this tool made, and nothing else.
 */
import { quoteSheetName } from '../core/model/sheetNames';
import { SHEET_MARKER_PREFIX } from '../core/model/style';

const MARKER = new RegExp(`^${SHEET_MARKER_PREFIX}\\d+$`, 'i');

/** The marker name of the n-th report sheet (1-based). */
export function markerName(n: number): string {
  return `${SHEET_MARKER_PREFIX}${n}`;
}

/** The reference a marker holds: the sheet's A1. */
export function markerRef(sheetName: string): string {
  return `${quoteSheetName(sheetName)}!$A$1`;
}

/** True for a name this tool writes as a marker. */
export function isMarkerName(name: string): boolean {
  return MARKER.test(name);
}
