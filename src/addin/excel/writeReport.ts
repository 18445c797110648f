/**
 * Writes the report model into the open workbook, safely:
 *
 * 1. a report sheet of an earlier run (found by its marker, `FinsamRapport_<n>` with the model
 *    key in its comment) is REUSED for the same model sheet: renamed to a temporary name,
 *    cleared and written again — never deleted, so formulas on the user's own sheets that
 *    point into it keep working (deleting a sheet turns every reference to it into #REF!);
 * 2. a model sheet without an earlier sheet is written as a new sheet under a temporary name;
 * 3. then, in one last request (the swap), the new sheets get their markers, earlier report
 *    sheets the model no longer has are deleted, every sheet gets its final name (Excel
 *    rewrites the cross-sheet formulas on rename) and the workbook is recalculated: the writes
 *    suspended calculation, and Excel leaves that to the add-in.
 *
 * Nothing is written when an earlier report sheet is protected: the error names it. If a write
 * fails, the new sheets are deleted and the reused ones get their names back; they still carry
 * their markers, so the next run rewrites them. A user's sheet that has a report sheet's name
 * is never touched: the report sheet gets another name (`uniqueSheetName`). Each sheet costs one
 * sync per block of rows; values, formulas and number formats go out as whole arrays per block,
 * formats per run of rows.
 */
import { type ReportModel, resolveFormula, uniqueSheetName, HIGHLIGHT_FILL, HIGHLIGHT_FONT } from '../../core';
import { AddinError } from './addinError';
import { isPlainLook, queueLook } from './formatting';
import { queueHyperlinks } from './hyperlinks';
import { freeMarkerNames, loadWorkbookState } from './markers';
import type { ReportSheetState } from './markers';
import { describeOfficeError, isCommandSizeError, isPayloadSizeError } from './officeErrors';
import { indentsIn, looksIn, planSheet, splitRows, wrapsIn } from './sheetPlan';
import type { PrintPlan, RowBlock, SheetPlan } from './sheetPlan';
import type { HostFeatures, WriteProgress, WriteResult } from './types';

export interface WriteOptions {
  features: HostFeatures;
  onSheet?: WriteProgress;
  /** Request budget per block in bytes of JSON (Excel on the web refuses more than 5 MB). */
  maxBlockBytes?: number;
  /** Rows per block at most. */
  maxBlockRows?: number;
}

/** JSON per write request: far under the 5 MB limit (the commands and looks come on top). */
export const DEFAULT_MAX_BLOCK_BYTES = 2_000_000;
export const DEFAULT_MAX_BLOCK_ROWS = 5_000;
const TEMP_PREFIX = '~finsam ';

