/**
 * `IngaendeBalans` (IB, OpeningBalances): account balances at the first day of the year.
 */
import { isBlank, rowBlankAt } from './cells';
import { readAccount, readAmount, readDebitCredit, type RowContext } from './fields';
import { column, type ColumnDef } from './headers';
import type { OpeningBalanceRow, RangeRef } from './parsed';
import { required, setupRange, type Requirement } from './rangeSetup';
import { RangeTotal } from './rangeTotal';
import type { Problem, RangeData } from './types';

export const OPENING_BALANCE_COLUMNS = {
  account: column('account', 'Konto', 'Account', 'Kontonummer', 'Kontonr', 'Account number'),
  amount: column('amount', 'Belopp', 'Amount', 'Saldo', 'Ingående balans', 'Opening balance', 'IB'),
  debit: column('debit', 'Debet', 'Debit'),
  credit: column('credit', 'Kredit', 'Credit'),
  name: column('name', 'Benämning', 'Name', 'Namn', 'Text'),
} satisfies Record<string, ColumnDef>;

const C = OPENING_BALANCE_COLUMNS;
const REQUIREMENTS: Requirement[] = [
  required(C.account),
  { met: (c) => c.amount >= 0 || (c.debit >= 0 && c.credit >= 0), code: 'amountColumnMissing', columns: [C.amount, C.debit, C.credit] },
];

/** Parses the opening balances; undefined rows when the columns are missing. */
export function parseOpeningBalance(range: RangeData, problems: Problem[]): { rows: OpeningBalanceRow[]; ref: RangeRef } | undefined {
  const s = setupRange(range, 'IngaendeBalans', Object.values(C), REQUIREMENTS, problems);
  if (!s.ok) {
    s.rp.finish();
    return undefined;
  }
  const ctx: RowContext = { rp: s.rp, header: s.header };
  const { cols } = s;
  const rows: OpeningBalanceRow[] = [];
  const total = new RangeTotal(s.rp);
  for (let i = s.firstRow; i < range.values.length; i++) {
    const row = range.values[i];
    if (rowBlankAt(row, s.known)) continue;
    const account = readAccount(ctx, row, i, cols.account);
    const amount = cols.amount >= 0 ? readAmount(ctx, row, i, cols.amount, true) : readDebitCredit(ctx, row, i, cols.debit, cols.credit);
    if (account === undefined || amount === undefined || amount === null) continue;
    const col = cols.amount >= 0 ? cols.amount : isBlank(row[cols.debit]) ? cols.credit : cols.debit;
    if (!total.add(amount, i, col, row[col])) continue;
    rows.push({ account, amount, sourceRow: i });
  }
  s.rp.finish();
  return { rows, ref: s.ref };
}
