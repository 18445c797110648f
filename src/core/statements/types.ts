/** A computed statement: rows with exact values per column, and which rows each sum adds. */
import type { SectionKey } from '../input/parsed';
import type { RowRole } from '../model/types';
import type { Dec } from '../money';

/** Exact values by column key; null = empty (e.g. no budget). */
export type Values = Record<string, Dec | null>;

export interface StatementAccount {
  account: number;
  name: string;
  values: Values;
}

interface RowBase {
  key: string;
  label: string;
  role: RowRole;
  values: Values;
  section?: SectionKey;
  /** The line gets a note listing its accounts. */
  note?: boolean;
  /** Note number, assigned when notes are laid out. */
  noteNo?: number;
  accounts?: StatementAccount[];
  /** The label is text from the user's data. */
  fromData?: boolean;
  indent?: number;
}

/** A heading: a label, no figures. */
export interface HeadingRow extends RowBase {
  kind: 'heading';
}

/** A line of a section: the sum of its accounts. */
export interface LineRow extends RowBase {
  kind: 'line';
}

/** A sum of other rows, by key. */
export interface SumRow extends RowBase {
  kind: 'sum';
  /** The keys of the rows it adds. */
  of: string[];
}

/** A row of a statement; `kind` says which. */
export type StatementRow = HeadingRow | LineRow | SumRow;

export interface Statement {
  key: 'income' | 'balance' | 'cashflow';
  rows: StatementRow[];
}

/** Which accounts of a section a merged line takes: depreciation only, or all but depreciation. */
export type AccountPart = 'depreciation' | 'operating';

/** One row of a statement specification ("statements are data"). */
export type SpecItem =
  | { kind: 'heading'; heading: string; key: string; role?: RowRole }
  | { kind: 'section'; section: SectionKey; minLines?: number }
  /**
   * One line that adds every account of `sections` (LKBR: one line per item, its accounts in
   * a note). `part` keeps only the depreciation accounts, or only the others; `whenNonZero`
   * leaves the line out when it is zero in every column.
   */
  | { kind: 'merge'; key: string; label: string; sections: SectionKey[]; part?: AccountPart; whenNonZero?: boolean }
  | { kind: 'sum'; sum: string; label: string; of: string[]; role: 'total' | 'grandTotal' };