/** Writes `model` into the earlier report's sheets (same key) or new sheets, then swaps names. */
export async function writeReport(context: Excel.RequestContext, model: ReportModel, options: WriteOptions): Promise<WriteResult> {
  const state = await loadWorkbookState(context, true);
  const oldSheets = new Set(state.marked.flatMap((m) => (m.sheet ? [m.sheet] : [])));
  const userSheets = state.sheetNames.filter((n) => !oldSheets.has(n));
  const locked = state.report.find((r) => r.protected);
  if (locked) throw protectedSheet(locked.sheet);

  // Each model sheet reuses the earlier sheet of its key, once.
  const free = [...state.report];
  const reused: (ReportSheetState | undefined)[] = model.sheets.map((sheet) => {
    const i = free.findIndex((r) => r.key === sheet.key);
    return i < 0 ? undefined : free.splice(i, 1)[0];
  });
  const doomed = state.marked.filter((m) => !reused.some((r) => r?.marker === m.marker));

  // Final names avoid the user's sheets only: every earlier report sheet is renamed or deleted.
  const finalNames: string[] = [];
  for (const sheet of model.sheets) finalNames.push(uniqueSheetName(sheet.name, [...userSheets, ...finalNames]));
  const tempNames: string[] = [];
  for (let i = 0; i < model.sheets.length; i++) {
    tempNames.push(uniqueSheetName(`${TEMP_PREFIX}${i + 1}`, [...state.sheetNames, ...finalNames, ...tempNames]));
  }
  const tempNameOf = new Map(model.sheets.map((s, i) => [s.key, tempNames[i]]));
  const resolve = (formula: string): string => resolveFormula(formula, (key) => tempNameOf.get(key));
  const newMarkers = freeMarkerNames(state.nameNames, reused.filter((r) => !r).length);
  const markerOf = (i: number): string => reused[i]?.marker ?? newMarkers[reused.slice(0, i).filter((r) => !r).length];
  const renamedBack = reused.flatMap((r, i) => (r ? [{ temp: tempNames[i], name: r.sheet }] : []));
  let plans: SheetPlan[] = [];

  let writing = '';
  try {
    // The reused sheets take their temporary names in the first request, before anything is
    // written, so every cross-sheet formula finds its sheet.
    const jobs = model.sheets.map((sheet, i) => {
      const r = reused[i];
      return { name: tempNames[i], plan: planSheet(sheet, resolve, model.lang), ...(r ? { reuse: { from: r.sheet, charts: r.charts } } : {}) };
    });
    plans = jobs.map((j) => j.plan);
    await writeSheets(context, jobs, options, {
      first: true,
      finish: false,
      onJob: (i) => {
        writing = reused[i]?.sheet ?? finalNames[i];
        options.onSheet?.(i + 1, model.sheets.length, finalNames[i]);
      },
    });
  } catch (error) {
    const newOnes = tempNames.filter((_, i) => !reused[i]);
    await removeLeftovers(context, newOnes, newMarkers, renamedBack).catch(() => undefined);
    throw describeOfficeError(error).code === 'AccessDenied' ? protectedSheet(writing) : error;
  }

  // The swap, in one request, ordered so that every report sheet (old or new) stays marked
  // whatever command might fail: mark the new sheets, delete the earlier sheets the model no
  // longer has (their markers turn into #REF!), delete those markers, give every sheet its name,
  // and recalculate (the writes suspended calculation; this request does not).
  const app = context.workbook.application;
  if (options.features.api19) app.suspendScreenUpdatingUntilNextSync();
  const sheets = tempNames.map((name) => context.workbook.worksheets.getItem(name));
  // Frozen panes, conditional formats and charts: once per sheet, here (never sent twice).
  sheets.forEach((ws, i) => {
    queueSheetFinish(ws, plans[i]);
  });
  model.sheets.forEach((sheet, i) => {
    if (!reused[i]) context.workbook.names.add(markerOf(i), sheets[i].getRange('A1'), `finsam-rapport ${sheet.key}`);
  });
  for (const m of doomed) if (m.sheet) context.workbook.worksheets.getItem(m.sheet).delete();
  for (const m of doomed) context.workbook.names.getItem(m.marker).delete();
  sheets.forEach((ws, i) => {
    ws.name = finalNames[i];
  });
  const finalNameOf = new Map(model.sheets.map((s, i) => [s.key, finalNames[i]]));
  sheets.forEach((ws, i) => {
    queueHyperlinks(ws, model.sheets[i], (key) => finalNameOf.get(key));
  });
  if (sheets.length > 0) sheets[0].activate();
  app.calculate('Full');
  try {
    await context.sync();
  } catch (error) {
    // While the earlier report is whole, undo; otherwise every sheet is still marked and a
    // re-run rewrites them all.
    const doomedSheets = doomed.flatMap((m) => (m.sheet ? [m.sheet] : []));
    await recoverSwap(context, doomedSheets, tempNames, newMarkers, renamedBack, finalNames).catch(() => undefined);
    throw error;
  }

  const printSetup = await writePrintSetup(context, finalNames, plans, options.features);
  const removed = [...reused.flatMap((r) => (r ? [r.sheet] : [])), ...doomed.flatMap((m) => (m.sheet ? [m.sheet] : []))];
  return {
    sheets: model.sheets.map((s, i) => ({ key: s.key, name: finalNames[i] })),
    removed,
    reused: reused.flatMap((r, i) => (r ? [finalNames[i]] : [])),
    ...(printSetup ? { printSetup } : {}),
  };
}

