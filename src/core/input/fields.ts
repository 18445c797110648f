/**
 * Reading one typed field of a data row, reporting what is wrong with it. Shared by the
 * range parsers; the ledger's hot loop has its own allocation-free fast paths and falls
 * back to these for anything unusual.
 */
import { parseAmount, type AmountError } from './amount';
import { oreToDecimal } from '../money';
import { isBlank } from './cells';
import { headerText } from './headers';
import type { RangeProblems } from './problems';
import type { RawCell } from './types';
import type { ProblemCode } from '../messages/messages';

/** What a field reader needs: where to report, and the header row (for column names). */
export interface RowContext {
  rp: RangeProblems;
  header: RawCell[] | undefined;
}

export const AMOUNT_PROBLEM: Readonly<Record<Exclude<AmountError, 'empty'>, ProblemCode>> = {
  notAmount: 'notAmount',
  tooManyDecimals: 'amountTooManyDecimals',
  ambiguous: 'amountAmbiguous',
  boolean: 'amountBoolean',
  tooLarge: 'amountTooLarge',
};

/** Reports that a required cell is empty on a row that has other data. */
export function reportEmpty(ctx: RowContext, rowIndex: number, col: number): void {
  ctx.rp.error('requiredCellEmpty', rowIndex, col, undefined, { column: headerText(ctx.header, col) });
}

/**
 * An amount cell in öre. Blank: `null` when `required` is false, else an error. Returns
 * `undefined` after reporting an error. A number with more than two decimals is rounded
 * and warned about.
 */
export function readAmount(ctx: RowContext, row: RawCell[], rowIndex: number, col: number, required: boolean): number | null | undefined {
  const v = row[col];
  const r = parseAmount(v);
  if (!r.ok) {
    if (r.error === 'empty') {
      if (!required) return null;
      reportEmpty(ctx, rowIndex, col);
      return undefined;
    }
    ctx.rp.error(AMOUNT_PROBLEM[r.error], rowIndex, col, v);
    return undefined;
  }
  if (r.rounded) ctx.rp.warning('amountRounded', rowIndex, col, v, { rounded: oreToDecimal(r.value) });
  return r.value;
}

/** Debet − Kredit in öre (a blank side is 0; both blank is an error). `undefined` after an error. */
export function readDebitCredit(ctx: RowContext, row: RawCell[], rowIndex: number, debitCol: number, creditCol: number): number | undefined {
  if (isBlank(row[debitCol]) && isBlank(row[creditCol])) {
    ctx.rp.error('debitCreditEmpty', rowIndex, debitCol, undefined, {
      debit: headerText(ctx.header, debitCol),
      credit: headerText(ctx.header, creditCol),
    });
    return undefined;
  }
  const d = readAmount(ctx, row, rowIndex, debitCol, false);
  const c = readAmount(ctx, row, rowIndex, creditCol, false);
  if (d === undefined || c === undefined) return undefined;
  // Both sides with an amount: counted as Debet − Kredit, but rarely meant.
  if (d && c) {
    ctx.rp.warning('debitCreditBoth', rowIndex, debitCol, undefined, {
      debit: headerText(ctx.header, debitCol),
      credit: headerText(ctx.header, creditCol),
      amount: oreToDecimal((d ?? 0) - (c ?? 0)),
    });
  }
  return (d ?? 0) - (c ?? 0) + 0;
}

/** Account results besides a valid account 1000–9999. */
export const ACCOUNT_EMPTY = -1;
export const ACCOUNT_INVALID = -2;

/**
 * An account number 1000–9999 from a number (`3001`, `3001.0`) or text (`"3001"`,
 * `"3001.0"`, `"3001,00"`), or four-digit text with a leading zero (`"0351"`);
 * ACCOUNT_EMPTY / ACCOUNT_INVALID otherwise.
 */
export function accountOf(v: RawCell): number {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1000 && v <= 9999 ? v : ACCOUNT_INVALID;
  if (typeof v !== 'string') return v === null || v === undefined ? ACCOUNT_EMPTY : ACCOUNT_INVALID;
  const s = v.trim();
  if (s.length === 0) return ACCOUNT_EMPTY;
  return accountText(s);
}

function accountText(s: string): number {
  // Four digits, optionally followed by `.` or `,` and one or more zeros.
  if (s.length < 4) return ACCOUNT_INVALID;
  let n = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return ACCOUNT_INVALID;
    n = n * 10 + c;
  }
  if (s.length > 4) {
    const sep = s.charCodeAt(4);
    if ((sep !== 0x2e && sep !== 0x2c) || s.length === 5) return ACCOUNT_INVALID;
    for (let i = 5; i < s.length; i++) if (s.charCodeAt(i) !== 48) return ACCOUNT_INVALID;
  }
  // Four digits with a leading zero (`0351`) is an account as written (class 0, statistics
  // accounts of some programs); as a number (351) the leading zero is lost, so it is not.
  return n;
}

