/**
 * `Huvudbok` (Ledger): transaction rows → column-wise typed arrays.
 *
 * Built for a million rows: one pass, typed arrays, no object per row, codes interned in
 * maps, and fast paths without regular expressions for the usual cells (numbers for amounts,
 * accounts and dates). Anything unusual falls back to the general field readers, which also
 * report the problems. A row with an error is reported and left out; parsing goes on so that
 * every problem is found in one run.
 *
 * A row is skipped when all its cells in the recognised columns are empty or whitespace
 * (text in a column the contract does not know, e.g. a comment, does not make a row).
 */
import { MAX_ORE } from './amount';
import { rowBlankAt, isBlank } from './cells';
import { dateKey, periodKey, KEY_EMPTY, KEY_INVALID_DATE, KEY_INVALID_MONTH } from './dates';
import { ACCOUNT_EMPTY, accountOf, CodeTable, readAmount, readDebitCredit, reportEmpty, type RowContext } from './fields';
import { column, type ColumnDef, type ColumnMap } from './headers';
import type { LedgerColumns, RangeRef } from './parsed';
import { required, setupRange, type RangeSetup, type Requirement } from './rangeSetup';
import { checkLedgerTotal } from './rangeTotal';
import type { Problem, RangeData, RawCell } from './types';

export const LEDGER_COLUMNS = {
  date: column('date', 'Datum', 'Date', 'Bokföringsdatum', 'Transaktionsdatum', 'Verifikationsdatum'),
  period: column('period', 'Period', 'Month', 'Månad', 'Bokföringsperiod'),
  account: column('account', 'Konto', 'Account', 'Kontonummer', 'Kontonr', 'Account number'),
  costCentre: column('costCentre', 'Kostnadsställe', 'Cost centre', 'KST', 'Ansvar', 'Cost center'),
  project: column('project', 'Projekt', 'Project'),
  amount: column('amount', 'Belopp', 'Amount', 'Saldo'),
  debit: column('debit', 'Debet', 'Debit'),
  credit: column('credit', 'Kredit', 'Credit'),
  voucher: column('voucher', 'Verifikation', 'Voucher', 'Ver', 'Ver.nr', 'Vernr', 'Verifikationsnummer', 'Voucher number'),
  text: column('text', 'Text', 'Description', 'Beskrivning'),
} satisfies Record<string, ColumnDef>;

const C = LEDGER_COLUMNS;
const DEFS: ColumnDef[] = Object.values(C);

const REQUIREMENTS: Requirement[] = [
  { met: (c) => c.date >= 0 || c.period >= 0, code: 'dateColumnMissing', columns: [C.date, C.period] },
  required(C.account),
  { met: (c) => c.amount >= 0 || (c.debit >= 0 && c.credit >= 0), code: 'amountColumnMissing', columns: [C.amount, C.debit, C.credit] },
];

/** An empty ledger (no range, or its columns missing). */
export function emptyLedger(ref: RangeRef): LedgerColumns {
  return {
    count: 0,
    year: new Int32Array(0),
    day: new Uint8Array(0),
    month: new Int32Array(0),
    account: new Int32Array(0),
    costCentre: new Int32Array(0),
    project: new Int32Array(0),
    voucher: new Int32Array(0),
    amount: new Float64Array(0),
    sourceRow: new Int32Array(0),
    costCentreCodes: [],
    projectCodes: [],
    voucherIds: [],
    amountCol: -1,
    ref,
  };
}

/**
 * Parses the ledger range, in named steps: find and check the header → locate the columns →
 * read the rows into columnar arrays (the hot loop) → check the total and trim the arrays.
 * Problems are appended to `problems`.
 */