/** The add-in's error for a protected sheet, naming it. */
function protectedSheet(sheet: string): AddinError {
  return new AddinError('SheetProtected', `The sheet '${sheet}' is protected.`, { sheet });
}

/** What `writeSheet` does first to a sheet of an earlier run instead of adding one. */
export interface ReuseSheet {
  /** Its name now; it is renamed to the job's (temporary) name. */
  from: string;
  charts: Excel.Chart[];
}

/**
 * Writes one planned sheet under `name` (the SIE import and the example use it): the sheet's
 * blocks, then its frozen panes, conditional formats and charts with the last block.
 */
export async function writeSheet(
  context: Excel.RequestContext,
  name: string,
  plan: SheetPlan,
  options: WriteOptions,
  first: boolean,
  reuse?: ReuseSheet,
): Promise<void> {
  await writeSheets(context, [{ name, plan, ...(reuse ? { reuse } : {}) }], options, { first, finish: true });
}

/** One sheet to write: its (temporary) name, its plan, and whether it is an earlier sheet reused. */
export interface SheetJob {
  name: string;
  plan: SheetPlan;
  reuse?: ReuseSheet;
}

/** Bytes of JSON one block of a plan sends (values/formulas and number formats). */
function blockBytes(plan: SheetPlan, block: RowBlock): number {
  let bytes = 0;
  for (let r = block.first; r < block.first + block.count; r++) {
    bytes += JSON.stringify(plan.inputs[r]).length + JSON.stringify(plan.numberFormats[r] ?? []).length + 2;
  }
  return bytes;
}

interface Piece {
  job: number;
  block: RowBlock;
  last: boolean;
}

