/**
 * Compares a written sheet (its values, formulas evaluated, as Excel reports them) with a sheet
 * of the report model: texts exactly, numbers exactly (as the JS number of the exact decimal),
 * formulas by their computed value against the model's exact value.
 */
import type { SheetModel } from '../../src/core/model/types';
import { columnLetters } from '../../src/core/input/cellAddress';

type Scalar = string | number | boolean;

/** Differences as `A7: expected …, found …`; empty when the sheet matches. */
export function compareSheet(values: Scalar[][], model: SheetModel, options: { skipRows?: number[] } = {}): string[] {
  const out: string[] = [];
  const skip = new Set(options.skipRows ?? []);
  model.rows.forEach((row, r) => {
    if (skip.has(r)) return;
    row.cells.forEach((cell, c) => {
      const found = values[r]?.[c] ?? '';
      const at = `${columnLetters(c)}${r + 1}`;
      switch (cell.kind) {
        case 'empty':
          if (found !== '') out.push(`${at}: expected empty, found ${JSON.stringify(found)}`);
          break;
        case 'text':
          if (found !== cell.text) out.push(`${at}: expected text ${JSON.stringify(cell.text)}, found ${JSON.stringify(found)}`);
          break;
        case 'number':
          if (found !== Number(cell.value)) out.push(`${at}: expected ${cell.value}, found ${JSON.stringify(found)}`);
          break;
        case 'formula': {
          if (cell.value === '') {
            const text = cell.text ?? '';
            if (found !== text) out.push(`${at}: formula ${cell.formula} expected ${JSON.stringify(text)}, found ${JSON.stringify(found)}`);
            break;
          }
          const expected = Number(cell.value);
          // Excel computes in binary floating point; the model is exact. Öre (and 1e-6 for
          // ratios) is the tolerance at which they must agree.
          const tolerance = Math.abs(expected) < 10 ? 1e-6 : 0.005;
          if (typeof found !== 'number' || Math.abs(found - expected) > tolerance) {
            out.push(`${at}: formula ${cell.formula} expected ${cell.value}, found ${JSON.stringify(found)}`);
          }
          break;
        }
      }
    });
  });
  return out;
}

/** Index of the generated-at row (a subtitle whose text has the time), to skip between runs. */
export function generatedAtRows(model: SheetModel, generatedAtText: (text: string) => boolean): number[] {
  return model.rows.flatMap((row, i) => (row.cells.some((c) => c.kind === 'text' && generatedAtText(c.text)) ? [i] : []));
}
