/**
 * `context.workbook`: its worksheets, names and tables, `use1904DateSystem` (ExcelApi 1.16), and
 * `application` (suspended calculation, recalculation, screen updating).
 */
import { fail } from './errors';
import type { FakeContext } from './context';
import { strict } from './client';
import { WorksheetCollectionClient } from './worksheets';
import { NamedItemCollectionClient } from './names';
import { TableCollectionClient } from './tables';

export class WorkbookClient {
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
