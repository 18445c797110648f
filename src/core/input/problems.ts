/**
 * Collecting the problems of one range, with cell addresses computed from the range's
 * position. Keeps at most `limit` problems per range (a million bad rows must not make a
 * million messages) and ends with one `moreProblems` entry counting the rest.
 */
import { cellAddress } from './cellAddress';
import { cellText } from './cells';
import type { RangeRef } from './parsed';
import type { Problem, RawCell, Severity } from './types';
import type { ProblemCode } from '../messages/messages';

export const PROBLEMS_PER_RANGE = 100;

export class RangeProblems {
  private shown = 0;
  private hiddenErrors = 0;
  private hiddenWarnings = 0;
  private errors = 0;
  /** Addresses of cells reported by `flag`: other problems there are not reported. */
  private flagged: Set<string> | undefined;

  constructor(
    private readonly out: Problem[],
    readonly ref: RangeRef,
    private readonly limit = PROBLEMS_PER_RANGE,
  ) {}

  /** A1 address on the sheet of cell (rowIndex, colIndex) of the range's values. */
  address(rowIndex: number, colIndex: number): string {
    return cellAddress(this.ref.row + rowIndex, this.ref.col + colIndex);
  }

  /** Number of errors reported so far (shown or not). */
  get errorCount(): number {
    return this.errors;
  }

  /** Reports a problem at a cell of the range (`rowIndex`/`colIndex` within its values). */
  at(severity: Severity, code: ProblemCode, rowIndex: number, colIndex: number, value?: RawCell, params?: Record<string, string | number>): void {
    if (this.flagged !== undefined && this.flagged.has(this.address(rowIndex, colIndex))) return;
    if (severity === 'error') this.errors++;
    if (this.shown >= this.limit) {
      if (severity === 'error') this.hiddenErrors++;
      else this.hiddenWarnings++;
      return;
    }
    this.shown++;
    const p: Problem = { severity, code, range: this.ref.range, sheet: this.ref.sheet, cell: this.address(rowIndex, colIndex) };
    if (value !== undefined) p.value = cellText(value);
    if (params) p.params = params;
    this.out.push(p);
  }

  error(code: ProblemCode, rowIndex: number, colIndex: number, value?: RawCell, params?: Record<string, string | number>): void {
    this.at('error', code, rowIndex, colIndex, value, params);
  }

  warning(code: ProblemCode, rowIndex: number, colIndex: number, value?: RawCell, params?: Record<string, string | number>): void {
    this.at('warning', code, rowIndex, colIndex, value, params);
  }

  /**
   * Reports an error at a cell that holds no usable value (an Excel error, a formula without
   * a stored result); any later problem at the same cell is dropped, being a consequence.
   */
  flag(code: ProblemCode, rowIndex: number, colIndex: number, value: RawCell, params?: Record<string, string | number>): void {
    this.at('error', code, rowIndex, colIndex, value, params);
    (this.flagged ??= new Set()).add(this.address(rowIndex, colIndex));
  }

  /** Reports a problem about the range as a whole (no cell). */
  rangeLevel(severity: Severity, code: ProblemCode, params?: Record<string, string | number>): void {
    if (severity === 'error') this.errors++;
    const p: Problem = { severity, code, range: this.ref.range, sheet: this.ref.sheet };
    if (params) p.params = params;
    this.out.push(p);
  }

  /** Adds the `moreProblems` summary when problems were held back. Call once, at the end. */
  finish(): void {
    const hidden = this.hiddenErrors + this.hiddenWarnings;
    if (hidden === 0) return;
    this.out.push({
      severity: this.hiddenErrors > 0 ? 'error' : 'warning',
      code: 'moreProblems',
      range: this.ref.range,
      sheet: this.ref.sheet,
      params: { count: hidden },
    });
    this.hiddenErrors = 0;
    this.hiddenWarnings = 0;
  }
}
