/**
 * What every client object shares: the strict proxy (only the modelled API subset), a target
 * resolved at sync time, `load` and `PropertyNotLoaded`, loadable collections, and the guards of
 * a write (a protected sheet, Excel's cell limits).
 */
import type { Rect } from './a1';
import { fail } from './errors';
import { SheetData } from './workbook';
import type { FakeContext } from './context';

/** Members any object may be asked for by JS itself (promise checks, jest, JSON). */
const IGNORED_MEMBERS = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'constructor', 'inspect', '_isMockFunction']);

/** Wraps a client object so that any member outside the modelled subset throws. */
export function strict<T extends object>(obj: T, typeName: string): T {
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

/** A protected sheet refuses changes, as Excel does (`AccessDenied`). */
export function guard(sheet: SheetData): void {
  if (sheet.protected) fail('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`);
}

/** Counts cells written by one range command against Excel's limits for a range and a request. */
export function countCells(ctx: FakeContext, rect: Rect): void {
  const cells = rect.rows * rect.cols;
  if (cells > ctx.host.options.rangeCellLimit) fail('RangeExceedsLimit', `The range has ${cells} cells, more than the limit.`);
  ctx.cellsWritten += cells;
  if (ctx.cellsWritten > ctx.host.options.operationCellLimit)
    fail('OperationCellsExceedLimit', `The request changes ${ctx.cellsWritten} cells, more than the limit.`);
}

/** Base of every client object: lazy resolution of its target, loads, strict reads. */
export abstract class ClientObject<T> {
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

export function approxSize(v: unknown): number {
  if (v === undefined) return 0;
  return JSON.stringify(v)?.length ?? 0;
}

export abstract class CollectionClient<T, C> {
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
export function withSnapshot<C extends ClientObject<T>, T>(
  client: C,
  target: T,
  snap: (t: T, p: string) => unknown,
): C & { loadSnapshot(props: string[]): number; commitSnapshot(): void } {
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
