/**
 * Report-sheet markers: a workbook-scoped name `FinsamRapport_<n>` referring to A1 of each
 * sheet the product wrote (the same marker the CLI's ExcelJS writer uses). A marker follows
 * its sheet when the user renames it, so a re-run finds exactly its own sheets.
 */
import { isMarkerName, SHEET_MARKER_PREFIX } from '../../core';
import type { MarkedSheet } from './types';

/** A marked report sheet with what a re-run needs to rewrite it in place. */
export interface ReportSheetState {
  marker: string;
  sheet: string;
  /** The model sheet it holds (`income` …), from the marker's comment `finsam-rapport <key>`. */
  key?: string;
  protected: boolean;
  /** Its charts, to delete before it is written again. */
  charts: Excel.Chart[];
}

/**
 * The sheets and names of the workbook, and which sheets carry a marker. Two syncs. With
 * `details`, each marked sheet also comes with its model key, protection and charts.
 */
export async function loadWorkbookState(
  context: Excel.RequestContext,
  details = false,
): Promise<{ sheetNames: string[]; nameNames: string[]; marked: MarkedSheet[]; report: ReportSheetState[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = context.workbook.names;
  names.load(details ? 'items/name,items/type,items/comment' : 'items/name,items/type');
  await context.sync();

  const markerItems = names.items.filter((n) => isMarkerName(n.name));
  const resolved = markerItems.map((item) => {
    if (item.type !== 'Range') return { item, sheet: undefined as Excel.Worksheet | undefined };
    const sheet = item.getRange().worksheet;
    sheet.load('name');
    if (!details) return { item, sheet };
    const protection = sheet.protection;
    protection.load('protected');
    const charts = sheet.charts;
    charts.load('items/name');
    return { item, sheet, protection, charts };
  });
  if (resolved.some((r) => r.sheet)) await context.sync();
  const keyOf = (comment: string): string | undefined => /^finsam-rapport (\S+)$/.exec(comment)?.[1];
  return {
    sheetNames: worksheets.items.map((w) => w.name),
    nameNames: names.items.map((n) => n.name),
    marked: resolved.map((r) => ({ marker: r.item.name, ...(r.sheet ? { sheet: r.sheet.name } : {}) })),
    report: resolved.flatMap((r) =>
      r.sheet && 'protection' in r && r.protection && r.charts
        ? [{ marker: r.item.name, sheet: r.sheet.name, key: keyOf(r.item.comment ?? ''), protected: r.protection.protected, charts: r.charts.items }]
        : [],
    ),
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
