/**
 * The fake Excel host: its workbook, options and statistics, `Excel.run`, a failure injected on
 * purpose, and the test helpers that set up and inspect the workbook (not Office.js).
 */
import { parseLocal } from './a1';
import type { Rect } from './a1';
import { displayValue } from './formula';
import type { Scalar } from './formula';
import { SheetData, WorkbookData } from './workbook';
import type { NameData } from './workbook';
import { FakeContext } from './context';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const CELL_LIMIT = 5_000_000;

export interface FakeHostOptions {
  /** ExcelApi 1.9 (screen updating, indentLevel). Default true. */
  api19?: boolean;
  /** Payload limit in bytes (5 MB, as Excel on the web). */
  payloadLimit?: number;
  /** Milliseconds each sync takes (for the end-to-end test's progress screenshots). */
  syncDelayMs?: number;
  /** ExcelApi 1.16 (`workbook.use1904DateSystem`). Default true. */
  api116?: boolean;
  /** Cells one range may read or write (`RangeExceedsLimit` beyond; Excel: 5 million for a read). */
  rangeCellLimit?: number;
  /** Cells one request may write in all (`OperationCellsExceedLimit` beyond). */
  operationCellLimit?: number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  commands: number;
  ok: boolean;
  code?: string;
}

export interface FakeStats {
  syncs: number;
  runs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  calculationSuspended: number;
  /** Calls of `application.calculate`. */
  recalculations: number;
  screenUpdatingSuspended: number;
  /** Every format property set (each is one command on a range, however many cells). */
  formatCommands: number;
  history: SyncRecord[];
}

interface InjectedFailure {
  /** 1-based index of the sync (counted from the injection) that fails. */
  onSync: number;
  /** The failing command's index in that batch (default: its middle). */
  atCommand?: number;
  code: string;
}

export class FakeExcelHost {
  readonly workbook = new WorkbookData();
  readonly options: Required<FakeHostOptions>;
  stats: FakeStats = FakeExcelHost.emptyStats();
  private failure?: InjectedFailure & { syncsSeen: number };

  constructor(options: FakeHostOptions = {}) {
    this.options = {
      api19: options.api19 ?? true,
      payloadLimit: options.payloadLimit ?? PAYLOAD_LIMIT,
      syncDelayMs: options.syncDelayMs ?? 0,
      api116: options.api116 ?? true,
      rangeCellLimit: options.rangeCellLimit ?? CELL_LIMIT,
      operationCellLimit: options.operationCellLimit ?? CELL_LIMIT,
    };
  }

  static emptyStats(): FakeStats {
    return {
      syncs: 0,
      runs: 0,
      maxRequestBytes: 0,
      maxResponseBytes: 0,
      calculationSuspended: 0,
      recalculations: 0,
      screenUpdatingSuspended: 0,
      formatCommands: 0,
      history: [],
    };
  }

  resetStats(): void {
    this.stats = FakeExcelHost.emptyStats();
  }

  /** Makes the `onSync`-th sync from now fail with `code` at one of its commands. */
  injectFailure(failure: InjectedFailure): void {
    this.failure = { ...failure, syncsSeen: 0 };
  }

  /**
   * True while the user edits a cell: a request fails with `InvalidOperationInCellEditMode`
   * unless its `Excel.run` asked for `delayForCellEdit` (then it waits until the edit ends, here
   * at once, and `cellEditWaits` counts it).
   */
  cellEditMode = false;
  cellEditWaits = 0;

  /** `Excel.run([options,] batch)`: one request context per batch function; pending commands sync at the end. */
  run = async <T>(
    optionsOrBatch: { delayForCellEdit?: boolean } | ((context: Excel.RequestContext) => Promise<T>),
    maybeBatch?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof optionsOrBatch === 'function' ? optionsOrBatch : (maybeBatch as (context: Excel.RequestContext) => Promise<T>);
    const options = typeof optionsOrBatch === 'function' ? {} : optionsOrBatch;
    this.stats.runs++;
    const context = new FakeContext(this, options.delayForCellEdit === true);
    try {
      const result = await batch(context.proxy as unknown as Excel.RequestContext);
      if (context.queue.length > 0) await context.sync();
      return result;
    } finally {
      context.closed = true;
    }
  };

  // ----- setting up and inspecting the workbook (test helpers, not Office.js) -----

  /** Adds a sheet with raw rows (Dates become serial numbers, strings stay text). */
  addSheet(name: string, rows: unknown[][] = [], numberFormats?: (string | undefined)[][]): SheetData {
    if (this.workbook.sheetByName(name)) throw new Error(`sheet ${name} exists`);
    const sheet = new SheetData(name);
    sheet.values = rows.map((row) => row.map((v) => toStored(v)));
    if (numberFormats) sheet.numberFormats = numberFormats.map((r) => [...r]);
    this.workbook.sheets.push(sheet);
    this.workbook.activeSheetId ??= sheet.id;
    return sheet;
  }

