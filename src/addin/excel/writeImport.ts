/**
 * Writes a SIE file's contract ranges into the open workbook, on new sheets, safely — the
 * same discipline as the report writer (writeReport.ts):
 *
 * 1. each range is written completely on a new sheet under a temporary name (`~finsam-sie 1`),
 *    header row at A1, text cells text-formatted ('@') before their values;
 * 2. then one request (the swap): mark the new sheets (`FinsamSie_<n>`), delete the previous
 *    import's sheets and markers, delete the previous import's contract names (and broken
 *    `#REF!` ones being replaced), name the new ranges (`Huvudbok`, `Kontoplan` …), give the new
 *    sheets their final names;
 * 3. a failure before the swap deletes the temporary sheets; a swap that fails while the
 *    previous import's sheets still exist is undone; past that point every sheet of the import
 *    (old or new) is still marked and the next import replaces them.
 *
 * The user's sheets, names and tables are never changed (importState.ts decides what is whose).
 * One sync per block of rows, plus 1–2 for the state and 1 for the swap.
 */
import {
  type RangeData,
  type ContractRange,
  columnLetters,
  uniqueSheetName,
  importSheetPlan,
  importCellFormat,
  TEXT_FORMAT,
  GENERAL_FORMAT,
  type ImportDates,
} from '../../core';
import { AddinError } from './addinError';
import { loadImportState, planImport, SIE_MARKER_COMMENT, SIE_MARKER_PREFIX } from './importState';
import type { ImportState, UserRange } from './importState';
import { freeMarkerNames } from './markers';
import { columnWidthPoints } from './sheetPlan';
import type { CellInput, SheetPlan } from './sheetPlan';
import type { HostFeatures, WriteProgress } from './types';
import { removeLeftovers, writeSheet } from './writeReport';

/** Excel's rows per sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;
const TEMP_PREFIX = '~finsam-sie ';
/** Excel keeps at most 255 characters of a name's comment. */
const MAX_COMMENT = 255;

export interface ImportWriteOptions {
  features: HostFeatures;
  /** The file's name, kept in the markers' comments so the Name Manager says where a sheet came from. */
  fileName: string;
  /** How dates are written: serials of the workbook's date system, or ISO text where it is unknown (core `importDatesFor`). */
  dates: ImportDates;
  onSheet?: WriteProgress;
  maxBlockBytes?: number;
  maxBlockRows?: number;
}

/** What happened to one of the file's ranges. */
export type ImportedRange =
  | {
      key: ContractRange;
      /** Data rows (below the header row). */
      rows: number;
      status: 'written';
      /** The sheet it was written on; the range is named `key`. */
      sheet: string;
      /** A1 address of the named range on that sheet (`A1:G20`). */
      address: string;
      /** The user's broken (`#REF!`) name that the new one replaced. */
      replacedBroken?: string;
    }
  | { key: ContractRange; rows: number; status: 'userKept'; user: UserRange };

export interface ImportWriteResult {
  /** Every range of the file, in the file's order. */
  ranges: ImportedRange[];
  /** The user's own contract ranges the file has nothing for (kept as they are). */
  userOnly: { key: ContractRange; user: UserRange }[];
  /** Sheets written, in order. */
  sheets: string[];
  /** Sheets of the previous import that were replaced. */
  replaced: string[];
}

/** Writes `ranges` (a SIE import's) on new sheets and replaces the previous import. */
export async function writeImport(context: Excel.RequestContext, ranges: readonly RangeData[], options: ImportWriteOptions): Promise<ImportWriteResult> {
  for (const r of ranges) {
    if (r.values.length > EXCEL_MAX_ROWS) {
      throw new AddinError('SieTooLarge', `${r.name} has ${r.values.length} rows; an Excel sheet holds ${EXCEL_MAX_ROWS}.`);
    }
  }
  const state = await loadImportState(context);
  const plan = planImport(state, ranges);
  const toWrite = plan.decisions.flatMap((d) => (d.action === 'write' ? [d] : []));
  const plans = toWrite.map((d) => planImportSheet(d.range, options.dates));

  const tempNames: string[] = [];
  for (let i = 0; i < toWrite.length; i++) {
    tempNames.push(uniqueSheetName(`${TEMP_PREFIX}${i + 1}`, [...state.sheetNames, ...toWrite.map((d) => d.sheet), ...tempNames]));
  }
  const markers = freeMarkerNames(state.nameNames, toWrite.length, SIE_MARKER_PREFIX);
  try {
    for (let i = 0; i < toWrite.length; i++) {
      options.onSheet?.(i + 1, toWrite.length, toWrite[i].sheet);
      await writeSheet(context, tempNames[i], plans[i], options, i === 0);
    }
  } catch (error) {
    await removeLeftovers(context, tempNames, markers).catch(() => undefined);
    throw error;
  }

  // The swap. New sheets are marked first, so from here on every sheet of the import, old or
  // new, carries a marker whatever command fails; the old sheets go before their markers and
  // names (those turn into #REF!, which the rest of the swap deletes).
  const app = context.workbook.application;
  app.suspendApiCalculationUntilNextSync();
  const names = context.workbook.names;
  const newSheets = tempNames.map((name) => context.workbook.worksheets.getItem(name));
  toWrite.forEach((d, i) => names.add(markers[i], newSheets[i].getRange('A1'), markerComment(d.key, options.fileName)));
  for (const name of plan.oldSheets) context.workbook.worksheets.getItem(name).delete();
  for (const m of state.markers) names.getItem(m.marker).delete();
  for (const name of plan.namesToDelete) names.getItem(name).delete();
  toWrite.forEach((d, i) => names.add(d.key, newSheets[i].getRangeByIndexes(0, 0, Math.max(1, plans[i].rowCount), plans[i].columnCount)));
  newSheets.forEach((ws, i) => {
    ws.name = toWrite[i].sheet;
  });
  if (newSheets.length > 0) newSheets[0].activate();
  try {
    await context.sync();
  } catch (error) {
    await recoverSwap(context, state, tempNames, markers).catch(() => undefined);
    throw error;
  }

  const written = new Map(toWrite.map((d, i) => [d.key, { d, plan: plans[i] }]));
  return {
    ranges: plan.decisions.map((d): ImportedRange => {
      const rows = Math.max(0, d.range.values.length - 1);
      if (d.action === 'keepUser') return { key: d.key, rows, status: 'userKept', user: d.user };
      const w = written.get(d.key)!;
      return {
        key: d.key,
        rows,
        status: 'written',
        sheet: d.sheet,
        address: `A1:${columnLetters(w.plan.columnCount - 1)}${Math.max(1, w.plan.rowCount)}`,
        ...(d.replacesBroken ? { replacedBroken: d.replacesBroken } : {}),
      };
    }),
    userOnly: plan.userOnly,
    sheets: toWrite.map((d) => d.sheet),
    replaced: plan.oldSheets,
  };
}

