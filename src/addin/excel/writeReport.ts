/**
 * Writes the report model into the open workbook, safely:
 *
 * 1. the new sheets are written completely under temporary names, beside the old report;
 * 2. only then, in one last request (the swap), the new sheets get their markers, the old
 *    report's sheets and markers are deleted and the new sheets get their final names (Excel
 *    rewrites the cross-sheet formulas on rename);
 * 3. if anything fails before the swap, the temporary sheets are deleted again, so the
 *    workbook is as it was; a swap that fails is undone while the old report is whole, and
 *    past that point every sheet still carries a marker, so the next run replaces them all.
 *
 * A user's sheet that has a report sheet's name is never touched: the report sheet gets
 * another name (`uniqueSheetName`). Each sheet costs one sync per block of rows; values,
 * formulas and number formats go out as whole arrays per block, formats per run of rows.
 */
import type { ReportModel } from '../../core/model/types';
import { resolveFormula, uniqueSheetName } from '../../core/model/sheetNames';
import { HIGHLIGHT_FILL, HIGHLIGHT_FONT } from '../../core/model/style';
import { isPlainLook, queueLook } from './formatting';
import { freeMarkerNames, loadWorkbookState } from './markers';
import { isPayloadSizeError } from './officeErrors';
import { indentsIn, looksIn, planSheet, splitRows } from './sheetPlan';
import type { RowBlock, SheetPlan } from './sheetPlan';
import type { HostFeatures, WriteProgress, WriteResult } from './types';

export interface WriteOptions {
  features: HostFeatures;
  onSheet?: WriteProgress;
  /** Request budget per block in bytes of JSON (Excel on the web refuses more than 5 MB). */
  maxBlockBytes?: number;
  /** Rows per block at most. */
  maxBlockRows?: number;
}

export const DEFAULT_MAX_BLOCK_BYTES = 2_000_000;
export const DEFAULT_MAX_BLOCK_ROWS = 5_000;
const TEMP_PREFIX = '~finsam ';

/** Writes `model` as new report sheets and then replaces the previous report. */
export async function writeReport(context: Excel.RequestContext, model: ReportModel, options: WriteOptions): Promise<WriteResult> {
  const state = await loadWorkbookState(context);
  const oldSheets = new Set(state.marked.flatMap((m) => (m.sheet ? [m.sheet] : [])));
  const userSheets = state.sheetNames.filter((n) => !oldSheets.has(n));

  // Final names avoid the user's sheets only: the old report is gone when they are given.
  const finalNames: string[] = [];
  for (const sheet of model.sheets) finalNames.push(uniqueSheetName(sheet.name, [...userSheets, ...finalNames]));
  const tempNames: string[] = [];
  for (let i = 0; i < model.sheets.length; i++) {
    tempNames.push(uniqueSheetName(`${TEMP_PREFIX}${i + 1}`, [...state.sheetNames, ...finalNames, ...tempNames]));
  }
  const tempNameOf = new Map(model.sheets.map((s, i) => [s.key, tempNames[i]]));
  const resolve = (formula: string): string => resolveFormula(formula, (key) => tempNameOf.get(key));

  const markers = freeMarkerNames(state.nameNames, model.sheets.length);
  try {
    for (let i = 0; i < model.sheets.length; i++) {
      options.onSheet?.(i + 1, model.sheets.length, finalNames[i]);
      await writeSheet(context, tempNames[i], planSheet(model.sheets[i], resolve), options, i === 0);
    }
  } catch (error) {
    await removeLeftovers(context, tempNames, markers).catch(() => undefined);
    throw error;
  }

  // The swap, in one request, ordered so that every report sheet (old or new) stays marked
  // whatever command might fail: mark the new sheets, delete the old ones (their markers turn
  // into #REF!), delete the old markers, give the new sheets their names.
  const app = context.workbook.application;
  app.suspendApiCalculationUntilNextSync();
  if (options.features.api19) app.suspendScreenUpdatingUntilNextSync();
  const newSheets = tempNames.map((name) => context.workbook.worksheets.getItem(name));
  model.sheets.forEach((sheet, i) => context.workbook.names.add(markers[i], newSheets[i].getRange('A1'), `finsam-rapport ${sheet.key}`));
  for (const name of oldSheets) context.workbook.worksheets.getItem(name).delete();
  for (const m of state.marked) context.workbook.names.getItem(m.marker).delete();
  newSheets.forEach((ws, i) => {
    ws.name = finalNames[i];
  });
  if (newSheets.length > 0) newSheets[0].activate();
  try {
    await context.sync();
  } catch (error) {
    // While the old report is whole, undo; otherwise every sheet is still marked and a re-run
    // replaces them all.
    await recoverSwap(context, [...oldSheets], tempNames, markers).catch(() => undefined);
    throw error;
  }

  return { sheets: model.sheets.map((s, i) => ({ key: s.key, name: finalNames[i] })), removed: [...oldSheets] };
}