  /** A workbook-scoped name referring to `address` on `sheet` (e.g. `A1:H100`, `A:H`). */
  addName(name: string, sheet: string, address: string, comment = ''): void {
    const s = this.sheet(sheet);
    const rect = parseLocal(address);
    if (!rect) throw new Error(`bad address ${address}`);
    this.workbook.names.push({ name, comment, ref: { kind: 'range', sheetId: s.id, rect } });
  }

  addConstantName(name: string, value: Scalar): void {
    this.workbook.names.push({ name, comment: '', ref: { kind: 'constant', value } });
  }

  /**
   * A name `getRange` cannot take, as Excel shows it: `external` (`'[Bok 2.xlsx]Data'!$A$1:$B$5`,
   * type Range), `multiArea` (`Data!$A$1:$B$2,Data!$D$1:$E$2`, type Range) or a `formula`
   * (`=SUM(Data!$C:$C)`, with the type of its result).
   */
  addOddName(name: string, kind: 'external' | 'multiArea' | 'formula', value: string, type = 'Double'): void {
    const ref: NameData['ref'] = kind === 'formula' ? { kind, value, type } : { kind, value };
    this.workbook.names.push({ name, comment: '', ref });
  }

  /** A name scoped to `sheet` (Excel lists it under that sheet's `names`, not the workbook's). */
  addSheetName(name: string, sheet: string, address: string): void {
    const s = this.sheet(sheet);
    const rect = parseLocal(address);
    if (!rect) throw new Error(`bad address ${address}`);
    this.workbook.names.push({ name, comment: '', ref: { kind: 'range', sheetId: s.id, rect }, scopeSheetId: s.id });
  }

  addErrorName(name: string): void {
    this.workbook.names.push({ name, comment: '', ref: { kind: 'error', value: '#REF!' } });
  }

  /** A table over `address` (header row and, with `totals`, a total row included). */
  addTable(name: string, sheet: string, address: string, options: { totals?: boolean; headers?: boolean } = {}): void {
    const rect = parseLocal(address);
    if (!rect) throw new Error(`bad address ${address}`);
    this.workbook.tables.push({ name, sheetId: this.sheet(sheet).id, rect, showHeaders: options.headers ?? true, showTotals: options.totals ?? false });
  }

  sheet(name: string): SheetData {
    const s = this.workbook.sheetByName(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  /** The value Excel shows in `values` for a cell, e.g. `cell('Data', 'B2')`. */
  cell(sheet: string, address: string): Scalar {
    const s = this.sheet(sheet);
    const rect = parseLocal(address) as Rect;
    const v = this.workbook.cellValue(s, rect.row, rect.col);
    return v === null ? '' : displayValue(v);
  }

  /** The formula of a cell (with `=`), or undefined. */
  formula(sheet: string, address: string): string | undefined {
    const rect = parseLocal(address) as Rect;
    return this.sheet(sheet).formulas[rect.row]?.[rect.col];
  }

  numberFormat(sheet: string, address: string): string {
    const rect = parseLocal(address) as Rect;
    return this.sheet(sheet).numberFormatAt(rect.row, rect.col);
  }

  /** All values of a sheet's used range (formulas evaluated), `''` for empty cells. */
  sheetValues(name: string): Scalar[][] {
    const s = this.sheet(name);
    const used = s.usedRect(true);
    if (!used) return [];
    const out: Scalar[][] = [];
    const rows = used.row + used.rows;
    const cols = used.col + used.cols;
    for (let r = 0; r < rows; r++) {
      const row: Scalar[] = [];
      for (let c = 0; c < cols; c++) {
        const v = this.workbook.cellValue(s, r, c);
        row.push(v === null ? '' : displayValue(v));
      }
      out.push(row);
    }
    return out;
  }

  /** A deep, comparable copy of everything in the workbook. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.workbook.sheets.map((s) => ({
          id: s.id,
          name: s.name,
          values: s.values,
          formulas: s.formulas,
          numberFormats: s.numberFormats,
          formats: s.formats,
          frozen: s.frozen ?? null,
          conditionalFormats: s.conditionalFormats,
          charts: s.charts,
        })),
        names: this.workbook.names,
        tables: this.workbook.tables,
      }),
    );
  }

  /** Called by the context at each sync: counts it and decides whether it fails on purpose. */
  nextSyncFailure(commands: number): { at: number; code: string } | undefined {
    if (!this.failure) return undefined;
    this.failure.syncsSeen++;
    if (this.failure.syncsSeen < this.failure.onSync) return undefined;
    const { atCommand, code } = this.failure;
    this.failure = undefined;
    return { at: atCommand ?? Math.floor(commands / 2), code };
  }
}

function toStored(v: unknown): Scalar | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (v instanceof Date) return Math.round(v.getTime() / 86_400_000) + 25_569;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  throw new Error(`cannot store ${String(v)}`);
}