export function parseLedger(range: RangeData, problems: Problem[]): LedgerColumns {
  const s = setupRange(range, 'Huvudbok', DEFS, REQUIREMENTS, problems);
  if (!s.ok) {
    s.rp.finish();
    return emptyLedger(s.ref);
  }
  const at = locateColumns(s.cols);
  const out = allocateRows(Math.max(0, range.values.length - s.firstRow));
  const n = readRows(range.values, s, at, out);
  checkLedgerTotal(s.rp, out.amount, out.sourceRow, n, (r) => amountCellOf(range.values[r], at));
  if (n === 0 && s.rp.errorCount === 0) s.rp.rangeLevel('warning', 'ledgerEmpty');
  s.rp.finish();
  return finishLedger(out, n, at, s);
}

/** Where each field of a row is read: a column index within the range, or -1. */
interface LedgerLayout {
  date: number;
  period: number;
  account: number;
  /** Belopp; when it is missing, Debet − Kredit. */
  amount: number;
  debit: number;
  credit: number;
  costCentre: number;
  project: number;
  voucher: number;
  text: number;
}

/** The columnar arrays the rows are read into, sized for every row of the range, and the code tables. */
type LedgerRows = Pick<LedgerColumns, 'year' | 'month' | 'day' | 'account' | 'costCentre' | 'project' | 'voucher' | 'amount' | 'sourceRow'> & {
  costCentres: CodeTable;
  projects: CodeTable;
  vouchers: CodeTable;
};

/** The header's columns as the row loop reads them: Debet and Kredit only when there is no Belopp. */
function locateColumns(cols: ColumnMap): LedgerLayout {
  const amount = cols.amount;
  return {
    date: cols.date,
    period: cols.period,
    account: cols.account,
    amount,
    debit: amount >= 0 ? -1 : cols.debit,
    credit: amount >= 0 ? -1 : cols.credit,
    costCentre: cols.costCentre,
    project: cols.project,
    voucher: cols.voucher,
    text: cols.text,
  };
}

function allocateRows(capacity: number): LedgerRows {
  return {
    year: new Int32Array(capacity),
    month: new Int32Array(capacity),
    day: new Uint8Array(capacity),
    account: new Int32Array(capacity),
    costCentre: new Int32Array(capacity),
    project: new Int32Array(capacity),
    voucher: new Int32Array(capacity),
    amount: new Float64Array(capacity),
    sourceRow: new Int32Array(capacity),
    costCentres: new CodeTable(),
    projects: new CodeTable(),
    vouchers: new CodeTable(),
  };
}

/**
 * The hot loop: every data row → one entry of the arrays in `out`; returns how many rows were
 * kept. One function with everything it reads in locals, so no closure and no object per row.
 */
