/**
 * A STRICT fake of the Excel JavaScript API subset the add-in uses, for unit tests (Node) and
 * for the end-to-end test's in-page host (bundled for the browser; no Node APIs here).
 *
 * What makes it strict, like Excel:
 * - client objects are proxies: a property can be read only after `load()` and `sync()`
 *   (else `PropertyNotLoaded`), and any member outside the modelled subset throws;
 * - commands are queued and run at `context.sync()`, in order; a failing command stops the
 *   batch (earlier commands stay applied) and clears the queue;
 * - a request whose JSON payload is over 5 MB is refused as a whole with
 *   `RequestPayloadSizeLimitExceeded`, a response over 5 MB with
 *   `ResponsePayloadSizeLimitExceeded` (Excel on the web's limits);
 * - a string written to `values`/`formulas` is parsed like typed input: `=…` is a formula,
 *   `+…`/`-…`/`@…` too unless numeric, numbers/dates/booleans are converted, a leading `'`
 *   marks text — except in a cell formatted `@`, which stores the string as it is;
 * - sheet names are validated and unique; renaming a sheet rewrites formulas that refer to
 *   it; deleting one turns its names into #REF!; objects are dead after `Excel.run` ends.
 * It counts syncs and records the largest request and response.
 */
import { MAX_COLS, MAX_ROWS, contains, formatAddress, formatLocal, parseLocal, quoteSheet, splitSheet } from './fake/a1';
import type { Rect } from './fake/a1';
import { FakeRichApiError, fail } from './fake/errors';
import { displayValue } from './fake/formula';
import type { Scalar, Value } from './fake/formula';
import { SheetData, WorkbookData, parseInput } from './fake/workbook';
import type { ChartRecord, FormatRecord, NameData, TableData } from './fake/workbook';

export { FakeRichApiError, SheetData, WorkbookData, parseInput };
export type { ChartRecord, FormatRecord, NameData, TableData };

export type { Rect, Scalar };
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const CELL_LIMIT = 5_000_000;

// ---------------------------------------------------------------------------------------------
// Host, context and client objects
// ---------------------------------------------------------------------------------------------

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

interface Command {
  bytes: number;
  label: string;
  /** Runs the command; returns the response bytes it adds. */
  exec: () => number;
  /** Publishes loaded data once the whole response is accepted. */
  commit?: () => void;
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
    return { syncs: 0, runs: 0, maxRequestBytes: 0, maxResponseBytes: 0, calculationSuspended: 0, recalculations: 0, screenUpdatingSuspended: 0, formatCommands: 0, history: [] };
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

/** Members any object may be asked for by JS itself (promise checks, jest, JSON). */
const IGNORED_MEMBERS = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'constructor', 'inspect', '_isMockFunction']);

/** Wraps a client object so that any member outside the modelled subset throws. */
function strict<T extends object>(obj: T, typeName: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target) return Reflect.get(target, prop, receiver);
      if (IGNORED_MEMBERS.has(prop)) return undefined;
      throw new Error(`FakeExcel: ${typeName}.${prop} is not in the fake's API subset`);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop in target) return Reflect.set(target, prop, value, receiver);
      throw new Error(`FakeExcel: cannot set ${typeName}.${String(prop)}: not in the fake's API subset`);
    },
  });
}

class FakeContext {
  queue: Command[] = [];
  closed = false;
  /** Set by `suspendApiCalculationUntilNextSync` for the rest of the current request. */
  calculationSuspended = false;
  /** Cells written so far in the current request. */
  cellsWritten = 0;
  readonly proxy: { workbook: unknown; sync: () => Promise<void> };

  constructor(
    readonly host: FakeExcelHost,
    readonly delayForCellEdit = false,
  ) {
    const workbook = new WorkbookClient(this);
    this.proxy = strict({ workbook: strict(workbook, 'Workbook'), sync: () => this.sync() }, 'RequestContext');
  }

  get wb(): WorkbookData {
    return this.host.workbook;
  }

  enqueue(label: string, bytes: number, exec: () => number | void, commit?: () => void): void {
    if (this.closed) fail('InvalidObjectPath', `${label}: the object was used after Excel.run ended`);
    this.queue.push({ label, bytes: bytes + 64, exec: () => exec() ?? 0, ...(commit ? { commit } : {}) });
  }