/** `finsam-sie Huvudbok: bokföring 2024.se`, at most 255 characters. */
export function markerComment(key: string, fileName: string): string {
  return `${SIE_MARKER_COMMENT} ${key}: ${fileName}`.slice(0, MAX_COMMENT);
}

/**
 * A write plan for one imported range, from the core's import plan (the CLI writes the same
 * cells and formats): header row at A1 (its look, frozen), text as text ('@' before the value:
 * a SIE text may begin with '=' or '-'), amounts as numbers, dates as `dates` says, column
 * widths from the plan.
 */
export function planImportSheet(range: RangeData, dates: ImportDates): SheetPlan {
  const plan = importSheetPlan(range, dates);
  const { rows, columnCount } = plan;
  const inputs: CellInput[][] = [];
  const numberFormats: string[][] = [];
  // A ledger row has the same kinds of cells as the next: rows share one array of formats per
  // pattern, and a full row without empty cells is its own input row (no copy), so a
  // 500 000-row ledger costs little more than the import itself.
  const formatRows = new Map<string, string[]>();
  for (const row of rows) {
    let plain = row.length === columnCount;
    let pattern = '';
    const rowInputs: CellInput[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < columnCount; c++) {
      const cell = row[c] ?? null;
      if (cell === null) plain = false;
      const format = importCellFormat(plan, cell, c);
      rowInputs.push(cell ?? '');
      rowFormats.push(format);
      pattern += format === TEXT_FORMAT ? 't' : format === GENERAL_FORMAT ? 'g' : `(${format})`;
    }
    inputs.push(plain ? (row as CellInput[]) : rowInputs);
    let shared = formatRows.get(pattern);
    if (!shared) formatRows.set(pattern, (shared = rowFormats));
    numberFormats.push(shared);
  }
  return {
    key: range.name,
    rowCount: rows.length,
    columnCount,
    lookColumns: columnCount,
    inputs,
    numberFormats,
    looks: rows.length > 0 ? [{ first: 0, count: 1, role: 'header', highlight: false }] : [],
    indents: [],
    wraps: [],
    rowHeights: [],
    columnWidths: plan.columnWidths.map(columnWidthPoints),
    freeze: { rows: rows.length > 1 ? 1 : 0, cols: 0 },
    conditional: [],
    charts: [],
  };
}

/**
 * After a failed swap: while every sheet of the previous import still exists (so none of its
 * names or markers has been deleted yet), deletes what the swap added — the new markers, the
 * names on the new sheets, the new sheets — and the workbook is as it was. Otherwise leaves it:
 * every sheet is marked, and the next import replaces them all.
 */
async function recoverSwap(context: Excel.RequestContext, before: ImportState, tempNames: readonly string[], markers: readonly string[]): Promise<void> {
  const oldSheets = before.markers.flatMap((m) => (m.sheet ? [m.sheet] : []));
  const now = await loadImportState(context);
  const existing = new Set(now.sheetNames);
  if (!oldSheets.every((n) => existing.has(n))) return;
  const newMarkers = new Set(markers.map((m) => m.toLowerCase()));
  const doomed = new Set(tempNames.filter((n) => existing.has(n)));
  for (const m of now.markers) {
    if (!newMarkers.has(m.marker.toLowerCase())) continue;
    if (m.sheet) doomed.add(m.sheet);
    context.workbook.names.getItem(m.marker).delete();
  }
  const hadName = new Set(before.contractNames.map((c) => c.name.toLowerCase()));
  for (const c of now.contractNames) {
    if (c.source === 'name' && !hadName.has(c.name.toLowerCase()) && c.sheet !== undefined && doomed.has(c.sheet)) {
      context.workbook.names.getItem(c.name).delete();
    }
  }
  for (const name of doomed) context.workbook.worksheets.getItem(name).delete();
  await context.sync();
}