function readRows(values: RawCell[][], s: RangeSetup, at: LedgerLayout, out: LedgerRows): number {
  const { rp, known } = s;
  const ctx: RowContext = { rp, header: s.header };
  const dateCol = at.date;
  const periodCol = at.period;
  const accountCol = at.account;
  const amountCol = at.amount;
  const debitCol = at.debit;
  const creditCol = at.credit;
  const ccCol = at.costCentre;
  const projectCol = at.project;
  const voucherCol = at.voucher;
  const { year, month, day, account, costCentre, project, voucher, amount, sourceRow } = out;
  const ccTable = out.costCentres;
  const projectTable = out.projects;
  const voucherTable = out.vouchers;

  let n = 0;
  for (let i = s.firstRow; i < values.length; i++) {
    const row = values[i];
    if (rowBlankAt(row, known)) continue;
    let bad = false;

    // Year and month: Period when the column exists and the cell is non-empty, else Datum.
    let ym = -1;
    let dd = 0;
    if (periodCol >= 0 && !isBlank(row[periodCol])) {
      const v = row[periodCol];
      const k = periodKey(v);
      if (k >= 0) ym = k;
      else {
        rp.error(k === KEY_INVALID_MONTH ? 'invalidMonth' : 'notPeriod', i, periodCol, v);
        bad = true;
      }
    } else if (dateCol >= 0) {
      const v = row[dateCol];
      const k = dateKey(v);
      if (k >= 0) {
        ym = (k / 100) | 0;
        dd = k % 100;
      } else {
        if (k === KEY_EMPTY) reportEmpty(ctx, i, dateCol);
        else rp.error(k === KEY_INVALID_DATE ? 'invalidDate' : 'notDate', i, dateCol, v);
        bad = true;
      }
    } else {
      reportEmpty(ctx, i, periodCol);
      bad = true;
    }

    // Account.
    const av = row[accountCol];
    let acc: number;
    if (typeof av === 'number' && av >= 1000 && av <= 9999 && (av | 0) === av) acc = av;
    else {
      acc = accountOf(av);
      if (acc < 0) {
        if (acc === ACCOUNT_EMPTY) reportEmpty(ctx, i, accountCol);
        else rp.error('notAccount', i, accountCol, av);
        bad = true;
      }
    }

    // Amount: Belopp, else Debet − Kredit.
    let ore = 0;
    if (amountCol >= 0) {
      const v = row[amountCol];
      let fast = false;
      if (typeof v === 'number') {
        const c = v * 100;
        const r = Math.round(c);
        if (c - r < 1e-6 && r - c < 1e-6 && r < MAX_ORE && r > -MAX_ORE) {
          ore = r + 0;
          fast = true;
        }
      }
      if (!fast) {
        const a = readAmount(ctx, row, i, amountCol, true);
        if (a === undefined || a === null) bad = true;
        else ore = a;
      }
    } else {
      const a = readDebitCredit(ctx, row, i, debitCol, creditCol);
      if (a === undefined) bad = true;
      else ore = a;
    }

    // Codes.
    let cc = -1;
    if (ccCol >= 0) {
      cc = ccTable.indexOf(row[ccCol]);
      if (cc === -2) {
        rp.error('notCode', i, ccCol, row[ccCol]);
        bad = true;
      }
    }
    let pr = -1;
    if (projectCol >= 0) {
      pr = projectTable.indexOf(row[projectCol]);
      if (pr === -2) {
        rp.error('notCode', i, projectCol, row[projectCol]);
        bad = true;
      }
    }
    let vo = -1;
    if (voucherCol >= 0) {
      vo = voucherTable.indexOf(row[voucherCol]);
      if (vo === -2) {
        rp.error('notCode', i, voucherCol, row[voucherCol]);
        bad = true;
      }
    }

    if (bad) continue;
    year[n] = (ym / 100) | 0;
    month[n] = ym % 100;
    day[n] = dd;
    account[n] = acc;
    amount[n] = ore;
    costCentre[n] = cc;
    project[n] = pr;
    voucher[n] = vo;
    sourceRow[n] = i;
    n++;
  }
  return n;
}

/** The cell whose amount counts toward the total of source row `row`: Belopp, else Debet when given, else Kredit. */
function amountCellOf(row: RawCell[], at: LedgerLayout): { col: number; value: RawCell } {
  const col = at.amount >= 0 ? at.amount : !isBlank(row[at.debit]) ? at.debit : at.credit;
  return { col, value: row[col] };
}

/** The first `n` entries of each array (the arrays themselves when every row was kept). */
function finishLedger(out: LedgerRows, n: number, at: LedgerLayout, s: RangeSetup): LedgerColumns {
  const cut = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => (n === a.length ? a : (a.slice(0, n) as T));
  return {
    count: n,
    year: cut(out.year),
    month: cut(out.month),
    day: cut(out.day),
    account: cut(out.account),
    costCentre: cut(out.costCentre),
    project: cut(out.project),
    voucher: cut(out.voucher),
    amount: cut(out.amount),
    sourceRow: cut(out.sourceRow),
    costCentreCodes: out.costCentres.codes,
    projectCodes: out.projects.codes,
    voucherIds: out.vouchers.codes,
    amountCol: at.amount >= 0 ? at.amount : s.cols.debit,
    accountCol: at.account,
    ...(at.costCentre >= 0 ? { costCentreCol: at.costCentre } : {}),
    ...(at.text >= 0 ? { textCol: at.text } : {}),
    ref: s.ref,
  };
}
