/**
 * Defined names, workbook- and sheet-scoped: the collection (add, getItem) and a name's range.
 */
import { formatAddress, parseLocal, splitSheet } from './a1';
import { fail } from './errors';
import { SheetData } from './workbook';
import type { NameData } from './workbook';
import type { FakeContext } from './context';
import { ClientObject, CollectionClient, strict, withSnapshot } from './client';
import { rangeClient } from './ranges';
import type { RangeClient } from './ranges';

export class NamedItemCollectionClient extends CollectionClient<NameData, NamedItemClient> {
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
    return strict(
      withSnapshot(c, target, (t, p) => c.snap(t, p)),
      'NamedItem',
    );
  }

  getItem(name: string): NamedItemClient {
    return strict(
      new NamedItemClient(this.ctx, () => this.ctx.wb.nameByName(name, this.scope?.().id) ?? fail('ItemNotFound', `No name '${name}'.`)),
      'NamedItem',
    );
  }

  getItemOrNullObject(name: string): NamedItemClient {
    return strict(new NamedItemClient(this.ctx, () => this.ctx.wb.nameByName(name, this.scope?.().id) ?? null), 'NamedItem');
  }

  add(name: string, reference: RangeClient | string, comment?: string): NamedItemClient {
    let created: NameData | undefined;
    this.ctx.enqueue('NamedItemCollection.add', name.length + (comment ?? '').length, () => {
      const wb = this.ctx.wb;
      if (this.scope) fail('InvalidOperation', 'FakeExcel: adding sheet-scoped names is not modelled');
      if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        fail('InvalidArgument', `The name '${name}' is not valid.`);
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
      if (n.ref.kind === 'external' || n.ref.kind === 'multiArea')
        return fail('InvalidReference', `The name '${n.name}' does not refer to one range in this workbook.`);
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
