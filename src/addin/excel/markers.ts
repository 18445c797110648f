/**
 * Report-sheet markers: a workbook-scoped name `FinsamRapport_<n>` referring to A1 of each
 * sheet the product wrote (the same marker the CLI's ExcelJS writer uses). A marker follows
 * its sheet when the user renames it, so a re-run finds exactly its own sheets.
 */
import { SHEET_MARKER_PREFIX } from '../../core/model/style';
import type { MarkedSheet } from './types';

const MARKER = new RegExp(`^${SHEET_MARKER_PREFIX}\\d+$`, 'i');

/**
 * True for a marker name: the prefix and a number, as the CLI's writer makes them (Excel
 * compares names case-insensitively). `FinsamRapport_anteckningar` is a user's name.
 */
export function isMarkerName(name: string): boolean {
  return MARKER.test(name);
}

/**
 * The sheets and names of the workbook, and which sheets carry a marker. Two syncs.
 */
export async function loadWorkbookState(context: Excel.RequestContext): Promise<{ sheetNames: string[]; nameNames: string[]; marked: MarkedSheet[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name,items/type');
  await context.sync();

  const markerItems = names.items.filter((n) => isMarkerName(n.name));
  const resolved = markerItems.map((item) => {
    if (item.type !== 'Range') return { marker: item.name, sheet: undefined as Excel.Worksheet | undefined };
    const sheet = item.getRange().worksheet;
    sheet.load('name');
    return { marker: item.name, sheet };
  });
  if (resolved.some((r) => r.sheet)) await context.sync();
  return {
    sheetNames: worksheets.items.map((w) => w.name),
    nameNames: names.items.map((n) => n.name),
    marked: resolved.map((r) => ({ marker: r.marker, ...(r.sheet ? { sheet: r.sheet.name } : {}) })),
  };
}

/**
 * `count` marker names not used by any name in `existing`: the lowest free numbers. `prefix`
 * is the report's `FinsamRapport_` unless another kind of marker is meant (`FinsamSie_`).
 */
export function freeMarkerNames(existing: readonly string[], count: number, prefix: string = SHEET_MARKER_PREFIX): string[] {
  const used = new Set(existing.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) {
    const name = `${prefix}${n}`;
    if (!used.has(name.toLowerCase())) out.push(name);
  }
  return out;
}