/** Writes one planned sheet under `name`: one sync per block, a block halved on a payload error. */
export async function writeSheet(context: Excel.RequestContext, name: string, plan: SheetPlan, options: WriteOptions, first: boolean): Promise<void> {
  const blocks: RowBlock[] = splitRows(plan.inputs, plan.numberFormats, options.maxBlockBytes ?? DEFAULT_MAX_BLOCK_BYTES, options.maxBlockRows ?? DEFAULT_MAX_BLOCK_ROWS);
  if (blocks.length === 0) blocks.push({ first: 0, count: 0 });
  let created = false;
  while (blocks.length > 0) {
    const block = blocks.shift() as RowBlock;
    const app = context.workbook.application;
    app.suspendApiCalculationUntilNextSync();
    if (first && !created && options.features.api19) app.suspendScreenUpdatingUntilNextSync();
    const ws = created ? context.workbook.worksheets.getItem(name) : createSheet(context, name, plan);
    queueBlock(ws, plan, block, options.features);
    if (blocks.length === 0) queueSheetFinish(ws, plan);
    try {
      await context.sync();
      created = true;
    } catch (error) {
      if (isPayloadSizeError(error) && block.count > 1) {
        const half = Math.floor(block.count / 2);
        blocks.unshift({ first: block.first, count: half }, { first: block.first + half, count: block.count - half });
        continue;
      }
      throw error;
    }
  }
}

function createSheet(context: Excel.RequestContext, name: string, plan: SheetPlan): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(name);
  plan.columnWidths.forEach((width, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = width;
  });
  return ws;
}

/** Number formats first (text cells become '@'), then values and formulas, then looks. */
function queueBlock(ws: Excel.Worksheet, plan: SheetPlan, block: RowBlock, features: HostFeatures): void {
  if (block.count === 0) return;
  const range = ws.getRangeByIndexes(block.first, 0, block.count, plan.columnCount);
  range.numberFormat = plan.numberFormats.slice(block.first, block.first + block.count);
  range.formulas = plan.inputs.slice(block.first, block.first + block.count);
  for (const run of looksIn(plan.looks, block)) {
    if (isPlainLook(run.role, run.highlight)) continue;
    const runRange = ws.getRangeByIndexes(run.first, 0, run.count, plan.columnCount);
    queueLook(runRange, run.count, run.role, run.highlight, (i) => ws.getRangeByIndexes(run.first + i, 0, 1, plan.columnCount));
  }
  if (features.api19) {
    for (const run of indentsIn(plan.indents, block)) {
      ws.getRangeByIndexes(run.first, 0, run.count, 1).format.indentLevel = run.level;
    }
  }
}

/** Frozen panes, conditional formats and charts: once per sheet, with its last block. */
function queueSheetFinish(ws: Excel.Worksheet, plan: SheetPlan): void {
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    const { rows, cols } = plan.freeze;
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(cols);
  }
  for (const rule of plan.conditional) {
    const cf = ws.getRange(rule.range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = `=${rule.formula}`;
    cf.custom.format.fill.color = `#${HIGHLIGHT_FILL}`;
    cf.custom.format.font.color = `#${HIGHLIGHT_FONT}`;
  }
  for (const spec of plan.charts) {
    if (spec.series.length === 0) continue;
    const chart = ws.charts.add(spec.kind === 'bar' ? 'ColumnClustered' : 'Line', ws.getRange(spec.series[0].values), 'Columns');
    chart.title.text = spec.title;
    spec.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      if (i > 0) series.setValues(ws.getRange(s.values));
      series.name = s.name;
      series.setXAxisValues(ws.getRange(spec.categories));
    });
    chart.setPosition(spec.anchor);
  }
}

/** Deletes the temporary sheets and new markers that exist (after a failed write). Two syncs. */
export async function removeLeftovers(context: Excel.RequestContext, sheets: readonly string[], markers: readonly string[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name');
  await context.sync();
  const sheetSet = new Set(sheets);
  const markerSet = new Set(markers.map((m) => m.toLowerCase()));
  const doomedSheets = worksheets.items.filter((w) => sheetSet.has(w.name));
  const doomedNames = names.items.filter((n) => markerSet.has(n.name.toLowerCase()));
  for (const n of doomedNames) n.delete();
  for (const w of doomedSheets) w.delete();
  if (doomedSheets.length + doomedNames.length > 0) await context.sync();
}

/**
 * After a failed swap: while every old report sheet still exists, deletes the new sheets (found
 * by their new markers, whatever name they have got) and those markers, so the workbook is as
 * it was. Otherwise leaves things be: every sheet is still marked and a re-run replaces them.
 */
async function recoverSwap(context: Excel.RequestContext, oldSheets: readonly string[], tempNames: readonly string[], markers: readonly string[]): Promise<void> {
  const state = await loadWorkbookState(context);
  const existing = new Set(state.sheetNames);
  if (!oldSheets.every((n) => existing.has(n))) return;
  const newMarkers = new Set(markers.map((m) => m.toLowerCase()));
  const doomed = new Set(tempNames.filter((n) => existing.has(n)));
  for (const m of state.marked) {
    if (!newMarkers.has(m.marker.toLowerCase())) continue;
    if (m.sheet) doomed.add(m.sheet);
    context.workbook.names.getItem(m.marker).delete();
  }
  for (const name of doomed) context.workbook.worksheets.getItem(name).delete();
  await context.sync();
}
