/**
 * The one statement engine: runs a specification (headings, sections that expand into
 * lines, sums over named rows) over lines computed from accounts. The income statement and
 * the balance sheet are both specifications run by this engine.
 */
import type { SectionKey } from '../input/parsed';
import { Dec, ZERO } from '../money';
import type { AccountPart, SpecItem, Statement, StatementAccount, StatementRow, Values } from './types';

export interface SectionLine {
  label: string;
  note: boolean;
  fromData: boolean;
  accounts: StatementAccount[];
}

/** Adds values column by column; a column that is null in every part stays null. */
export function addValues(columns: readonly string[], parts: Values[]): Values {
  const out: Values = {};
  for (const c of columns) {
    let sum: Dec | null = null;
    for (const p of parts) {
      const v = p[c];
      if (v !== null && v !== undefined) sum = (sum ?? ZERO).plus(v);
    }
    out[c] = sum;
  }
  return out;
}

/** Runs `spec` over the lines of each section. */
export function runSpec(
  key: Statement['key'],
  spec: SpecItem[],
  columns: readonly string[],
  linesOf: (section: SectionKey) => SectionLine[],
  sectionLabel: (section: SectionKey) => string,
  /** Columns that have no data at all (e.g. budget columns without a Budget range). */
  emptyColumns: ReadonlySet<string> = new Set(),
  /** Which part an account belongs to (for `merge` items with a `part`). */
  partOf: (account: number) => AccountPart = () => 'operating',
): Statement {
  const rows: StatementRow[] = [];
  const byKey = new Map<string, StatementRow>();
  const sectionRows = new Map<SectionKey, string[]>();
  const optional = new Set(spec.flatMap((i) => (i.kind === 'merge' && i.whenNonZero ? [i.key] : [])));
  const empty: Values = Object.fromEntries(columns.map((c) => [c, null]));
  const lineValues = (accounts: StatementAccount[]): Values => {
    const summed = addValues(
      columns,
      accounts.map((a) => a.values),
    );
    const values: Values = {};
    for (const c of columns) values[c] = emptyColumns.has(c) ? null : (summed[c] ?? ZERO);
    return values;
  };
  for (const item of spec) {
    if (item.kind === 'heading') {
      rows.push({ key: item.key, label: item.heading, kind: 'heading', role: item.role ?? 'section', values: { ...empty } });
    } else if (item.kind === 'section') {
      let lines = linesOf(item.section);
      if (lines.length === 0 && (item.minLines ?? 1) > 0) {
        lines = [{ label: sectionLabel(item.section), note: false, fromData: false, accounts: [] }];
      }
      const keys: string[] = [];
      lines.forEach((line, i) => {
        const rowKey = `${item.section}:${i}`;
        const values = lineValues(line.accounts);
        const row: StatementRow = {
          key: rowKey,
          label: line.label,
          kind: 'line',
          role: 'line',
          values,
          section: item.section,
          note: line.note,
          accounts: line.accounts,
          fromData: line.fromData,
          indent: 1,
        };
        rows.push(row);
        byKey.set(rowKey, row);
        keys.push(rowKey);
      });
      sectionRows.set(item.section, keys);
    } else if (item.kind === 'merge') {
      const accounts = item.sections
        .flatMap((s) => linesOf(s).flatMap((l) => l.accounts))
        .filter((a) => item.part === undefined || partOf(a.account) === item.part)
        .sort((a, b) => a.account - b.account);
      const values = lineValues(accounts);
      if (item.whenNonZero && Object.values(values).every((v) => v === null || v.isZero())) continue;
      const row: StatementRow = {
        key: item.key,
        label: item.label,
        kind: 'line',
        role: 'line',
        values,
        section: item.sections[0],
        note: true,
        accounts,
        fromData: false,
        indent: 1,
      };
      rows.push(row);
      byKey.set(item.key, row);
    } else {
      // A key of a `whenNonZero` line that was left out adds nothing.
      const of = item.of
        .flatMap((k) => (k.startsWith('section:') ? (sectionRows.get(k.slice(8) as SectionKey) ?? []) : [k]))
        .filter((k) => byKey.has(k) || !optional.has(k));
      for (const k of of) if (!byKey.has(k)) throw new Error(`runSpec: ${item.sum} adds unknown row ${k}`);
      const row: StatementRow = {
        key: item.sum,
        label: item.label,
        kind: 'sum',
        role: item.role,
        values: addValues(
          columns,
          of.map((k) => byKey.get(k)!.values),
        ),
        of,
      };
      rows.push(row);
      byKey.set(item.sum, row);
    }
  }
  return { key, rows };
}

/** A row of a statement by key (throws when missing: a programmer mistake). */
export function rowOf(statement: Statement, key: string): StatementRow {
  const row = statement.rows.find((r) => r.key === key);
  if (!row) throw new Error(`rowOf: ${statement.key} has no row ${key}`);
  return row;
}
