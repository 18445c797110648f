import type { RangeData, RawCell } from '../../src/core/input/types';

/** A range on its own sheet at A1 (or at `row`/`col`), from a literal table. */
export function range(name: string, values: RawCell[][], at: { sheet?: string; row?: number; col?: number } = {}): RangeData {
  return { name, sheet: at.sheet ?? name, row: at.row ?? 0, col: at.col ?? 0, values };
}

/** Settings range rows from an object. */
export function settings(values: Record<string, RawCell>): RangeData {
  return range('Installningar', [['Inställning', 'Värde'], ...Object.entries(values)]);
}