/**
 * Writes several sheets in as few requests as fit: blocks of rows of one sheet after another
 * are packed into one request up to `maxBlockBytes` of JSON (and `maxBlockRows` rows), far under
 * Excel on the web's 5 MB. A request first makes the sheets it starts (new ones added, reused
 * ones cleared), then writes the blocks. When Excel refuses a request as too large, it is sent
 * again with half the budget, and a single block is halved; after a range or operation cell
 * limit the sheets it made stood and are not made again. With `finish`, each sheet's frozen
 * panes, conditional formats and charts go with its last block; otherwise the caller queues
 * them (`queueSheetFinish`) in a later request.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  jobs: readonly SheetJob[],
  options: WriteOptions,
  how: { first: boolean; finish: boolean; onJob?: (index: number) => void },
): Promise<void> {
  const maxRows = options.maxBlockRows ?? DEFAULT_MAX_BLOCK_ROWS;
  let budget = options.maxBlockBytes ?? DEFAULT_MAX_BLOCK_BYTES;
  const pieces: Piece[] = [];
  jobs.forEach((job, j) => {
    const blocks = splitRows(job.plan.inputs, job.plan.numberFormats, budget, maxRows);
    if (blocks.length === 0) blocks.push({ first: 0, count: 0 });
    blocks.forEach((block, k) => pieces.push({ job: j, block, last: k === blocks.length - 1 }));
  });
  const made = jobs.map(() => false);
  const announced = jobs.map(() => false);
  let first = how.first;
  while (pieces.length > 0) {
    const batch: Piece[] = [];
    let bytes = 0;
    let rows = 0;
    while (pieces.length > 0) {
      const p = pieces[0];
      const size = blockBytes(jobs[p.job].plan, p.block);
      if (batch.length > 0 && (bytes + size > budget || rows + p.block.count > maxRows)) break;
      batch.push(pieces.shift() as Piece);
      bytes += size;
      rows += p.block.count;
    }
    for (const p of batch) {
      if (!announced[p.job]) how.onJob?.(p.job);
      announced[p.job] = true;
    }
    const app = context.workbook.application;
    app.suspendApiCalculationUntilNextSync();
    if (first && options.features.api19) app.suspendScreenUpdatingUntilNextSync();
    // Every sheet not made yet is made first (so every cross-sheet formula finds its sheet),
    // then the blocks: after a cell-limit error every sheet made here stood.
    const sheets = new Map<number, Excel.Worksheet>();
    const making: number[] = [];
    jobs.forEach((job, j) => {
      if (made[j]) return;
      sheets.set(j, prepareSheet(context, job.name, job.plan, job.reuse));
      making.push(j);
    });
    for (const p of batch) {
      if (!sheets.has(p.job)) sheets.set(p.job, context.workbook.worksheets.getItem(jobs[p.job].name));
    }
    for (const p of batch) {
      const ws = sheets.get(p.job) as Excel.Worksheet;
      queueBlock(ws, jobs[p.job].plan, p.block, options.features);
      if (how.finish && p.last) queueSheetFinish(ws, jobs[p.job].plan);
    }
    try {
      await context.sync();
      first = false;
      for (const j of making) made[j] = true;
    } catch (error) {
      const command = isCommandSizeError(error);
      if (!command && !isPayloadSizeError(error)) throw error;
      if (command) for (const j of making) made[j] = true;
      if (batch.length > 1) {
        budget = Math.max(1, Math.floor(budget / 2));
        pieces.unshift(...batch);
        continue;
      }
      const [p] = batch;
      if (p.block.count <= 1) throw error;
      const half = Math.floor(p.block.count / 2);
      pieces.unshift(
        { job: p.job, block: { first: p.block.first, count: half }, last: false },
        { job: p.job, block: { first: p.block.first + half, count: p.block.count - half }, last: p.last },
      );
    }
  }
}

/** A new sheet, or an earlier one emptied for rewriting; column widths either way. */
function prepareSheet(context: Excel.RequestContext, name: string, plan: SheetPlan, reuse?: ReuseSheet): Excel.Worksheet {
  let ws: Excel.Worksheet;
  if (reuse) {
    ws = context.workbook.worksheets.getItem(reuse.from);
    if (reuse.from !== name) ws.name = name;
    for (const chart of reuse.charts) chart.delete();
    ws.freezePanes.unfreeze();
    ws.getRange().clear('All');
  } else {
    ws = context.workbook.worksheets.add(name);
  }
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
    const runRange = ws.getRangeByIndexes(run.first, 0, run.count, plan.lookColumns);
    queueLook(runRange, run.count, run.role, run.highlight, (i) => ws.getRangeByIndexes(run.first + i, 0, 1, plan.lookColumns));
  }
  for (const run of wrapsIn(plan.wraps, block)) {
    const wrapped = ws.getRangeByIndexes(run.first, 0, run.count, plan.columnCount).format;
    wrapped.wrapText = true;
    wrapped.verticalAlignment = 'Top';
  }
  for (const { row, height } of plan.rowHeights) {
    if (row >= block.first && row < block.first + block.count) ws.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
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
    chart.setPosition(spec.anchor, spec.end);
  }
}

/**
 * The print setup of the written sheets, in a request of its own after the report is in place:
 * a host without ExcelApi 1.9 (no page layout API) or a refused setting leaves the report
 * whole, printing with Excel's defaults, and the result says so.
 */
async function writePrintSetup(
  context: Excel.RequestContext,
  names: readonly string[],
  plans: readonly SheetPlan[],
  features: HostFeatures,
): Promise<WriteResult['printSetup']> {
  if (!plans.some((p) => p.print)) return undefined;
  if (!features.api19) return 'unsupported';
  plans.forEach((plan, i) => {
    if (plan.print) queuePrint(context.workbook.worksheets.getItem(names[i]), plan.print);
  });
  try {
    await context.sync();
    return 'set';
  } catch {
    return 'failed';
  }
}

