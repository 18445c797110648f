/**
 * Worksheets: the collection (add, getItem), a worksheet (rename, delete, protection, freeze panes,
 * charts, its ranges and names), and the formulas rewritten when a sheet is renamed or deleted.
 */
import { formatAddress, MAX_COLS, MAX_ROWS, parseLocal, quoteSheet, splitSheet } from './a1';
import { fail } from './errors';
import { SheetData, WorkbookData } from './workbook';
import type { ChartRecord } from './workbook';
import type { FakeContext } from './context';
import { ClientObject, CollectionClient, guard, strict, withSnapshot } from './client';
import { rangeClient } from './ranges';
import type { RangeClient } from './ranges';
import { NamedItemCollectionClient } from './names';
import { pageBreaksClient, pageLayoutClient } from './pageLayout';

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

function validateSheetName(wb: WorkbookData, name: string, except?: SheetData): void {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    fail('InvalidArgument', `The sheet name '${name}' is not valid.`);
  }
  const clash = wb.sheetByName(name);
  if (clash && clash !== except) fail('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
}

export class WorksheetCollectionClient extends CollectionClient<SheetData, WorksheetClient> {
  protected readonly itemLoadable = ['name', 'position', 'id', 'visibility'] as const;

  constructor(ctx: FakeContext) {
    super(ctx, 'WorksheetCollection');
  }

  protected all(): SheetData[] {
    return this.ctx.wb.sheets;
  }

  protected client(target: SheetData): WorksheetClient & { loadSnapshot(props: string[]): number; commitSnapshot(): void } {
    const c = new WorksheetClient(this.ctx, () => target);
    return strict(
      withSnapshot(c, target, (t, p) => c.snap(t, p)),
      'Worksheet',
    );
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

export class WorksheetClient extends ClientObject<SheetData> {
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

  /** Print setup (ExcelApi 1.9). */
  get pageLayout(): object {
    return pageLayoutClient(this.ctx, () => this.need());
  }

  /** Manual page breaks above rows (ExcelApi 1.9). */
  get horizontalPageBreaks(): object {
    return pageBreaksClient(this.ctx, () => this.need());
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
    return strict(
      withSnapshot(c, target, (t) => t.title ?? ''),
      'Chart',
    );
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
      setPosition: (start: string, end?: string) =>
        ctx.enqueue('Chart.setPosition', start.length + (end ?? '').length, () => {
          for (const cell of [start, ...(end === undefined ? [] : [end])]) if (parseLocal(cell) === undefined) fail('InvalidArgument', `bad address ${cell}`);
          chart().position = end === undefined ? start : `${start}:${end}`;
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