  async sync(): Promise<void> {
    if (this.closed) fail('InvalidObjectPath', 'sync after Excel.run ended');
    const host = this.host;
    const batch = this.queue;
    this.queue = [];
    host.stats.syncs++;
    if (host.options.syncDelayMs > 0) await new Promise((r) => setTimeout(r, host.options.syncDelayMs));
    const requestBytes = batch.reduce((n, c) => n + c.bytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, commands: batch.length, ok: false };
    host.stats.history.push(record);
    host.stats.maxRequestBytes = Math.max(host.stats.maxRequestBytes, requestBytes);
    if (requestBytes > host.options.payloadLimit) {
      record.code = 'RequestPayloadSizeLimitExceeded';
      fail('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    if (host.cellEditMode) {
      if (!this.delayForCellEdit) {
        record.code = 'InvalidOperationInCellEditMode';
        fail('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
      }
      host.cellEditMode = false; // the request waited until the user left the cell
      host.cellEditWaits++;
    }
    const injected = host.nextSyncFailure(batch.length);
    this.calculationSuspended = false;
    this.cellsWritten = 0;
    let responseBytes = 0;
    for (let i = 0; i < batch.length; i++) {
      if (injected && i === injected.at) {
        record.code = injected.code;
        fail(injected.code, `Injected failure at command ${i} (${batch[i].label})`, batch[i].label);
      }
      try {
        responseBytes += batch[i].exec();
      } catch (e) {
        record.code = (e as { code?: string }).code;
        throw e;
      }
      if (responseBytes > host.options.payloadLimit) break;
    }
    record.responseBytes = responseBytes;
    host.stats.maxResponseBytes = Math.max(host.stats.maxResponseBytes, responseBytes);
    if (responseBytes > host.options.payloadLimit) {
      record.code = 'ResponsePayloadSizeLimitExceeded';
      fail('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    }
    for (const c of batch) c.commit?.();
    record.ok = true;
  }
}

/** A protected sheet refuses changes, as Excel does (`AccessDenied`). */
function guard(sheet: SheetData): void {
  if (sheet.protected) fail('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`);
}

/** Counts cells written by one range command against Excel's limits for a range and a request. */
function countCells(ctx: FakeContext, rect: Rect): void {
  const cells = rect.rows * rect.cols;
  if (cells > ctx.host.options.rangeCellLimit) fail('RangeExceedsLimit', `The range has ${cells} cells, more than the limit.`);
  ctx.cellsWritten += cells;
  if (ctx.cellsWritten > ctx.host.options.operationCellLimit) fail('OperationCellsExceedLimit', `The request changes ${ctx.cellsWritten} cells, more than the limit.`);
}

/** Base of every client object: lazy resolution of its target, loads, strict reads. */
abstract class ClientObject<T> {
  protected target: T | null | undefined = undefined;
  protected loaded = new Map<string, unknown>();
  protected resolved = false;

  constructor(
    protected readonly ctx: FakeContext,
    protected readonly typeName: string,
    protected readonly resolver: () => T | null,
  ) {}

  /** The target at sync time (resolving it on first use). */
  protected resolve(): T | null {
    if (this.target === undefined) {
      this.target = this.resolver();
      this.resolved = true;
    }
    return this.target;
  }

  /** The target, which must not be a null object. */
  protected need(): T {
    const t = this.resolve();
    if (t === null) return fail('ItemNotFound', `${this.typeName}: the object is a null object`);
    return t;
  }

  get isNullObject(): boolean {
    if (!this.resolved) return fail('PropertyNotLoaded', `${this.typeName}.isNullObject is not available before context.sync()`);
    return this.target === null;
  }

  /** Reads a loaded scalar property; throws like Office.js when it was not loaded and synced. */
  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop)) {
      return fail(
        'PropertyNotLoaded',
        `The property '${prop}' of ${this.typeName} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as V;
  }

  /** The properties `load` accepts, and how to snapshot each from the target. */
  protected abstract snapshot(target: T, prop: string): unknown;
  protected abstract readonly loadable: readonly string[];

  load(props?: string | string[] | { select?: string }): this {
    const list = parseProps(props, this.loadable);
    for (const p of list) if (!this.loadable.includes(p)) throw new Error(`FakeExcel: ${this.typeName}.load('${p}') is not in the fake's API subset`);
    const staged = new Map<string, unknown>();
    this.ctx.enqueue(
      `${this.typeName}.load`,
      JSON.stringify(list).length,
      () => {
        const t = this.resolve();
        if (t === null) return 0;
        let bytes = 0;
        for (const p of list) {
          const v = this.snapshot(t, p);
          staged.set(p, v);
          bytes += approxSize(v);
        }
        return bytes;
      },
      () => {
        for (const [k, v] of staged) this.loaded.set(k, v);
      },
    );
    return this;
  }

  /** Queues a property assignment. */
  protected set(prop: string, value: unknown, apply: (target: T) => void): void {
    this.ctx.enqueue(`${this.typeName}.${prop}`, approxSize(value) + prop.length, () => {
      apply(this.need());
    });
  }
}

function parseProps(props: string | string[] | { select?: string } | undefined, all: readonly string[]): string[] {
  if (props === undefined) return [...all];
  const text = Array.isArray(props) ? props.join(',') : typeof props === 'string' ? props : (props.select ?? '');
  return text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function approxSize(v: unknown): number {
  if (v === undefined) return 0;
  return JSON.stringify(v)?.length ?? 0;
}

// ----- Workbook, application -----

class WorkbookClient {
  readonly worksheets: WorksheetCollectionClient;
  readonly names: NamedItemCollectionClient;
  readonly tables: TableCollectionClient;
  readonly application: object;
  private loaded1904: boolean | undefined = undefined;

  /** Only `use1904DateSystem` (ExcelApi 1.16) is loadable on the workbook itself. */
  load(props: string): this {
    if (props !== 'use1904DateSystem') throw new Error(`FakeExcel: Workbook.load('${props}') is not in the fake's API subset`);
    let staged = false;
    this.ctx.enqueue(
      'Workbook.load',
      props.length,
      () => {
        if (!this.ctx.host.options.api116) fail('ApiNotFound', 'Workbook.use1904DateSystem needs ExcelApi 1.16');
        staged = this.ctx.wb.date1904;
        return 5;
      },
      () => {
        this.loaded1904 = staged;
      },
    );
    return this;
  }

  get use1904DateSystem(): boolean {
    if (this.loaded1904 === undefined) return fail('PropertyNotLoaded', "The property 'use1904DateSystem' of Workbook is not available.");
    return this.loaded1904;
  }

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = strict(new WorksheetCollectionClient(ctx), 'WorksheetCollection');
    this.names = strict(new NamedItemCollectionClient(ctx), 'NamedItemCollection');
    this.tables = strict(new TableCollectionClient(ctx), 'TableCollection');
    this.application = strict(
      {
        suspendApiCalculationUntilNextSync: () =>
          ctx.enqueue('Application.suspendApiCalculationUntilNextSync', 0, () => {
            ctx.host.stats.calculationSuspended++;
            ctx.calculationSuspended = true;
          }),
        calculate: (type: string) =>
          ctx.enqueue('Application.calculate', type.length, () => {
            if (!['Recalculate', 'Full', 'FullRebuild'].includes(type)) fail('InvalidArgument', `calculationType ${type}`);
            if (ctx.calculationSuspended) return; // suspended for this request: nothing is calculated
            ctx.host.stats.recalculations++;
            ctx.wb.stale.clear();
          }),
        suspendScreenUpdatingUntilNextSync: () =>
          ctx.enqueue('Application.suspendScreenUpdatingUntilNextSync', 0, () => {
            if (!ctx.host.options.api19) fail('ApiNotFound', 'suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9');
            ctx.host.stats.screenUpdatingSuspended++;
          }),
      },
      'Application',
    );
  }
}

// ----- Collections -----

abstract class CollectionClient<T, C> {
  protected itemsLoaded: C[] | undefined = undefined;

  constructor(
    protected readonly ctx: FakeContext,
    protected readonly typeName: string,
  ) {}

  protected abstract all(): T[];
  protected abstract client(target: T): C & { loadSnapshot(props: string[]): number; commitSnapshot(): void };
  protected abstract readonly itemLoadable: readonly string[];

  get items(): C[] {
    if (!this.itemsLoaded) return fail('PropertyNotLoaded', `The property 'items' of ${this.typeName} is not available. Call load() and context.sync() first.`);
    return this.itemsLoaded;
  }

  load(props?: string | string[]): this {
    const list = parseProps(props, this.itemLoadable).map((p) => p.replace(/^items\//, ''));
    for (const p of list) if (!this.itemLoadable.includes(p)) throw new Error(`FakeExcel: ${this.typeName}.load('${p}') is not in the fake's API subset`);
    let staged: (C & { loadSnapshot(props: string[]): number; commitSnapshot(): void })[] = [];
    this.ctx.enqueue(
      `${this.typeName}.load`,
      JSON.stringify(list).length,
      () => {
        staged = this.all().map((t) => this.client(t));
        return staged.reduce((n, c) => n + c.loadSnapshot(list), 0);
      },
      () => {
        for (const c of staged) c.commitSnapshot();
        this.itemsLoaded = staged;
      },
    );
    return this;
  }
}

/** Mixin-like helpers so an item client can load its snapshot as part of a collection load. */
function withSnapshot<C extends ClientObject<T>, T>(client: C, target: T, snap: (t: T, p: string) => unknown): C & { loadSnapshot(props: string[]): number; commitSnapshot(): void } {
  const staged = new Map<string, unknown>();
  const c = client as unknown as {
    target: T | null | undefined;
    resolved: boolean;
    loaded: Map<string, unknown>;
  };
  c.target = target;
  c.resolved = true;
  return Object.assign(client, {
    loadSnapshot(props: string[]): number {
      let bytes = 0;
      for (const p of props) {
        const v = snap(target, p);
        staged.set(p, v);
        bytes += approxSize(v);
      }
      return bytes;
    },
    commitSnapshot(): void {
      for (const [k, v] of staged) c.loaded.set(k, v);
    },
  });
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

function validateSheetName(wb: WorkbookData, name: string, except?: SheetData): void {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    fail('InvalidArgument', `The sheet name '${name}' is not valid.`);
  }
  const clash = wb.sheetByName(name);
  if (clash && clash !== except) fail('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
}

class WorksheetCollectionClient extends CollectionClient<SheetData, WorksheetClient> {
  protected readonly itemLoadable = ['name', 'position', 'id', 'visibility'] as const;

  constructor(ctx: FakeContext) {
    super(ctx, 'WorksheetCollection');
  }

  protected all(): SheetData[] {
    return this.ctx.wb.sheets;
  }

  protected client(target: SheetData): WorksheetClient & { loadSnapshot(props: string[]): number; commitSnapshot(): void } {
    const c = new WorksheetClient(this.ctx, () => target);
    return strict(withSnapshot(c, target, (t, p) => c.snap(t, p)), 'Worksheet');
  }

  getItem(name: string): WorksheetClient {
    return strict(new WorksheetClient(this.ctx, () => this.ctx.wb.sheetByName(name) ?? fail('ItemNotFound', `No worksheet named '${name}'.`)), 'Worksheet');
  }

  getItemOrNullObject(name: string): WorksheetClient {
    return strict(new WorksheetClient(this.ctx, () => this.ctx.wb.sheetByName(name) ?? null), 'Worksheet');
  }

  add(name?: string): WorksheetClient {
    let created: SheetData | undefined;
    this.ctx.enqueue('WorksheetCollection.add', (name ?? '').length, () => {
      const wb = this.ctx.wb;
      let n = name;
      if (n === undefined) {
        let i = wb.sheets.length + 1;
        while (wb.sheetByName(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      validateSheetName(wb, n);
      created = new SheetData(n);
      wb.sheets.push(created);
    });
    return strict(new WorksheetClient(this.ctx, () => created ?? fail('ItemNotFound', 'The worksheet was not created.')), 'Worksheet');
  }
}

class WorksheetClient extends ClientObject<SheetData> {
  protected readonly loadable = ['name', 'position', 'id', 'visibility'] as const;

  constructor(ctx: FakeContext, resolver: () => SheetData | null) {
    super(ctx, 'Worksheet', resolver);
  }

  snap(t: SheetData, p: string): unknown {
    const wb = this.ctx.wb;
    switch (p) {
      case 'name':
        return t.name;
      case 'position':
        return wb.sheets.indexOf(t);
      case 'id':
        return `{sheet-${t.id}}`;
      case 'visibility':
        return t.visibility;
    }
    return undefined;
  }

  protected snapshot(t: SheetData, p: string): unknown {
    return this.snap(t, p);
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.set('name', value, (sheet) => {
      const wb = this.ctx.wb;
      guard(sheet);
      validateSheetName(wb, value, sheet);
      renameInFormulas(wb, sheet.name, value);
      sheet.name = value;
    });
  }

  get position(): number {
    return this.read('position');
  }

  get visibility(): string {
    return this.read('visibility');
  }

  /** `protection.protected` (ExcelApi 1.2). */
  get protection(): WorksheetProtectionClient {
    return strict(new WorksheetProtectionClient(this.ctx, () => this.need()), 'WorksheetProtection');
  }

  /** The names scoped to this sheet (ExcelApi 1.4). */
  get names(): NamedItemCollectionClient {
    return strict(new NamedItemCollectionClient(this.ctx, () => this.need()), 'NamedItemCollection');
  }

  getRange(address?: string): RangeClient {
    return rangeClient(this.ctx, () => {
      const sheet = this.need();
      if (address === undefined) return { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      const { sheet: other, local } = splitSheet(address);
      if (other !== undefined && other.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', `Address ${address} is on another sheet.`);
      const rect = parseLocal(local) ?? fail('InvalidArgument', `The address '${address}' is not valid.`);
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeClient {
    return rangeClient(this.ctx, () => {
      const sheet = this.need();
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) {
        fail('InvalidArgument', `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet.`);
      }
      return { sheet, rect: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeClient {
    return rangeClient(this.ctx, () => {
      const sheet = this.need();
      const rect = sheet.usedRect(valuesOnly === true);
      return rect ? { sheet, rect } : null;
    });
  }

  activate(): void {
    this.ctx.enqueue('Worksheet.activate', 0, () => {
      this.ctx.wb.activeSheetId = this.need().id;
    });
  }

  delete(): void {
    this.ctx.enqueue('Worksheet.delete', 0, () => {
      const sheet = this.need();
      const wb = this.ctx.wb;
      guard(sheet);
      if (wb.sheets.length === 1) fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
      wb.names = wb.names.filter((n) => n.scopeSheetId !== sheet.id);
      for (const n of wb.names) if (n.ref.kind === 'range' && n.ref.sheetId === sheet.id) n.ref = { kind: 'error', value: '#REF!' };
      wb.tables = wb.tables.filter((t) => t.sheetId !== sheet.id);
      deleteInFormulas(wb, sheet.name);
      if (wb.activeSheetId === sheet.id) wb.activeSheetId = wb.sheets[0]?.id;
      if (wb.selection?.sheetId === sheet.id) wb.selection = undefined;
    });
  }

  get freezePanes(): object {
    const ctx = this.ctx;
    const freeze = (label: string, f: (sheet: SheetData) => { rows: number; cols: number }): void =>
      ctx.enqueue(`WorksheetFreezePanes.${label}`, 0, () => {
        const sheet = this.need();
        guard(sheet);
        sheet.frozen = f(sheet);
      });
    return strict(
      {
        freezeRows: (count = 1) => freeze('freezeRows', () => ({ rows: count, cols: 0 })),
        freezeColumns: (count = 1) => freeze('freezeColumns', () => ({ rows: 0, cols: count })),
        unfreeze: () =>
          ctx.enqueue('WorksheetFreezePanes.unfreeze', 0, () => {
            this.need().frozen = undefined;
          }),
        freezeAt: (range: RangeClient | string) =>
          freeze('freezeAt', (sheet) => {
            const rect = typeof range === 'string' ? (parseLocal(range) ?? fail('InvalidArgument', `bad address ${range}`)) : range.resolvedRect(sheet);
            return { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
          }),
      },
      'WorksheetFreezePanes',
    );
  }

  get charts(): object {
    const ctx = this.ctx;
    const items = strict(new ChartCollectionClient(ctx, () => this.need()), 'ChartCollection');
    return strict(
      {
        load: (props?: string) => items.load(props),
        get items() {
          return items.items;
        },
        add: (type: string, source: RangeClient, seriesBy?: string) => {
          let record: ChartRecord | undefined;
          ctx.enqueue('ChartCollection.add', type.length, () => {
            const sheet = this.need();
            guard(sheet);
            const src = source.resolvedTarget();
            void seriesBy;
            record = { type, series: [{ values: formatAddress(src.sheet.name, src.rect) }] };
            sheet.charts.push(record);
          });
          return chartClient(ctx, () => record ?? fail('ItemNotFound', 'chart not created'));
        },
      },
      'ChartCollection',
    );
  }
}

/** A sheet's charts as a loadable collection; each can be deleted. */
class ChartCollectionClient extends CollectionClient<ChartRecord, ChartItemClient> {
  protected readonly itemLoadable = ['name'] as const;

  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetData,
  ) {
    super(ctx, 'ChartCollection');
  }

  protected all(): ChartRecord[] {
    return this.sheet().charts;
  }

  protected client(target: ChartRecord): ChartItemClient & { loadSnapshot(props: string[]): number; commitSnapshot(): void } {
    const c = new ChartItemClient(this.ctx, () => target, this.sheet);
    return strict(withSnapshot(c, target, (t) => t.title ?? ''), 'Chart');
  }
}

class ChartItemClient extends ClientObject<ChartRecord> {
  protected readonly loadable = ['name'] as const;

  constructor(
    ctx: FakeContext,
    resolver: () => ChartRecord | null,
    private readonly sheet: () => SheetData,
  ) {
    super(ctx, 'Chart', resolver);
  }

  protected snapshot(t: ChartRecord): unknown {
    return t.title ?? '';
  }

  delete(): void {
    this.ctx.enqueue('Chart.delete', 0, () => {
      const sheet = this.sheet();
      guard(sheet);
      const chart = this.need();
      const i = sheet.charts.indexOf(chart);
      if (i < 0) fail('ItemNotFound', 'The chart was deleted.');
      sheet.charts.splice(i, 1);
    });
  }
}

/** `protected` of a worksheet. */
class WorksheetProtectionClient extends ClientObject<SheetData> {
  protected readonly loadable = ['protected'] as const;

  constructor(ctx: FakeContext, resolver: () => SheetData | null) {
    super(ctx, 'WorksheetProtection', resolver);
  }

  protected snapshot(t: SheetData): unknown {
    return t.protected;
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

function chartClient(ctx: FakeContext, chart: () => ChartRecord): object {
  const seriesClient = (index: () => number): object => {
    const series = (): ChartRecord['series'][number] => chart().series[index()] ?? fail('ItemNotFound', 'no such series');
    return strict(
      {
        set name(v: string) {
          ctx.enqueue('ChartSeries.name', v.length, () => {
            series().name = v;
          });
        },
        setValues: (r: RangeClient) =>
          ctx.enqueue('ChartSeries.setValues', 0, () => {
            const t = r.resolvedTarget();
            series().values = formatAddress(t.sheet.name, t.rect);
          }),
        setXAxisValues: (r: RangeClient) =>
          ctx.enqueue('ChartSeries.setXAxisValues', 0, () => {
            const t = r.resolvedTarget();
            series().xValues = formatAddress(t.sheet.name, t.rect);
          }),
      },
      'ChartSeries',
    );
  };
  return strict(
    {
      title: strict(
        {
          set text(v: string) {
            ctx.enqueue('ChartTitle.text', v.length, () => {
              chart().title = v;
            });
          },
        },
        'ChartTitle',
      ),
      series: strict(
        {
          getItemAt: (i: number) => seriesClient(() => i),
          add: (name?: string) => {
            let index = -1;
            ctx.enqueue('ChartSeriesCollection.add', (name ?? '').length, () => {
              index = chart().series.push({ ...(name ? { name } : {}) }) - 1;
            });
            return seriesClient(() => index);
          },
        },
        'ChartSeriesCollection',
      ),
      setPosition: (start: string) =>
        ctx.enqueue('Chart.setPosition', start.length, () => {
          chart().position = start;
        }),
    },
    'Chart',
  );
}

/** Rewrites references to a renamed sheet in every formula (as Excel does on rename). */
function renameInFormulas(wb: WorkbookData, oldName: string, newName: string): void {
  const pattern = sheetRefPattern(oldName);
  for (const s of wb.sheets) {
    for (const row of s.formulas) {
      if (!row) continue;
      row.forEach((f, c) => {
        if (f !== undefined) row[c] = f.replace(pattern, `${quoteSheet(newName)}!`);
      });
    }
  }
}

function deleteInFormulas(wb: WorkbookData, name: string): void {
  const pattern = new RegExp(`${sheetRefPattern(name).source}\\$?[A-Za-z]{1,3}\\$?\\d+(:\\$?[A-Za-z]{1,3}\\$?\\d+)?`, 'g');
  for (const s of wb.sheets) {
    for (const row of s.formulas) {
      if (!row) continue;
      row.forEach((f, c) => {
        if (f !== undefined) row[c] = f.replace(pattern, '#REF!');
      });
    }
  }
}

function sheetRefPattern(name: string): RegExp {
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = `'${esc(name.replace(/'/g, "''"))}'!`;
  const alternatives = needsNoQuotes(name) ? `${quoted}|(?<![A-Za-z0-9_.'])${esc(name)}!` : quoted;
  return new RegExp(alternatives, 'gi');
}

function needsNoQuotes(name: string): boolean {
  return quoteSheet(name) === name;
}

// ----- Range -----

interface RangeTarget {
  sheet: SheetData;
  rect: Rect;
}

function rangeClient(ctx: FakeContext, resolver: () => RangeTarget | null): RangeClient {
  return strict(new RangeClient(ctx, resolver), 'Range');
}

class RangeClient extends ClientObject<RangeTarget> {
  protected readonly loadable = ['address', 'values', 'formulas', 'numberFormat', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'text'] as const;

  constructor(ctx: FakeContext, resolver: () => RangeTarget | null) {
    super(ctx, 'Range', resolver);
  }

  /** The smallest range that holds this one and `other` (same sheet). */
  getBoundingRect(other: RangeClient): RangeClient {
    return rangeClient(this.ctx, () => {
      const a = this.need();
      const b = other.resolvedTarget();
      if (a.sheet !== b.sheet) fail('InvalidArgument', 'The ranges are on different sheets.');
      const row = Math.min(a.rect.row, b.rect.row);
      const col = Math.min(a.rect.col, b.rect.col);
      const rows = Math.max(a.rect.row + a.rect.rows, b.rect.row + b.rect.rows) - row;
      const cols = Math.max(a.rect.col + a.rect.cols, b.rect.col + b.rect.cols) - col;
      return { sheet: a.sheet, rect: { row, col, rows, cols } };
    });
  }

  /** For other commands that take this range as an argument. */
  resolvedTarget(): RangeTarget {
    return this.need();
  }

  resolvedRect(sheet: SheetData): Rect {
    const t = this.need();
    if (t.sheet !== sheet) fail('InvalidArgument', 'The range is on another sheet.');
    return t.rect;
  }

  protected snapshot(t: RangeTarget, p: string): unknown {
    const { sheet, rect } = t;
    switch (p) {
      case 'address':
        return formatAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.cols;
    }
    if (rect.rows * rect.cols > this.ctx.host.options.rangeCellLimit) fail('RangeExceedsLimit', `Reading ${rect.rows * rect.cols} cells exceeds the limit for one range.`);
    const wb = this.ctx.wb;
    const memo = new Map<string, Value>();
    const out: unknown[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const row: unknown[] = new Array(rect.cols);
      for (let c = 0; c < rect.cols; c++) {
        const col = rect.col + c;
        if (p === 'numberFormat') row[c] = sheet.numberFormatAt(r, col);
        else if (p === 'formulas' && sheet.formulas[r]?.[col] !== undefined) row[c] = sheet.formulas[r][col];
        else {
          const v = wb.cellValue(sheet, r, col, memo);
          row[c] = v === null ? '' : displayValue(v);
          if (p === 'text') row[c] = displayText(row[c], sheet.numberFormatAt(r, col), wb.date1904);
        }
      }
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.read('address');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  set values(v: unknown) {
    this.set('values', v, (t) => writeCells(this.ctx, t, v, 'values'));
  }
  set formulas(v: unknown) {
    this.set('formulas', v, (t) => writeCells(this.ctx, t, v, 'formulas'));
  }
  set numberFormat(v: unknown) {
    this.set('numberFormat', v, (t) => {
      guard(t.sheet);
      countCells(this.ctx, t.rect);
      eachCell(t, v, 'numberFormat', (r, c, f) => {
        if (typeof f !== 'string') return fail('InvalidArgument', 'numberFormat must be text');
        (t.sheet.numberFormats[r] ??= [])[c] = f === 'General' ? undefined : f;
      });
    });
  }

  /** Clears contents and formats (and the conditional formats inside the range); `applyTo` 'All' only. */
  clear(applyTo: string = 'All'): void {
    this.ctx.enqueue('Range.clear', applyTo.length, () => {
      if (applyTo !== 'All') fail('InvalidArgument', `clear(${applyTo}) is not modelled`);
      const { sheet, rect } = this.need();
      guard(sheet);
      const inside = (r: Rect): boolean => r.row >= rect.row && r.col >= rect.col && r.row + r.rows <= rect.row + rect.rows && r.col + r.cols <= rect.col + rect.cols;
      for (const grid of [sheet.values, sheet.formulas, sheet.numberFormats] as unknown[][][]) {
        for (let r = rect.row; r < Math.min(grid.length, rect.row + rect.rows); r++) {
          const row = grid[r];
          if (!row) continue;
          for (let c = rect.col; c < Math.min(row.length, rect.col + rect.cols); c++) row[c] = undefined;
        }
      }
      for (const key of [...this.ctx.wb.stale]) {
        const [id, r, c] = key.split(':').map(Number);
        if (id === sheet.id && contains(rect, r, c)) this.ctx.wb.stale.delete(key);
      }
      sheet.formats = sheet.formats.filter((f) => !inside(f.rect));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !inside(f.rect));
    });
  }

  get worksheet(): WorksheetClient {
    return strict(new WorksheetClient(this.ctx, () => this.need().sheet), 'Worksheet');
  }

  get format(): object {
    return formatClient(this.ctx, () => this.need());
  }

  get conditionalFormats(): object {
    const ctx = this.ctx;
    return strict(
      {
        add: (type: string) => {
          let record: SheetData['conditionalFormats'][number] | undefined;
          ctx.enqueue('ConditionalFormatCollection.add', type.length, () => {
            const t = this.need();
            guard(t.sheet);
            if (type !== 'Custom') fail('InvalidArgument', `conditional format type ${type} is not modelled`);
            record = { rect: t.rect, type };
            t.sheet.conditionalFormats.push(record);
          });
          const rec = (): NonNullable<typeof record> => record ?? fail('ItemNotFound', 'conditional format not created');
          const setter = (label: string, f: (v: string) => void): ((v: string) => void) => (v: string) => ctx.enqueue(label, v.length, () => f(v));
          const setFormula = setter('ConditionalRangeFormatRule.formula', (v) => {
            rec().formula = v;
          });
          const setFill = setter('ConditionalRangeFill.color', (v) => {
            rec().fill = v;
          });
          const setFont = setter('ConditionalRangeFont.color', (v) => {
            rec().font = v;
          });
          return strict(
            {
              custom: strict(
                {
                  rule: strict({ set formula(v: string) { setFormula(v); } }, 'ConditionalRangeFormatRule'),
                  format: strict(
                    {
                      fill: strict({ set color(v: string) { setFill(v); } }, 'ConditionalRangeFill'),
                      font: strict({ set color(v: string) { setFont(v); } }, 'ConditionalRangeFont'),
                    },
                    'ConditionalRangeFormat',
                  ),
                },
                'CustomConditionalFormat',
              ),
            },
            'ConditionalFormat',
          );
        },
      },
      'ConditionalFormatCollection',
    );
  }

  select(): void {
    this.ctx.enqueue('Range.select', 0, () => {
      const t = this.need();
      this.ctx.wb.activeSheetId = t.sheet.id;
      this.ctx.wb.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }
}

/**
 * What a cell shows (`Range.text`): a number in a date format as the date it is in the
 * workbook's date system (ISO here, whatever the format's order), else the value as text.
 */
function displayText(value: unknown, numberFormat: string, date1904: boolean): string {
  if (typeof value === 'number' && /y/i.test(numberFormat) && /d/i.test(numberFormat)) {
    const days = value + (date1904 ? 1_462 : 0) - 25_569;
    return new Date(Math.round(days * 86_400_000)).toISOString().slice(0, 10);
  }
  return String(value);
}

/** Applies `v` (a 2D array of the range's size, or one value for all cells) cell by cell. */
function eachCell(t: RangeTarget, v: unknown, prop: string, f: (r: number, c: number, value: unknown) => void): void {
  const { rect } = t;
  if (Array.isArray(v)) {
    if (v.length !== rect.rows || v.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
      fail('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`);
    }
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) f(rect.row + r, rect.col + c, (v as unknown[][])[r][c]);
  } else {
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) f(rect.row + r, rect.col + c, v);
  }
}

/** Writes typed input; a formula written while calculation is suspended stays uncalculated (stale). */
function writeCells(ctx: FakeContext, t: RangeTarget, v: unknown, prop: string): void {
  const sheet = t.sheet;
  guard(sheet);
  countCells(ctx, t.rect);
  const stale = ctx.wb.stale;
  eachCell(t, v, prop, (r, c, input) => {
    if (input === null || input === undefined) return; // null leaves the cell unchanged
    const parsed = parseInput(input, sheet.numberFormatAt(r, c));
    (sheet.values[r] ??= [])[c] = parsed.value;
    if (parsed.formula !== undefined || sheet.formulas[r]?.[c] !== undefined) (sheet.formulas[r] ??= [])[c] = parsed.formula;
    const key = `${sheet.id}:${r}:${c}`;
    if (parsed.formula !== undefined && ctx.calculationSuspended) stale.add(key);
    else if (stale.size > 0) stale.delete(key);
  });
}

function formatClient(ctx: FakeContext, target: () => RangeTarget): object {
  const record = (path: string, value: unknown, check?: () => void): void =>
    ctx.enqueue(`RangeFormat.${path}`, approxSize(value) + path.length, () => {
      check?.();
      const t = target();
      guard(t.sheet);
      ctx.host.stats.formatCommands++;
      if (path === 'columnWidth' && (typeof value !== 'number' || value < 0)) fail('InvalidArgument', 'columnWidth must be a number of points');
      t.sheet.formats.push({ rect: t.rect, path, value });
    });
  const part = (prefix: string, props: string[], name: string): object => {
    const obj: Record<string, unknown> = {};
    for (const p of props) {
      Object.defineProperty(obj, p, {
        set: (v: unknown) => record(`${prefix}${p}`, v),
        get: () => fail('PropertyNotLoaded', `Reading ${name}.${p} is not modelled by the fake; inspect host.sheet().formatAt() instead.`),
        enumerable: true,
      });
    }
    return strict(obj, name);
  };
  const BORDERS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];
  const fmt: Record<string, unknown> = {
    font: part('font.', ['bold', 'italic', 'size', 'color', 'name', 'underline'], 'RangeFont'),
    fill: part('fill.', ['color'], 'RangeFill'),
    borders: strict(
      {
        getItem: (index: string) => {
          if (!BORDERS.includes(index)) throw new Error(`FakeExcel: border ${index} is not modelled`);
          return part(`borders.${index}.`, ['style', 'weight', 'color'], 'RangeBorder');
        },
      },
      'RangeBorderCollection',
    ),
  };
  Object.defineProperty(fmt, 'columnWidth', { set: (v: unknown) => record('columnWidth', v), enumerable: true });
  Object.defineProperty(fmt, 'horizontalAlignment', { set: (v: unknown) => record('horizontalAlignment', v), enumerable: true });
  Object.defineProperty(fmt, 'indentLevel', {
    set: (v: unknown) =>
      record('indentLevel', v, () => {
        if (!ctx.host.options.api19) fail('ApiNotFound', 'indentLevel needs ExcelApi 1.9');
      }),
    enumerable: true,
  });
  return strict(fmt, 'RangeFormat');
}

// ----- Names and tables -----

class NamedItemCollectionClient extends CollectionClient<NameData, NamedItemClient> {
  protected readonly itemLoadable = ['name', 'type', 'value', 'comment', 'visible', 'formula'] as const;

  /** `scope` given: a worksheet's names (sheet-scoped); else the workbook's (workbook-scoped only). */
  constructor(
    ctx: FakeContext,
    private readonly scope?: () => SheetData,
  ) {
    super(ctx, 'NamedItemCollection');
  }

  protected all(): NameData[] {
    const id = this.scope?.().id;
    return this.ctx.wb.names.filter((n) => n.scopeSheetId === id);
  }

  protected client(target: NameData): NamedItemClient & { loadSnapshot(props: string[]): number; commitSnapshot(): void } {
    const c = new NamedItemClient(this.ctx, () => target);
    return strict(withSnapshot(c, target, (t, p) => c.snap(t, p)), 'NamedItem');
  }

  getItem(name: string): NamedItemClient {
    return strict(new NamedItemClient(this.ctx, () => this.ctx.wb.nameByName(name, this.scope?.().id) ?? fail('ItemNotFound', `No name '${name}'.`)), 'NamedItem');
  }

  getItemOrNullObject(name: string): NamedItemClient {
    return strict(new NamedItemClient(this.ctx, () => this.ctx.wb.nameByName(name, this.scope?.().id) ?? null), 'NamedItem');
  }

  add(name: string, reference: RangeClient | string, comment?: string): NamedItemClient {
    let created: NameData | undefined;
    this.ctx.enqueue('NamedItemCollection.add', name.length + (comment ?? '').length, () => {
      const wb = this.ctx.wb;
      if (this.scope) fail('InvalidOperation', 'FakeExcel: adding sheet-scoped names is not modelled');
      if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) fail('InvalidArgument', `The name '${name}' is not valid.`);
      if (wb.nameByName(name)) fail('ItemAlreadyExists', `The name '${name}' already exists.`);
      let ref: NameData['ref'];
      if (typeof reference === 'string') {
        const { sheet, local } = splitSheet(reference);
        const s = sheet ? wb.sheetByName(sheet) : undefined;
        const rect = parseLocal(local);
        ref = s && rect ? { kind: 'range', sheetId: s.id, rect } : fail('InvalidArgument', `Reference ${reference} is not modelled`);
      } else {
        const t = reference.resolvedTarget();
        ref = { kind: 'range', sheetId: t.sheet.id, rect: t.rect };
      }
      created = { name, comment: comment ?? '', ref };
      wb.names.push(created);
    });
    return strict(new NamedItemClient(this.ctx, () => created ?? fail('ItemNotFound', 'The name was not created.')), 'NamedItem');
  }
}

class NamedItemClient extends ClientObject<NameData> {
  protected readonly loadable = ['name', 'type', 'value', 'comment', 'visible', 'formula'] as const;

  constructor(ctx: FakeContext, resolver: () => NameData | null) {
    super(ctx, 'NamedItem', resolver);
  }

  snap(t: NameData, p: string): unknown {
    const wb = this.ctx.wb;
    const ref = t.ref;
    const refText = (): string => {
      if (ref.kind === 'range') return formatAddress((wb.sheetById(ref.sheetId) as SheetData).name, ref.rect, true);
      return String(ref.value);
    };
    switch (p) {
      case 'name':
        return t.name;
      case 'comment':
        return t.comment;
      case 'visible':
        return true;
      case 'type':
        if (ref.kind === 'range' || ref.kind === 'external' || ref.kind === 'multiArea') return 'Range';
        if (ref.kind === 'error') return 'Error';
        if (ref.kind === 'formula') return ref.type;
        return typeof ref.value === 'string' ? 'String' : typeof ref.value === 'boolean' ? 'Boolean' : 'Double';
      case 'value':
        return refText();
      case 'formula':
        if (ref.kind === 'formula') return ref.value;
        return ref.kind === 'constant' && typeof ref.value === 'string' ? `="${ref.value}"` : `=${refText()}`;
    }
    return undefined;
  }

  protected snapshot(t: NameData, p: string): unknown {
    return this.snap(t, p);
  }

  get name(): string {
    return this.read('name');
  }
  get type(): string {
    return this.read('type');
  }
  get value(): unknown {
    return this.read('value');
  }
  get comment(): string {
    return this.read('comment');
  }

  getRange(): RangeClient {
    return rangeClient(this.ctx, () => {
      const n = this.need();
      if (n.ref.kind === 'external' || n.ref.kind === 'multiArea') return fail('InvalidReference', `The name '${n.name}' does not refer to one range in this workbook.`);
      if (n.ref.kind !== 'range') return fail('InvalidOperation', `The name '${n.name}' does not refer to a range.`);
      const sheet = this.ctx.wb.sheetById(n.ref.sheetId) ?? fail('InvalidReference', 'The name refers to a deleted sheet.');
      return { sheet, rect: n.ref.rect };
    });
  }

  /** The range, or a null object for a name that is not one range in this workbook (ExcelApi 1.4). */
  getRangeOrNullObject(): RangeClient {
    return rangeClient(this.ctx, () => {
      const n = this.need();
      if (n.ref.kind !== 'range') return null;
      const sheet = this.ctx.wb.sheetById(n.ref.sheetId);
      return sheet ? { sheet, rect: n.ref.rect } : null;
    });
  }

  delete(): void {
    this.ctx.enqueue('NamedItem.delete', 0, () => {
      const n = this.need();
      const wb = this.ctx.wb;
      wb.names.splice(wb.names.indexOf(n), 1);
    });
  }
}

class TableCollectionClient extends CollectionClient<TableData, TableClient> {
  protected readonly itemLoadable = ['name', 'showHeaders', 'showTotals'] as const;

  constructor(ctx: FakeContext) {
    super(ctx, 'TableCollection');
  }

  protected all(): TableData[] {
    return this.ctx.wb.tables;
  }

  protected client(target: TableData): TableClient & { loadSnapshot(props: string[]): number; commitSnapshot(): void } {
    const c = new TableClient(this.ctx, () => target);
    return strict(withSnapshot(c, target, (t, p) => c.snap(t, p)), 'Table');
  }

  getItemOrNullObject(name: string): TableClient {
    const lower = name.toLowerCase();
    return strict(new TableClient(this.ctx, () => this.ctx.wb.tables.find((t) => t.name.toLowerCase() === lower) ?? null), 'Table');
  }
}

class TableClient extends ClientObject<TableData> {
  protected readonly loadable = ['name', 'showHeaders', 'showTotals'] as const;

  constructor(ctx: FakeContext, resolver: () => TableData | null) {
    super(ctx, 'Table', resolver);
  }

  snap(t: TableData, p: string): unknown {
    if (p === 'showHeaders') return t.showHeaders;
    if (p === 'showTotals') return t.showTotals;
    return t.name;
  }

  protected snapshot(t: TableData, p: string): unknown {
    return this.snap(t, p);
  }

  get name(): string {
    return this.read('name');
  }
  get showHeaders(): boolean {
    return this.read('showHeaders');
  }
  get showTotals(): boolean {
    return this.read('showTotals');
  }

  /** The whole table: header row, data body and total row, as Excel's `Table.getRange`. */
  getRange(): RangeClient {
    return this.part(() => true, (t) => t.rect);
  }

  getHeaderRowRange(): RangeClient {
    return this.part(
      (t) => t.showHeaders || fail('InvalidOperation', 'The table has no header row shown.'),
      (t) => ({ ...t.rect, rows: 1 }),
    );
  }

  /** The rows between the header and total rows (Excel keeps at least one). */
  getDataBodyRange(): RangeClient {
    return this.part(
      () => true,
      (t) => {
        const top = t.showHeaders ? 1 : 0;
        return { ...t.rect, row: t.rect.row + top, rows: Math.max(1, t.rect.rows - top - (t.showTotals ? 1 : 0)) };
      },
    );
  }

  getTotalRowRange(): RangeClient {
    return this.part(
      (t) => t.showTotals || fail('InvalidOperation', 'The table has no total row shown.'),
      (t) => ({ ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 }),
    );
  }

  private part(check: (t: TableData) => unknown, rect: (t: TableData) => Rect): RangeClient {
    return rangeClient(this.ctx, () => {
      const t = this.need();
      check(t);
      const sheet = this.ctx.wb.sheetById(t.sheetId) ?? fail('ItemNotFound', 'table sheet is gone');
      return { sheet, rect: rect(t) };
    });
  }
}

export { formatAddress, formatLocal, parseLocal };
