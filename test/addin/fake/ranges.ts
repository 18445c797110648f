/**
 * Ranges: their addresses and loadable properties, values/formulas/number formats written as
 * typed input, formats, conditional formats, clearing and selecting.
 */
import { contains, formatAddress, parseLocal, splitSheet } from './a1';
import type { Rect } from './a1';
import { fail } from './errors';
import { displayValue } from './formula';
import type { Value } from './formula';
import { parseInput, SheetData } from './workbook';
import type { FakeContext } from './context';
import { approxSize, ClientObject, countCells, guard, strict } from './client';
import { WorksheetClient } from './worksheets';

interface RangeTarget {
  sheet: SheetData;
  rect: Rect;
}

export function rangeClient(ctx: FakeContext, resolver: () => RangeTarget | null): RangeClient {
  return strict(new RangeClient(ctx, resolver), 'Range');
}

export class RangeClient extends ClientObject<RangeTarget> {
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
    if (rect.rows * rect.cols > this.ctx.host.options.rangeCellLimit)
      fail('RangeExceedsLimit', `Reading ${rect.rows * rect.cols} cells exceeds the limit for one range.`);
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
      const inside = (r: Rect): boolean =>
        r.row >= rect.row && r.col >= rect.col && r.row + r.rows <= rect.row + rect.rows && r.col + r.cols <= rect.col + rect.cols;
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
      for (const key of [...sheet.hyperlinks.keys()]) {
        const [r, c] = key.split(':').map(Number);
        if (contains(rect, r, c)) sheet.hyperlinks.delete(key);
      }
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
          const setter =
            (label: string, f: (v: string) => void): ((v: string) => void) =>
            (v: string) =>
              ctx.enqueue(label, v.length, () => f(v));
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
                  rule: strict(
                    {
                      set formula(v: string) {
                        setFormula(v);
                      },
                    },
                    'ConditionalRangeFormatRule',
                  ),
                  format: strict(
                    {
                      fill: strict(
                        {
                          set color(v: string) {
                            setFill(v);
                          },
                        },
                        'ConditionalRangeFill',
                      ),
                      font: strict(
                        {
                          set color(v: string) {
                            setFont(v);
                          },
                        },
                        'ConditionalRangeFont',
                      ),
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

  /**
   * `Range.hyperlink` (ExcelApi 1.7), set only here: an internal link's `documentReference` must
   * name a sheet that exists when the command runs and a valid cell or range on it, as Excel
   * refuses otherwise; a `textToDisplay` becomes the cell's value. Reading it is not modelled.
   */
  set hyperlink(v: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    this.ctx.enqueue('Range.hyperlink', approxSize(v), () => {
      const t = this.need();
      guard(t.sheet);
      if (v.address !== undefined) fail('InvalidArgument', 'external hyperlinks are not modelled');
      const ref = v.documentReference;
      if (typeof ref !== 'string') return fail('InvalidArgument', 'hyperlink.documentReference must be text');
      let parts: { sheet?: string; local: string };
      try {
        parts = splitSheet(ref);
      } catch {
        return fail('InvalidArgument', `hyperlink: '${ref}' is not a reference`);
      }
      const { sheet, local } = parts;
      if (sheet === undefined || this.ctx.wb.sheetByName(sheet) === undefined) fail('InvalidArgument', `hyperlink: no sheet in '${ref}'`);
      if (parseLocal(local) === undefined) fail('InvalidArgument', `hyperlink: '${local}' is not a cell reference`);
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++)
        for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
          t.sheet.hyperlinks.set(`${r}:${c}`, {
            documentReference: ref,
            ...(v.textToDisplay !== undefined ? { textToDisplay: v.textToDisplay } : {}),
            ...(v.screenTip !== undefined ? { screenTip: v.screenTip } : {}),
          });
          if (v.textToDisplay !== undefined) {
            (t.sheet.values[r] ??= [])[c] = v.textToDisplay;
            if (t.sheet.formulas[r]) t.sheet.formulas[r][c] = undefined;
          }
        }
    });
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
  Object.defineProperty(fmt, 'verticalAlignment', {
    set: (v: unknown) =>
      record('verticalAlignment', v, () => {
        if (!['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(String(v)))
          fail('InvalidArgument', `verticalAlignment ${String(v)} is not one of Excel's`);
      }),
    enumerable: true,
  });
  Object.defineProperty(fmt, 'rowHeight', {
    set: (v: unknown) =>
      record('rowHeight', v, () => {
        if (typeof v !== 'number' || !(v >= 0 && v <= 409)) fail('InvalidArgument', 'rowHeight must be 0–409 points');
      }),
    enumerable: true,
  });
  Object.defineProperty(fmt, 'wrapText', {
    set: (v: unknown) =>
      record('wrapText', v, () => {
        if (typeof v !== 'boolean') fail('InvalidArgument', 'wrapText must be true or false');
      }),
    enumerable: true,
  });
  Object.defineProperty(fmt, 'indentLevel', {
    set: (v: unknown) =>
      record('indentLevel', v, () => {
        if (!ctx.host.options.api19) fail('ApiNotFound', 'indentLevel needs ExcelApi 1.9');
      }),
    enumerable: true,
  });
  return strict(fmt, 'RangeFormat');
}
