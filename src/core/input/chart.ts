/**
 * `Kontoplan` (ChartOfAccounts): accounts or account ranges → statement sections and lines.
 */
import { foldKey, isBlank, rowBlankAt } from './cells';
import { ACCOUNT_EMPTY, ACCOUNT_INVALID, accountOf, reportEmpty, textOf, type RowContext } from './fields';
import { column, type ColumnDef } from './headers';
import type { ChartRow, RangeRef } from './parsed';
import { required, setupRange } from './rangeSetup';
import { sectionOf } from './sections';
import type { Problem, RangeData, RawCell } from './types';

export const CHART_COLUMNS = {
  account: column('account', 'Konto', 'Account', 'Kontonummer', 'Konton', 'Accounts'),
  name: column('name', 'Benämning', 'Name', 'Namn', 'Kontonamn', 'Account name'),
  section: column('section', 'Avsnitt', 'Section'),
  line: column('line', 'Rad', 'Line', 'Radnamn', 'Statement line'),
  note: column('note', 'Not', 'Note'),
  member: column('member', 'Medlem', 'Member'),
} satisfies Record<string, ColumnDef>;

const C = CHART_COLUMNS;

/** Dashes accepted between the two ends of an account range. */
const RANGE_DASHES = ['-', '–', '—', '−'];

/**
 * An account `5510` or a range `5500-5599` (also with an en dash, or spaces around the dash);
 * the range's ends in order. ACCOUNT_EMPTY / ACCOUNT_INVALID when not.
 */
export function accountRangeOf(v: RawCell): { from: number; to: number } | number {
  if (typeof v !== 'string') {
    const a = accountOf(v);
    return a >= 0 ? { from: a, to: a } : a;
  }
  const s = v.trim();
  if (s.length === 0) return ACCOUNT_EMPTY;
  for (const dash of RANGE_DASHES) {
    const at = s.indexOf(dash);
    if (at <= 0) continue;
    const from = accountOf(s.slice(0, at).trim());
    const to = accountOf(s.slice(at + dash.length).trim());
    if (from < 0 || to < 0 || from > to) return ACCOUNT_INVALID;
    return { from, to };
  }
  const a = accountOf(s);
  return a >= 0 ? { from: a, to: a } : a;
}

const NOT_A_NOTE = new Set(['nej', 'no', '0', 'false', 'falskt', 'n']);

/** The Not column: non-empty and not `Nej`/`No`/`0`/`false` means the line gets a note. */
export function noteFlag(v: RawCell): boolean {
  if (typeof v === 'boolean') return v;
  if (isBlank(v)) return false;
  return !NOT_A_NOTE.has(foldKey(v));
}

/** Parses the chart of accounts; undefined when its columns are missing. */
export function parseChart(range: RangeData, problems: Problem[]): { rows: ChartRow[]; ref: RangeRef; memberCol?: number } | undefined {
  const s = setupRange(range, 'Kontoplan', Object.values(C), [required(C.account), required(C.section)], problems);
  if (!s.ok) {
    s.rp.finish();
    return undefined;
  }
  const { cols, rp } = s;
  const ctx: RowContext = { rp, header: s.header };
  const rows: ChartRow[] = [];
  for (let i = s.firstRow; i < range.values.length; i++) {
    const row = range.values[i];
    if (rowBlankAt(row, s.known)) continue;
    let bad = false;
    const accounts = accountRangeOf(row[cols.account]);
    if (typeof accounts === 'number') {
      if (accounts === ACCOUNT_EMPTY) reportEmpty(ctx, i, cols.account);
      else rp.error('notAccountOrRange', i, cols.account, row[cols.account]);
      bad = true;
    }
    const sv = row[cols.section];
    const section = sectionOf(sv);
    if (section === undefined) {
      if (isBlank(sv)) reportEmpty(ctx, i, cols.section);
      else rp.error('unknownSection', i, cols.section, sv);
      bad = true;
    }
    if (bad || typeof accounts === 'number' || section === undefined) continue;
    const entry: ChartRow = { from: accounts.from, to: accounts.to, section, note: cols.note >= 0 && noteFlag(row[cols.note]), sourceRow: i };
    const name = cols.name >= 0 ? textOf(row[cols.name]) : undefined;
    if (name !== undefined) entry.name = name;
    const line = cols.line >= 0 ? textOf(row[cols.line]) : undefined;
    if (line !== undefined) entry.line = line;
    const member = cols.member >= 0 ? textOf(row[cols.member]) : undefined;
    if (member !== undefined) entry.member = member;
    rows.push(entry);
  }
  rp.finish();
  return cols.member >= 0 ? { rows, ref: s.ref, memberCol: cols.member } : { rows, ref: s.ref };
}
