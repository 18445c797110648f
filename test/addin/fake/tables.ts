/**
 * Tables: the collection and a table's whole, header, body and total-row ranges.
 */
import type { Rect } from './a1';
import { fail } from './errors';
import type { TableData } from './workbook';
import type { FakeContext } from './context';
import { ClientObject, CollectionClient, strict, withSnapshot } from './client';
import { rangeClient } from './ranges';
import type { RangeClient } from './ranges';

export class TableCollectionClient extends CollectionClient<TableData, TableClient> {
  protected readonly itemLoadable = ['name', 'showHeaders', 'showTotals'] as const;

  constructor(ctx: FakeContext) {
    super(ctx, 'TableCollection');
  }

  protected all(): TableData[] {
    return this.ctx.wb.tables;
  }

  protected client(target: TableData): TableClient & { loadSnapshot(props: string[]): number; commitSnapshot(): void } {
    const c = new TableClient(this.ctx, () => target);
    return strict(
      withSnapshot(c, target, (t, p) => c.snap(t, p)),
      'Table',
    );
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
    return this.part(
      () => true,
      (t) => t.rect,
    );
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