/** A4, orientation, one page wide, margins, print titles and area, footer and page breaks. */
function queuePrint(ws: Excel.Worksheet, print: PrintPlan): void {
  const layout = ws.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = print.orientation;
  layout.leftMargin = print.margins.left;
  layout.rightMargin = print.margins.right;
  layout.topMargin = print.margins.top;
  layout.bottomMargin = print.margins.bottom;
  layout.headerMargin = print.margins.header;
  layout.footerMargin = print.margins.footer;
  if (print.titleRows !== undefined) layout.setPrintTitleRows(print.titleRows);
  if (print.area !== undefined) layout.setPrintArea(print.area);
  if (print.leftFooter !== undefined) layout.headersFooters.defaultForAllPages.leftFooter = print.leftFooter;
  if (print.rightFooter !== undefined) layout.headersFooters.defaultForAllPages.rightFooter = print.rightFooter;
  // A reused sheet keeps the breaks of the report before: they go first.
  ws.horizontalPageBreaks.removePageBreaks();
  for (const cell of print.breaks) ws.horizontalPageBreaks.add(cell);
  // Fit to one page wide; 0 pages tall = as many as needed (the file format's fitToHeight="0").
  // Last: should an Excel refuse this form, everything above is already set.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

/**
 * After a failed write: deletes the temporary (new) sheets and new markers that exist and gives
 * the reused sheets their names back. Two syncs.
 */
export async function removeLeftovers(
  context: Excel.RequestContext,
  sheets: readonly string[],
  markers: readonly string[],
  renamedBack: readonly { temp: string; name: string }[] = [],
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name');
  await context.sync();
  const sheetSet = new Set(sheets);
  const markerSet = new Set(markers.map((m) => m.toLowerCase()));
  const doomedSheets = worksheets.items.filter((w) => sheetSet.has(w.name));
  const doomedNames = names.items.filter((n) => markerSet.has(n.name.toLowerCase()));
  const back = renamedBack.filter((r) => worksheets.items.some((w) => w.name === r.temp));
  for (const n of doomedNames) n.delete();
  for (const w of doomedSheets) w.delete();
  for (const r of back) context.workbook.worksheets.getItem(r.temp).name = r.name;
  if (doomedSheets.length + doomedNames.length + back.length > 0) await context.sync();
}

/**
 * After a failed swap: while every earlier sheet it was to delete still exists, deletes the new
 * sheets (found by their new markers, whatever name they have got) and those markers and gives
 * the reused sheets their earlier names, so the workbook holds one report as before. Otherwise
 * leaves things be: every sheet is still marked and a re-run rewrites them.
 */
async function recoverSwap(
  context: Excel.RequestContext,
  doomedSheets: readonly string[],
  tempNames: readonly string[],
  markers: readonly string[],
  renamedBack: readonly { temp: string; name: string }[],
  finalNames: readonly string[],
): Promise<void> {
  const state = await loadWorkbookState(context);
  const existing = new Set(state.sheetNames);
  if (!doomedSheets.every((n) => existing.has(n))) return;
  const newMarkers = new Set(markers.map((m) => m.toLowerCase()));
  const doomed = new Set(tempNames.filter((n) => existing.has(n) && !renamedBack.some((r) => r.temp === n)));
  for (const m of state.marked) {
    if (!newMarkers.has(m.marker.toLowerCase())) continue;
    if (m.sheet) doomed.add(m.sheet);
    context.workbook.names.getItem(m.marker).delete();
  }
  for (const name of doomed) context.workbook.worksheets.getItem(name).delete();
  for (const r of renamedBack) {
    const now = existing.has(r.temp) ? r.temp : finalNames[tempNames.indexOf(r.temp)];
    if (now !== r.name && existing.has(now)) context.workbook.worksheets.getItem(now).name = r.name;
  }
  await context.sync();
}
