/**
 * A parsed SIE 4 file, as data. Amounts are integer öre (debit positive, as the file has
 * them); dates are `YYYYMMDD` text as in the file; every record keeps the 1-based number of
 * the line it came from, so later problems can point at it.
 */
import type { Problem } from '../input/types';
import type { SieEncoding } from './decode';

/** One element of an object list `{1 "3001" 6 "P1"}`: dimension 1 = cost centre, 6 = project. */
export interface SieObjectRef {
  readonly dim: number;
  readonly code: string;
}

/** A `#TRANS` (or `#RTRANS` / `#BTRANS`) row of a voucher. */
export interface SieTrans {
  line: number;
  account: number;
  /** Read-only (object references are shared between rows). */
  objects: readonly SieObjectRef[];
  /** öre, debit positive */
  amount: number;
  /** Transaction date `YYYYMMDD`, when the row has its own (else the voucher's date applies). */
  date?: string;
  text?: string;
  quantity?: string;
  sign?: string;
  /** `added` = a `#RTRANS` row (added after the voucher was first registered). */
  kind: 'normal' | 'added';
  /** Line of the `#TRANS` compatibility copy that followed this `#RTRANS`/`#BTRANS` (not counted). */
  copyLine?: number;
}

/** A `#VER` block. */
export interface SieVoucher {
  line: number;
  series: string;
  number: string;
  /** `YYYYMMDD` */
  date: string;
  text: string;
  regDate?: string;
  sign?: string;
  /** The rows that count: `#TRANS` and `#RTRANS` (each added row once). */
  rows: SieTrans[];
  /** `#BTRANS` rows: removed afterwards; kept for audit, never in balances. */
  removedRows: SieTrans[];
  /** False when the block was never closed with `}` (a truncated file). */
  closed: boolean;
}

/** `#RAR`: a fiscal year; `year` 0 = the current year, −1 the one before, … */
export interface SieFiscalYear {
  line: number;
  year: number;
  /** `YYYYMMDD` */
  start: string;
  end: string;
}

export type SieAccountType = 'T' | 'S' | 'K' | 'I';

/** `#KONTO` and `#KTYP` merged per account. */
export interface SieAccount {
  account: number;
  name?: string;
  type?: SieAccountType;
  /** Line of the first record that named the account. */
  line: number;
}

export interface SieDimension {
  line: number;
  dim: number;
  name: string;
}

export interface SieObject {
  line: number;
  dim: number;
  code: string;
  name: string;
}

/** `#IB`, `#UB`, `#RES`. */
export interface SieBalance {
  line: number;
  year: number;
  account: number;
  amount: number;
  quantity?: string;
}

/** `#OIB`, `#OUB`. */
export interface SieObjectBalance extends SieBalance {
  /** Read-only (object references are shared between rows). */
  objects: readonly SieObjectRef[];
}

/** `#PSALDO`, `#PBUDGET`. */
export interface SiePeriodBalance extends SieObjectBalance {
  /** `YYYYMM` */
  period: string;
}

export interface SieChecksum {
  /** Line of the closing `#KSUMMA <value>`. */
  line: number;
  /** The value in the file, as unsigned 32-bit. */
  expected: number;
  /** The CRC-32 computed over the records between the two `#KSUMMA` lines. */
  actual: number;
  /** False when the file is not code page 437 and the sum could not be checked as specified. */
  verified: boolean;
}

export interface SieFile {
  encoding: SieEncoding;
  /** The decoded text, so problems found later can quote their line (see `lineText`). */
  source: string;
  /** Number of lines in the file. */
  lineCount: number;
  flag?: number;
  program?: { name: string; version?: string };
  /** The declared `#FORMAT` (normally `PC8`); the real encoding is `encoding`. */
  format?: string;
  generated?: { date: string; sign?: string };
  sieType?: number;
  companyName?: string;
  orgNr?: string;
  fiscalYears: SieFiscalYear[];
  accounts: SieAccount[];
  dimensions: SieDimension[];
  objects: SieObject[];
  openingBalances: SieBalance[];
  closingBalances: SieBalance[];
  results: SieBalance[];
  objectOpeningBalances: SieObjectBalance[];
  objectClosingBalances: SieObjectBalance[];
  periodBalances: SiePeriodBalance[];
  periodBudgets: SiePeriodBalance[];
  vouchers: SieVoucher[];
  checksum?: SieChecksum;
  /** Everything found wrong while reading, each with `params.line` and `params.text`. */
  problems: Problem[];
}