/** A required account cell; `undefined` after reporting an error. */
export function readAccount(ctx: RowContext, row: RawCell[], rowIndex: number, col: number): number | undefined {
  const v = row[col];
  const a = accountOf(v);
  if (a >= 0) return a;
  if (a === ACCOUNT_EMPTY) reportEmpty(ctx, rowIndex, col);
  else ctx.rp.error('notAccount', rowIndex, col, v);
  return undefined;
}

/**
 * A code (cost centre, project, voucher) as text: trimmed text, or a number written as an
 * integer string (3001 and "3001" are the same code; 3001.0 is "3001"). `null` when blank,
 * `undefined` for a cell that cannot be a code (a logical value or a date).
 */
export function codeOf(v: RawCell): string | null | undefined {
  if (typeof v === 'string') {
    const s = v.trim();
    return s.length === 0 ? null : s;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (v === null || v === undefined) return null;
  return undefined;
}

/** An optional code cell; `null` when blank, `undefined` after reporting an error. */
export function readCode(ctx: RowContext, row: RawCell[], rowIndex: number, col: number): string | null | undefined {
  if (col < 0) return null;
  const v = row[col];
  const c = codeOf(v);
  if (c === undefined) ctx.rp.error('notCode', rowIndex, col, v);
  return c;
}

/**
 * Interns codes for the ledger's columns: each distinct code gets an index once; numbers
 * and their text form share it. No string is made for a number seen before.
 */
export class CodeTable {
  readonly codes: string[] = [];
  private readonly byText = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();

  /** The last cell value looked up and its index: ledger rows of one voucher come together. */
  private lastValue: RawCell = undefined;
  private lastIndex = -1;

  /** Index of the code in cell `v`: ≥ 0, -1 when blank, -2 when it cannot be a code. */
  indexOf(v: RawCell): number {
    if (v === this.lastValue) return this.lastIndex;
    const i = this.lookup(v);
    if (typeof v !== 'object') {
      this.lastValue = v;
      this.lastIndex = i;
    }
    return i;
  }

  private lookup(v: RawCell): number {
    if (typeof v === 'number') {
      const known = this.byNumber.get(v);
      if (known !== undefined) return known;
      if (!Number.isFinite(v)) return -2;
      if (Number.isSafeInteger(v)) return this.add(String(v), v);
      const i = this.internText(String(v));
      this.byNumber.set(v, i);
      return i;
    }
    if (typeof v === 'string') {
      const known = this.byText.get(v);
      if (known !== undefined) return known;
      const s = v.trim();
      if (s.length === 0) return -1;
      const i = this.internText(s);
      if (s !== v) this.byText.set(v, i);
      return i;
    }
    return v === null || v === undefined ? -1 : -2;
  }

  /** Adds a new code; `asNumber` when it is the canonical text of an integer. */
  private add(s: string, asNumber: number | undefined): number {
    const i = this.codes.length;
    this.codes.push(s);
    if (asNumber === undefined) this.byText.set(s, i);
    else this.byNumber.set(asNumber, i);
    return i;
  }

  /**
   * Index of a trimmed text code. Integer codes live in `byNumber` (so 3001 and "3001"
   * meet there, and a number never needs its text hashed).
   */
  private internText(s: string): number {
    const known = this.byText.get(s);
    if (known !== undefined) return known;
    const n = canonicalInteger(s);
    if (n !== undefined) {
      const i = this.byNumber.get(n) ?? this.add(s, n);
      this.byText.set(s, i);
      return i;
    }
    return this.add(s, undefined);
  }
}

/** The integer whose canonical text `s` is (`"3001"`, `"-5"`, `"0"`; not `"03001"` or `"3001.0"`). */
function canonicalInteger(s: string): number | undefined {
  const neg = s.charCodeAt(0) === 45;
  const from = neg ? 1 : 0;
  const len = s.length - from;
  if (len < 1 || len > 15) return undefined;
  if (s.charCodeAt(from) === 48 && (len > 1 || neg)) return undefined;
  let n = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return neg ? -n : n;
}

/** Optional text (name, group, line): trimmed; numbers as written; blank → undefined. */
export function textOf(v: RawCell): string | undefined {
  if (typeof v === 'string') {
    const s = v.trim();
    return s.length === 0 ? undefined : s;
  }
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return undefined;
}
