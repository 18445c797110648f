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

export interface StatementRow {
  key: string;
  label: string;
  kind: 'heading' | 'line' | 'sum';
  role: RowRole;
  values: Values;
  /** For sums: the keys of the rows it adds. */
  of?: string[];
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

export interface Statement {
  key: 'income' | 'balance' | 'cashflow';
  rows: StatementRow[];
}

/** One row of a statement specification ("statements are data"). */
export type SpecItem =
  | { heading: string; key: string; role?: RowRole }
  | { section: SectionKey; minLines?: number }
  | { sum: string; label: string; of: string[]; role: 'total' | 'grandTotal' };
